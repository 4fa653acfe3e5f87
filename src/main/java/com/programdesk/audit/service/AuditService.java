package com.programdesk.audit.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditEvent;
import com.programdesk.audit.domain.AuditEventRepository;
import com.programdesk.audit.domain.AuditFilter;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. Writes join the caller's transaction, so an audit entry
 * exists exactly when the change it describes was committed.
 */
@Service
public class AuditService {

    private final AuditEventRepository repository;
    private final JdbcAggregateTemplate template;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEventRepository repository, JdbcAggregateTemplate template, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.template = template;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the logged-in user (or "system" during start-up). */
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("only joins the transaction of an already authorized change")
    public void record(AuditAction action, String entityType, Long entityId, String changedFields) {
        save(currentUser.actorName(), action, entityType, entityId, changedFields);
    }

    /** Records an event whose actor is not logged in, such as a failed login. */
    @Transactional
    @WithoutAuthorization("only joins the transaction of an already authorized change or login")
    public void recordFor(String actor, AuditAction action, String entityType, Long entityId, String changedFields) {
        save(actor, action, entityType, entityId, changedFields);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return template.findAll(Query.query(criteria(filter)).with(sorted), AuditEvent.class);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return template.count(Query.query(criteria(filter)), AuditEvent.class);
    }

    private void save(String actor, AuditAction action, String entityType, Long entityId, String changedFields) {
        String name = actor == null || actor.isBlank() ? "?" : actor.strip();
        if (name.length() > 50) {
            name = name.substring(0, 50);
        }
        repository.save(new AuditEvent(null, LocalDateTime.now(clock), name, action, entityType, entityId,
                changedFields == null || changedFields.isEmpty() ? null : changedFields));
    }

    private static Criteria criteria(AuditFilter filter) {
        Criteria criteria = Criteria.empty();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            criteria = criteria.and("actor").like(LikePatterns.contains(filter.actor()));
        }
        if (filter.action() != null) {
            criteria = criteria.and("action").is(filter.action().name());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            criteria = criteria.and("entityType").is(filter.entityType());
        }
        if (filter.from() != null) {
            criteria = criteria.and("occurredAt").greaterThanOrEquals(filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            criteria = criteria.and("occurredAt").lessThan(filter.to().plusDays(1).atStartOfDay());
        }
        return criteria;
    }
}
