package com.programdesk.expertise.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.user.domain.UserChoice;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert group (专家组): viewer accounts marked as experts of given programs. An expert reads
 * those programs' rounds, findings, corrections and reports beyond the area it is bound to (read
 * only) and comments on them; administrators and coordinators mark who is an expert of a program.
 */
@Service
@Transactional(readOnly = true)
public class ExpertiseService {

    static final String PLANNERS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.COORDINATOR + "')";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;

    ExpertiseService(JdbcClient jdbc, CurrentUser currentUser, AuditService audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The programs the logged-in user is an expert of: none unless a viewer. Never empty for SQL ({@code -1} stands for none). */
    @WithoutAuthorization("internal: widens the row-level checks of already authorized reads by the user's own expert programs")
    public List<Long> myProgramsForQuery() {
        List<Long> mine = myPrograms();
        return mine.isEmpty() ? List.of(-1L) : mine;
    }

    /** True when the logged-in user is a viewer marked expert of the program. */
    @WithoutAuthorization("internal: widens the row-level checks of already authorized reads by the user's own expert programs")
    public boolean isExpertOf(Long programId) {
        return programId != null && myPrograms().contains(programId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<Long> myPrograms() {
        var user = currentUser.find();
        if (user.isEmpty() || user.get().role() != Role.VIEWER) {
            return List.of();
        }
        return jdbc.sql("SELECT program_id FROM expert_program WHERE user_id = ? ORDER BY program_id").param(user.get().userId())
                .query(Long.class).list();
    }

    /** The experts of a program, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<UserChoice> experts(long programId) {
        return jdbc.sql("""
                SELECT u.id, u.display_name FROM expert_program e JOIN app_user u ON u.id = e.user_id
                WHERE e.program_id = ? ORDER BY u.display_name, u.id""").param(programId).query(UserChoice.class).list();
    }

    /** Who can be named expert: the enabled viewer accounts. */
    @PreAuthorize(PLANNERS)
    public List<UserChoice> candidates() {
        return jdbc.sql("SELECT id, display_name FROM app_user WHERE role = 'VIEWER' AND enabled = TRUE ORDER BY display_name, id")
                .query(UserChoice.class).list();
    }

    /** Names the program's experts (replacing the list); only viewer accounts; audited on the program. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public void setExperts(long programId, Set<Long> userIds) {
        if (jdbc.sql("SELECT COUNT(*) FROM program WHERE id = ?").param(programId).query(Integer.class).single() == 0) {
            throw new InvalidFieldException("experts", "workflow.error.notAllowed");
        }
        List<Long> viewers = candidates().stream().map(UserChoice::id).toList();
        if (!viewers.containsAll(userIds)) {
            throw new InvalidFieldException("experts", "expert.error.notViewer");
        }
        Set<Long> before = new TreeSet<>(jdbc.sql("SELECT user_id FROM expert_program WHERE program_id = ?").param(programId)
                .query(Long.class).list());
        if (before.equals(new TreeSet<>(userIds))) {
            return;
        }
        jdbc.sql("DELETE FROM expert_program WHERE program_id = ?").param(programId).update();
        for (Long userId : userIds) {
            jdbc.sql("INSERT INTO expert_program (user_id, program_id) VALUES (?, ?)").params(userId, programId).update();
        }
        audit.record(AuditAction.UPDATE, AuditedEntity.PROGRAM, programId, "experts: " + before + " → " + new TreeSet<>(userIds));
    }
}
