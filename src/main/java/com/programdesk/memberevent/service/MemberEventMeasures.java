package com.programdesk.memberevent.service;

import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetActualSource;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.service.TargetCountQuery;
import com.programdesk.program.plan.service.ProgramScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the association's events, or sums who took part, over a target's period (e.g. "member day
 * events ≥ 10"). The target's activity types pick the event types (会员活动 → member days, 培训班 →
 * trainings, 主题宣传日 → campaigns); its organiser picks one branch. Events belong to no program,
 * work stream or audience: a target limited to audiences counts none of them, its work stream only
 * groups it on the program page. Events are logged after the fact, so nothing is planned ahead.
 * Only the events of the program's participating branches count (see {@link ProgramScope}).
 */
@Component
class MemberEventMeasures implements TargetActualSource {

    private static final Map<ActivityType, MemberEventType> TYPES = Map.of(
            ActivityType.MEMBER_EVENT, MemberEventType.MEMBER_DAY,
            ActivityType.TRAINING, MemberEventType.TRAINING,
            ActivityType.CAMPAIGN_DAY, MemberEventType.CAMPAIGN);

    private final JdbcClient jdbc;
    private final ProgramScope scope;

    MemberEventMeasures(JdbcClient jdbc, ProgramScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public boolean supports(TargetMeasure measure) {
        return measure == TargetMeasure.MEMBER_EVENT_COUNT || measure == TargetMeasure.MEMBER_EVENT_PARTICIPANTS;
    }

    @Override
    public Optional<BigDecimal> actual(Target target, LocalDate from, LocalDate to) {
        if (!target.audienceSet().isEmpty()) {
            return Optional.of(BigDecimal.ZERO);
        }
        String value = target.getMeasure() == TargetMeasure.MEMBER_EVENT_PARTICIPANTS
                ? "COALESCE(SUM(e.members + e.others), 0)" : "COUNT(*)";
        List<String> types = target.activityTypeSet().stream().map(TYPES::get).filter(Objects::nonNull).map(Enum::name).toList();
        if (!target.activityTypeSet().isEmpty() && types.isEmpty()) {
            return Optional.of(BigDecimal.ZERO);
        }
        return Optional.of(new TargetCountQuery("SELECT " + value + " FROM member_event e WHERE e.event_date BETWEEN :from AND :to",
                Map.of("from", from, "to", to))
                .andIf(types, "e.type IN (:types)", "types")
                .organiser(target, "e.branch_id")
                .participantsOnly(scope, target, "e.branch_id")
                .run(jdbc));
    }

    @Override
    public Optional<BigDecimal> plannedBy(Target target, LocalDate from, LocalDate day) {
        return Optional.empty();
    }
}
