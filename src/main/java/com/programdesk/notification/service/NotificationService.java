package com.programdesk.notification.service;

import com.programdesk.base.service.HolidayCalendar;
import com.programdesk.base.service.WithoutAuthorization;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.notification.domain.Notification;
import com.programdesk.notification.domain.NotificationKind;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.supervision.domain.FindingEvent;
import com.programdesk.supervision.domain.FindingSummary;
import com.programdesk.supervision.service.FindingService;
import com.programdesk.task.domain.TaskEvent;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.task.service.TaskService;
import com.programdesk.user.service.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Task and finding events notify at once (in the change's transaction); the
 * reminder scan adds "due in 3 working days", "overdue" and, for tasks 7 days overdue, an
 * escalation to the coordinators. Every notification has a key, so repeated scans never notify twice.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    static final int DUE_SOON_WORKING_DAYS = 3;
    static final int ESCALATE_AFTER_DAYS = 7;
    private static final int SCAN_LIMIT = 5000;

    private final JdbcClient jdbc;
    private final UserService users;
    private final InstitutionService institutions;
    private final TaskService tasks;
    private final FindingService findings;
    private final Clock clock;
    private final HolidayCalendar holidays;

    NotificationService(JdbcClient jdbc, UserService users, InstitutionService institutions, TaskService tasks,
                        FindingService findings, HolidayCalendar holidays, Clock clock) {
        this.findings = findings;
        this.holidays = holidays;
        this.jdbc = jdbc;
        this.users = users;
        this.institutions = institutions;
        this.tasks = tasks;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("reacts to an already authorized task change, in its transaction")
    public void on(TaskEvent event) {
        switch (event.kind()) {
            case ASSIGNED -> notifyAll(staffOf(event.leadInstitutionId()), NotificationKind.ASSIGNED, event.taskId(), event.title(), "");
            case RETURNED -> notifyAll(staffOf(event.leadInstitutionId()), NotificationKind.RETURNED, event.taskId(), event.title(),
                    ":" + event.stepId());
            case SUBMITTED -> notifyAll(users.withRole(Role.COORDINATOR), NotificationKind.SUBMITTED, event.taskId(), event.title(),
                    ":" + event.stepId());
            case REMINDED -> notifyAll(staffOf(event.leadInstitutionId()), NotificationKind.REMINDED, event.taskId(), event.title(),
                    ":" + event.stepId());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("reacts to an already authorized finding change, in its transaction")
    public void on(FindingEvent event) {
        Target finding = Target.finding(event.findingId());
        String step = ":" + event.stepId();
        switch (event.kind()) {
            case RECORDED -> notifyAll(staffOf(event.institutionId()), NotificationKind.FINDING_RECORDED, finding, event.subject(), "");
            case RETURNED -> notifyAll(staffOf(event.institutionId()), NotificationKind.FINDING_RETURNED, finding, event.subject(), step);
            case REOPENED -> notifyAll(staffOf(event.institutionId()), NotificationKind.FINDING_REOPENED, finding, event.subject(), step);
            case CORRECTION_SUBMITTED -> notifyAll(users.withRole(Role.COORDINATOR), NotificationKind.CORRECTION_SUBMITTED, finding,
                    event.subject(), step);
        }
    }

    /** The reminder job: idempotent, so it may run as often as wanted and after every restart. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public int remind(LocalDate today) {
        int added = 0;
        LocalDate horizon = holidays.workingDays().plus(today, DUE_SOON_WORKING_DAYS);
        for (TaskSummary task : tasks.openDueBy(horizon, SCAN_LIMIT)) {
            if (!task.dueDate().isBefore(today)) {
                added += notifyAll(staffOf(task.leadInstitutionId()), NotificationKind.DUE_SOON, task.id(), task.title(), "");
            } else {
                added += notifyAll(staffOf(task.leadInstitutionId()), NotificationKind.OVERDUE, task.id(), task.title(), "");
                if (task.dueDate().isBefore(today.minusDays(ESCALATE_AFTER_DAYS))) {
                    added += notifyAll(users.withRole(Role.COORDINATOR), NotificationKind.ESCALATED, task.id(), task.title(), "");
                }
            }
        }
        for (FindingSummary open : findings.openDueBy(horizon, SCAN_LIMIT)) {
            NotificationKind kind = open.dueDate().isBefore(today) ? NotificationKind.FINDING_OVERDUE : NotificationKind.FINDING_DUE_SOON;
            added += notifyAll(staffOf(open.institutionId()), kind, Target.finding(open.id()), open.category() + "：" + open.description(), "");
        }
        return added;
    }

    @PreAuthorize("isAuthenticated()")
    public int unreadCount() {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL").param(users.currentUserId())
                .query(Integer.class).single();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine(int offset, int limit) {
        return jdbc.sql("""
                SELECT id, kind, task_id, finding_id, subject, created_at, read_at FROM notification WHERE user_id = ?
                ORDER BY read_at IS NOT NULL, created_at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(users.currentUserId(), limit, offset).query(Notification.class).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int countMine() {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = ?").param(users.currentUserId()).query(Integer.class).single();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long notificationId) {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
                .params(LocalDateTime.now(clock), notificationId, users.currentUserId()).update();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        jdbc.sql("UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
                .params(LocalDateTime.now(clock), users.currentUserId()).update();
    }

    /** Staff of the lead institution, and association staff of the branch's association. */
    private List<Long> staffOf(Long institutionId) {
        if (institutionId == null) {
            return List.of();
        }
        List<Long> institutionsToTell = new ArrayList<>(List.of(institutionId));
        institutions.parentOf(institutionId).ifPresent(institutionsToTell::add);
        return users.staffOf(institutionsToTell);
    }

    /** Inserts one notification per recipient unless its key exists; returns how many were new. */
    private int notifyAll(List<Long> recipients, NotificationKind kind, long taskId, String subject, String occurrence) {
        return notifyAll(recipients, kind, new Target(taskId, null), subject, occurrence);
    }

    private int notifyAll(List<Long> recipients, NotificationKind kind, Target target, String subject, String occurrence) {
        LocalDateTime now = LocalDateTime.now(clock);
        String shortSubject = subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
        int added = 0;
        for (Long user : recipients) {
            added += jdbc.sql("""
                    INSERT IGNORE INTO notification (user_id, kind, task_id, finding_id, subject, dedupe_key, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(user, kind.name(), target.taskId(), target.findingId(), shortSubject,
                            kind + ":" + target.key() + ":" + user + occurrence, now).update();
        }
        return added;
    }

    /** What a notification is about: a task or a finding. */
    private record Target(Long taskId, Long findingId) {

        static Target finding(long id) {
            return new Target(null, id);
        }

        String key() {
            return taskId != null ? String.valueOf(taskId) : "F" + findingId;
        }
    }
}
