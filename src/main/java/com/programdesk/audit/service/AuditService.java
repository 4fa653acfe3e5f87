package com.programdesk.audit.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.domain.AuditEvent;
import com.programdesk.audit.domain.AuditEventRepository;
import com.programdesk.audit.domain.AuditFilter;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. Writes join the caller's transaction, so an audit entry
 * exists exactly when the change it describes was committed. An administrator bound to an area
 * reads the entries about its area's rows and those of its area's people (see {@link AuditScope}).
 */
@Service
public class AuditService {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "e.occurred_at", "actor", "e.actor", "id", "e.id");

    private final AuditEventRepository repository;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEventRepository repository, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the logged-in user (or "system" during start-up). */
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("only joins the transaction of an already authorized change")
    public void record(AuditAction action, AuditedEntity entity, Long entityId, String changedFields) {
        save(currentUser.actorName(), action, entity, entityId, changedFields);
    }

    /** Records an event whose actor is not logged in, such as a failed login. */
    @Transactional
    @WithoutAuthorization("only joins the transaction of an already authorized change or login")
    public void recordFor(String actor, AuditAction action, AuditedEntity entity, Long entityId, String changedFields) {
        save(actor, action, entity, entityId, changedFields);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        return jdbc.sql("SELECT e.id, e.occurred_at, e.actor, e.action, e.entity_type, e.entity_id, e.changed_fields FROM audit_event e WHERE "
                        + where + " ORDER BY " + order(pageable.getSort()) + " LIMIT :limit OFFSET :offset")
                .params(params).query(AuditEvent.class).list();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM audit_event e WHERE " + where(filter, params)).params(params).query(Long.class).single();
    }

    private void save(String actor, AuditAction action, AuditedEntity entity, Long entityId, String changedFields) {
        String name = actor == null || actor.isBlank() ? "?" : actor.strip();
        if (name.length() > 50) {
            name = name.substring(0, 50);
        }
        repository.save(new AuditEvent(null, LocalDateTime.now(clock), name, action, entity.code(), entityId,
                changedFields == null || changedFields.isEmpty() ? null : changedFields));
    }

    private String where(AuditFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        String pattern = currentUser.areaPattern();
        if (pattern == null) {
            conditions.add("1 = 1");
        } else {
            conditions.add(AuditScope.entriesOf("areaScope"));
            params.put("areaScope", pattern);
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("e.actor LIKE :actor");
            params.put("actor", LikePatterns.contains(filter.actor()));
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            conditions.add("e.entity_type = :entityType");
            params.put("entityType", filter.entityType());
        }
        if (filter.from() != null) {
            conditions.add("e.occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            conditions.add("e.occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        return String.join(" AND ", conditions);
    }

    /** The grid's sort (time or actor), newest first by default; the id keeps equal times in order. */
    private static String order(Sort sort) {
        List<String> columns = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                columns.add(column + (order.isAscending() ? " ASC" : " DESC"));
            }
        }
        if (columns.isEmpty()) {
            columns.add("e.occurred_at DESC");
        }
        columns.add("e.id DESC");
        return String.join(", ", columns);
    }
}
