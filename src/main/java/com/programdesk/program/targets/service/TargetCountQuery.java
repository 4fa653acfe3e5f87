package com.programdesk.program.targets.service;

import com.programdesk.program.plan.service.ProgramScope;
import com.programdesk.program.targets.domain.Target;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One aggregate query for a target's actual or planned figure, as the measures build it: a select, then the
 * conditions the target's own fields add (only those it sets), always limited to the program's participating
 * institutions (see {@link ProgramScope}). It answers zero when the query finds nothing.
 */
public final class TargetCountQuery {

    private final StringBuilder sql;
    private final Map<String, Object> params = new HashMap<>();

    public TargetCountQuery(String select, Map<String, Object> params) {
        this.sql = new StringBuilder(select);
        this.params.putAll(params);
    }

    /** Adds {@code condition} with its one parameter when {@code value} is set (not null, not an empty collection). */
    public TargetCountQuery andIf(Object value, String condition, String name) {
        if (value != null && !(value instanceof Collection<?> values && values.isEmpty())) {
            sql.append(" AND ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /** The target's work stream, when it names one. */
    public TargetCountQuery workStream(Target target, String column) {
        return andIf(target.getWorkStreamId(), column + " = :workStream", "workStream");
    }

    /** The target's organiser, when it names one. */
    public TargetCountQuery organiser(Target target, String column) {
        return andIf(target.getOrganiserId(), column + " = :organiser", "organiser");
    }

    /** Only what the program's participating institutions organised, when the program names them. */
    public TargetCountQuery participantsOnly(ProgramScope scope, Target target, String organiserColumn) {
        scope.participatingInstitutions(target.getProgramId())
                .ifPresent(institutions -> andIf(institutions, organiserColumn + " IN (:participants)", "participants"));
        return this;
    }

    public BigDecimal run(JdbcClient jdbc) {
        Number result = jdbc.sql(sql.toString()).params(params).query(Number.class).single();
        return result == null ? BigDecimal.ZERO : new BigDecimal(result.toString());
    }
}
