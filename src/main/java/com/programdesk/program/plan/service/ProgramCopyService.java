package com.programdesk.program.plan.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramCopied;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.security.service.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies a program to the next period as a draft, in one transaction: its work streams, its
 * targets (with the new values given), its activities shifted by whole years (an observance day
 * keeps its month and day) as planned, and its tasks as freshly assigned, without the institutions'
 * progress. The parts are copied through their tables, as {@link ProgramService} asks them whether
 * a work stream is in use, so the plan knows none of the features built on it. Campaign templates
 * are shared by all programs; the copied tasks keep their template offset and follow the copied activity.
 */
@Service
@Transactional(readOnly = true)
public class ProgramCopyService {

    public static final BigDecimal VALUE_MAX = new BigDecimal("999999999999.99");

    private final ProgramService programs;
    private final JdbcClient jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;

    ProgramCopyService(ProgramService programs, JdbcClient jdbc, AuditService audit, CurrentUser currentUser) {
        this.programs = programs;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * The copy, under a new title and period. The new period must not overlap the source's (the same
     * area's plan for the same time twice); a target value left out keeps the source's value.
     */
    @PreAuthorize(ProgramService.PLANNERS)
    @Transactional
    public ProgramCopied copy(long sourceId, String title, LocalDate periodStart, LocalDate periodEnd, Map<Long, BigDecimal> targetValues) {
        Program source = programs.find(sourceId).orElseThrow(() -> new AccessDeniedException("No program " + sourceId));
        if (periodStart != null && periodEnd != null && !periodEnd.isBefore(periodStart)
                && !periodStart.isAfter(source.getPeriodEnd()) && !periodEnd.isBefore(source.getPeriodStart())) {
            throw new InvalidFieldException("periodStart", "program.copy.error.overlap");
        }
        for (Map.Entry<Long, BigDecimal> value : targetValues.entrySet()) {
            if (value.getValue() != null && (value.getValue().signum() < 0 || value.getValue().compareTo(VALUE_MAX) > 0
                    || value.getValue().stripTrailingZeros().scale() > 2)) {
                throw new InvalidFieldException("target-" + value.getKey(), "program.copy.error.targetValue");
            }
        }
        List<Long> counted = jdbc.sql("SELECT id FROM target WHERE program_id = :source AND measure IN (" + COUNTED_MEASURES + ")")
                .param("source", sourceId).query(Long.class).list();
        for (Long id : counted) {
            BigDecimal value = targetValues.get(id);
            if (value != null && value.stripTrailingZeros().scale() > 0) {
                throw new InvalidFieldException("target-" + id, "target.error.wholeNumber");
            }
        }
        Program copy = source.copy();
        Program fresh = new Program(title, periodStart, periodEnd);
        fresh.setIssuers(copy.getIssuers());
        fresh.setDescription(copy.getDescription());
        fresh.setAreaId(copy.getAreaId());
        fresh.setLeadName(copy.getLeadName());
        fresh.setContactName(copy.getContactName());
        fresh.setContactPhone(copy.getContactPhone());
        List<String> streams = programs.workStreams(sourceId).stream().map(WorkStream::getName).toList();
        Program saved = programs.save(fresh, streams); // validates title and period at their fields
        long target = saved.getId();
        int years = periodStart.getYear() - source.getPeriodStart().getYear();

        jdbc.sql("INSERT INTO program_institution (program_id, institution_id) SELECT :target, institution_id FROM program_institution WHERE program_id = :source")
                .param("target", target).param("source", sourceId).update();
        int targets = copyTargets(sourceId, target, years, targetValues);
        Map<Long, Long> activities = copyActivities(sourceId, target, years);
        int tasks = copyTasks(sourceId, target, years, activities);
        audit.record(AuditAction.CREATE, AuditedEntity.PROGRAM, target, "copied from program " + sourceId + ": " + streams.size()
                + " work streams, " + targets + " targets, " + activities.size() + " activities, " + tasks + " tasks");
        return new ProgramCopied(saved, streams.size(), targets, activities.size(), tasks);
    }

    /** The target measures that count events (TargetMeasure.countsEvents; targets depend on plans, not the other way). */
    static final String COUNTED_MEASURES = "'DONE_ACTIVITY_COUNT', 'MEMBER_EVENT_COUNT', 'TRAINEES_TRAINED'";

    /** The stream of the copy at the same position as the source's. */
    private static final String SAME_STREAM = """
            (SELECT nw.id FROM work_stream ow JOIN work_stream nw ON nw.program_id = :target AND nw.position = ow.position
             WHERE ow.id = s.work_stream_id)""";

    private int copyTargets(long source, long target, int years, Map<Long, BigDecimal> values) {
        List<Long> ids = jdbc.sql("SELECT id FROM target WHERE program_id = :source ORDER BY position, id").param("source", source)
                .query(Long.class).list();
        for (Long id : ids) {
            BigDecimal value = values.get(id);
            jdbc.sql("""
                    INSERT INTO target (program_id, work_stream_id, name, unit, direction, target_value, period_start, period_end, measure,
                                        activity_types, audiences, organiser_id, indicator_id, expected_by, position)
                    SELECT :target, %s, s.name, s.unit, s.direction, COALESCE(:value, s.target_value),
                           s.period_start + INTERVAL :years YEAR, s.period_end + INTERVAL :years YEAR, s.measure,
                           s.activity_types, s.audiences, s.organiser_id, s.indicator_id, s.expected_by, s.position
                    FROM target s WHERE s.id = :id""".formatted(SAME_STREAM))
                    .param("target", target).param("value", value).param("years", years).param("id", id).update();
        }
        return ids.size();
    }

    private Map<Long, Long> copyActivities(long source, long target, int years) {
        List<Long> ids = jdbc.sql("SELECT id FROM activity WHERE program_id = :source AND status <> 'CANCELLED' ORDER BY window_start, id")
                .param("source", source).query(Long.class).list();
        Map<Long, Long> copied = new HashMap<>();
        for (Long id : ids) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO activity (program_id, work_stream_id, title, type, format, starts_at, ends_at, window_start, window_end,
                                          place, organiser_id, planned_attendance, status, created_at, updated_at)
                    SELECT :target, %s, s.title, s.type, s.format, s.starts_at + INTERVAL :years YEAR, s.ends_at + INTERVAL :years YEAR,
                           s.window_start + INTERVAL :years YEAR, s.window_end + INTERVAL :years YEAR, s.place, s.organiser_id,
                           s.planned_attendance, 'PLANNED', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
                    FROM activity s WHERE s.id = :id""".formatted(SAME_STREAM))
                    .param("target", target).param("years", years).param("id", id).update(key, "id");
            long newId = key.getKey().longValue();
            copied.put(id, newId);
            jdbc.sql("INSERT INTO activity_audience (activity_id, audience) SELECT :to, audience FROM activity_audience WHERE activity_id = :from")
                    .param("to", newId).param("from", id).update();
            jdbc.sql("INSERT INTO activity_partner (activity_id, institution_id) SELECT :to, institution_id FROM activity_partner WHERE activity_id = :from")
                    .param("to", newId).param("from", id).update();
        }
        return copied;
    }

    /** Groups first, then the tasks of one institution (a group's children follow their group). */
    private int copyTasks(long source, long target, int years, Map<Long, Long> activities) {
        List<Long> ids = jdbc.sql("SELECT id FROM task WHERE program_id = :source ORDER BY parent_id IS NOT NULL, id")
                .param("source", source).query(Long.class).list();
        Map<Long, Long> copied = new HashMap<>();
        String actor = currentUser.actorName();
        for (Long id : ids) {
            Long parent = jdbc.sql("SELECT parent_id FROM task WHERE id = :id").param("id", id).query(Long.class).optional().orElse(null);
            Long activity = jdbc.sql("SELECT activity_id FROM task WHERE id = :id").param("id", id).query(Long.class).optional().orElse(null);
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO task (parent_id, program_id, work_stream_id, title, description, lead_institution_id, responsible_person,
                                      due_date, priority, activity_id, status, progress_percent, template_offset, department_id,
                                      created_by, created_at, updated_at)
                    SELECT :parent, :target, %s, s.title, s.description, s.lead_institution_id, s.responsible_person,
                           s.due_date + INTERVAL :years YEAR, s.priority, :activity, 'ASSIGNED', 0, s.template_offset, s.department_id,
                           :actor, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
                    FROM task s WHERE s.id = :id""".formatted(SAME_STREAM))
                    .param("parent", parent == null ? null : copied.get(parent)).param("target", target).param("years", years)
                    .param("activity", activity == null ? null : activities.get(activity)).param("actor", actor).param("id", id)
                    .update(key, "id");
            long newId = key.getKey().longValue();
            copied.put(id, newId);
            jdbc.sql("INSERT INTO task_cooperator (task_id, institution_id) SELECT :to, institution_id FROM task_cooperator WHERE task_id = :from")
                    .param("to", newId).param("from", id).update();
        }
        return ids.size();
    }
}
