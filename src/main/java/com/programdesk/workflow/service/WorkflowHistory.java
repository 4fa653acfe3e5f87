package com.programdesk.workflow.service;

import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.base.jdbc.MultiRowInsert;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.workflow.domain.WorkflowTransition;
import com.programdesk.workflow.domain.WorkflowTransitionRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the steps of every workflow; a step exists exactly when its state change was committed. */
@Service
public class WorkflowHistory {

    private static final int BATCH = 1_000;

    private final WorkflowTransitionRepository repository;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkflowHistory(WorkflowTransitionRepository repository, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("only joins the transaction of an already authorized state change")
    public void record(AuditedEntity entity, long entityId, Enum<?> from, Enum<?> to, String note) {
        repository.save(new WorkflowTransition(null, entity.code(), entityId, from == null ? null : from.name(), to.name(),
                currentUser.actorName(), LocalDateTime.now(clock), note == null || note.isBlank() ? null : note.strip()));
    }

    /** Records the same step for many rows at once (the reports an import creates), in multi-row inserts. */
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("only joins the transaction of an already authorized state change")
    public void recordAll(AuditedEntity entity, List<Long> entityIds, Enum<?> from, Enum<?> to) {
        String actor = currentUser.actorName();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int start = 0; start < entityIds.size(); start += BATCH) {
            List<Long> ids = entityIds.subList(start, Math.min(entityIds.size(), start + BATCH));
            List<Object> params = new ArrayList<>(ids.size() * 5);
            for (Long id : ids) {
                params.addAll(Arrays.asList(entity.code(), id, from == null ? null : from.name(), to.name(), actor, now));
            }
            jdbc.sql("INSERT INTO workflow_transition (entity_type, entity_id, from_state, to_state, actor, occurred_at) VALUES "
                    + MultiRowInsert.values(ids.size(), 6)).params(params).update();
        }
    }

    /** The steps of one row, oldest first; callers check that the user may see the row itself (and read without a transaction). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @WithoutAuthorization("only called by services after their own reach check of the row")
    public List<WorkflowTransition> of(AuditedEntity entity, long entityId) {
        return repository.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entity.code(), entityId);
    }
}
