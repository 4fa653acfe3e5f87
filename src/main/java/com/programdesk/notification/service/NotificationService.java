package com.programdesk.notification.service;

import com.programdesk.base.service.SharedCache;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.expertise.domain.CommentPosted;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.holiday.service.HolidayCalendar;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.notification.domain.Notification;
import com.programdesk.notification.domain.NotificationKind;
import com.programdesk.notification.domain.InstitutionNotified;
import com.programdesk.notification.domain.NotificationRecorded;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.WithoutAuthorization;
import com.programdesk.statistics.reporting.domain.OutstandingReport;
import com.programdesk.statistics.reporting.domain.ReportEvent;
import com.programdesk.statistics.reporting.service.CompletenessService;
import com.programdesk.supervision.findings.domain.FindingEvent;
import com.programdesk.supervision.findings.domain.FindingSummary;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.task.domain.TaskEvent;
import com.programdesk.task.domain.TaskSummary;
import com.programdesk.task.service.TaskService;
import com.programdesk.user.service.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Task, finding and report events notify at once (in the change's transaction);
 * the reminder scan adds "due in 3 working days", "overdue" and, for tasks 7 days overdue, an
 * escalation to the coordinators; for statistical reports not submitted, "due soon" before the due
 * day and "overdue" after it. Every notification has a key, so repeated scans never notify twice.
 * What waits for the bureau reaches the coordinators of the institution's own area (the nearest
 * level that has any, see {@link UserService#coordinatorsOf}); an escalation also the level above.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    static final int DUE_SOON_WORKING_DAYS = 3;
    static final int ESCALATE_AFTER_DAYS = 7;
    /** An escalation reaches the coordinators of the institution's area and of the level above them. */
    static final int ESCALATION_LEVELS = 2;
    /** Overdue reports are looked for this far back; older periods were reminded of when they became overdue. */
    static final int REPORT_OVERDUE_LOOKBACK_DAYS = 30;
    private static final int SCAN_LIMIT = 5000;
    private static final int MAX_USERS = 50_000;

    private final JdbcClient jdbc;
    private final UserService users;
    private final InstitutionService institutions;
    private final TaskService tasks;
    private final FindingService findings;
    private final CompletenessService completeness;
    private final Clock clock;
    private final HolidayCalendar holidays;
    private final ApplicationEventPublisher events;
    /** The bell's count, read on every navigation of every user; forgotten whenever this node writes notifications. */
    private final SharedCache<Long, Integer> unread;

    NotificationService(JdbcClient jdbc, UserService users, InstitutionService institutions, TaskService tasks,
                        FindingService findings, CompletenessService completeness, HolidayCalendar holidays, Clock clock,
                        SharedCaches caches, ApplicationEventPublisher events) {
        this.events = events;
        this.unread = caches.create("unread-notifications", MAX_USERS);
        this.findings = findings;
        this.completeness = completeness;
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
            case ASSIGNED -> notifyAll(event.leadInstitutionId(), staffOf(event.leadInstitutionId()), NotificationKind.ASSIGNED, event.taskId(), event.title(), "");
            case RETURNED -> notifyAll(event.leadInstitutionId(), staffOf(event.leadInstitutionId()), NotificationKind.RETURNED, event.taskId(), event.title(),
                    ":" + event.stepId());
            case SUBMITTED -> notifyAll(event.leadInstitutionId(), coordinatorsOf(event.leadInstitutionId()), NotificationKind.SUBMITTED, event.taskId(), event.title(),
                    ":" + event.stepId());
            case REMINDED -> notifyAll(event.leadInstitutionId(), staffOf(event.leadInstitutionId()), NotificationKind.REMINDED, event.taskId(), event.title(),
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
            case RECORDED -> notifyAll(event.institutionId(), staffOf(event.institutionId()), NotificationKind.FINDING_RECORDED, finding, event.subject(), "");
            case RETURNED -> notifyAll(event.institutionId(), staffOf(event.institutionId()), NotificationKind.FINDING_RETURNED, finding, event.subject(), step);
            case REOPENED -> notifyAll(event.institutionId(), staffOf(event.institutionId()), NotificationKind.FINDING_REOPENED, finding, event.subject(), step);
            case CORRECTION_SUBMITTED -> notifyAll(event.institutionId(), coordinatorsOf(event.institutionId()), NotificationKind.CORRECTION_SUBMITTED, finding,
                    event.subject(), step);
        }
    }

    /** A comment (专家意见) that mentions users with {@code @name} tells each of them, with a link to what it is about. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("reacts to an already authorized comment, in its transaction")
    public void on(CommentPosted event) {
        Target target = new Target(null, event.kind() == CommentTargetKind.FINDING ? event.targetId() : null, event.route(), "C" + event.commentId());
        notifyAll(null, event.mentionedUserIds(), NotificationKind.COMMENT_MENTION, target, event.authorName() + "：" + event.subject(), "");
    }

    /**
     * Submitted reports wait for the coordinators; the institution hears what the bureau decided. A step
     * settles the notices it answers: once a report is reviewed, no coordinator still has it "to review";
     * once it is resubmitted, its "returned" notices are done.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    @WithoutAuthorization("reacts to an already authorized report change, in its transaction")
    public void on(ReportEvent event) {
        Target report = Target.report(event.reportId());
        String step = ":" + event.stepId();
        List<Long> coordinators = coordinatorsOf(event.institutionId());
        List<Long> staff = staffOf(event.institutionId());
        switch (event.kind()) {
            case SUBMITTED -> {
                settle(staff, report, NotificationKind.REPORT_RETURNED, NotificationKind.REPORT_REOPENED);
                notifyAll(event.institutionId(), coordinators, NotificationKind.REPORT_SUBMITTED, report, institutionName(event.institutionId()) + " " + event.subject(), step);
            }
            case LEVEL_APPROVED -> {
                // approved level by level: the next coordinators up review it now
                settle(coordinators, report, NotificationKind.REPORT_SUBMITTED);
                List<Long> above = new ArrayList<>(users.coordinatorsOf(event.institutionId(), 2));
                above.removeAll(coordinators);
                notifyAll(event.institutionId(), above, NotificationKind.REPORT_SUBMITTED, report, institutionName(event.institutionId()) + " " + event.subject(), step);
            }
            case RETURNED -> {
                settle(users.coordinatorsOf(event.institutionId(), 2), report, NotificationKind.REPORT_SUBMITTED);
                notifyAll(event.institutionId(), staff, NotificationKind.REPORT_RETURNED, report, event.subject(), step);
            }
            case APPROVED -> {
                settle(users.coordinatorsOf(event.institutionId(), 2), report, NotificationKind.REPORT_SUBMITTED);
                notifyAll(event.institutionId(), staff, NotificationKind.REPORT_APPROVED, report, event.subject(), step);
            }
            case REOPENED -> notifyAll(event.institutionId(), staff, NotificationKind.REPORT_REOPENED, report, event.subject(), step);
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
                added += notifyAll(task.leadInstitutionId(), staffOf(task.leadInstitutionId()), NotificationKind.DUE_SOON, task.id(), task.title(), "");
            } else {
                added += notifyAll(task.leadInstitutionId(), staffOf(task.leadInstitutionId()), NotificationKind.OVERDUE, task.id(), task.title(), "");
                if (task.dueDate().isBefore(today.minusDays(ESCALATE_AFTER_DAYS))) {
                    added += notifyAll(task.leadInstitutionId(), users.coordinatorsOf(task.leadInstitutionId(), ESCALATION_LEVELS), NotificationKind.ESCALATED,
                            task.id(), task.title(), "");
                }
            }
        }
        for (FindingSummary open : findings.openDueBy(horizon, SCAN_LIMIT)) {
            NotificationKind kind = open.dueDate().isBefore(today) ? NotificationKind.FINDING_OVERDUE : NotificationKind.FINDING_DUE_SOON;
            added += notifyAll(open.institutionId(), staffOf(open.institutionId()), kind, Target.finding(open.id()), open.category() + "：" + open.description(), "");
        }
        for (OutstandingReport missing : completeness.outstanding(today.minusDays(REPORT_OVERDUE_LOOKBACK_DAYS), horizon, SCAN_LIMIT)) {
            NotificationKind kind = missing.dueDate().isBefore(today) ? NotificationKind.REPORT_OVERDUE : NotificationKind.REPORT_DUE_SOON;
            added += notifyAll(missing.institutionId(), staffOf(missing.institutionId()), kind, Target.reportDue(missing), missing.subject(), "");
        }
        return added;
    }

    @PreAuthorize("isAuthenticated()")
    public int unreadCount() {
        long userId = users.currentUserId();
        return unread.get(userId, () -> jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL")
                .param(userId).query(Integer.class).single());
    }

    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine(int offset, int limit) {
        return jdbc.sql("""
                SELECT id, kind, task_id, finding_id, target_route, subject, created_at, read_at FROM notification WHERE user_id = ?
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
        unread.forgetWithTransaction(List.of(users.currentUserId()));
        jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
                .params(LocalDateTime.now(clock), notificationId, users.currentUserId()).update();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        unread.forgetWithTransaction(List.of(users.currentUserId()));
        jdbc.sql("UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
                .params(LocalDateTime.now(clock), users.currentUserId()).update();
    }

    /** The coordinators who review the institution's work: those of its own area (the nearest level that has any). */
    private List<Long> coordinatorsOf(Long institutionId) {
        return users.coordinatorsOf(institutionId, 1);
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
    private int notifyAll(@Nullable Long institutionId, List<Long> recipients, NotificationKind kind, long taskId, String subject,
                          String occurrence) {
        return notifyAll(institutionId, recipients, kind, new Target(taskId, null, null, String.valueOf(taskId)), subject, occurrence);
    }

    /**
     * Also tells the institution's work-chat groups (if the messaging feature set any): once per event, with or
     * without users to notify; a repeated scan finds the event's key already there.
     */
    private int notifyAll(@Nullable Long institutionId, List<Long> recipients, NotificationKind kind, Target target, String subject,
                          String occurrence) {
        LocalDateTime now = LocalDateTime.now(clock);
        unread.forgetWithTransaction(recipients);
        String shortSubject = subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
        int added = 0;
        for (Long user : recipients) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            int inserted = jdbc.sql("""
                    INSERT IGNORE INTO notification (user_id, kind, task_id, finding_id, target_route, subject, dedupe_key, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(user, kind.name(), target.taskId(), target.findingId(), target.route(), shortSubject,
                            kind + ":" + target.key() + ":" + user + occurrence, now).update(key, "id");
            if (inserted > 0 && key.getKey() != null) {
                // in this transaction: the messaging feature writes its outbox rows with the notification or not at all
                events.publishEvent(new NotificationRecorded(key.getKey().longValue(), user, kind, shortSubject,
                        target.openRoute(), now));
            }
            added += inserted;
        }
        if (institutionId != null && (added > 0 || recipients.isEmpty())) {
            events.publishEvent(new InstitutionNotified(institutionId, kind, shortSubject, target.openRoute(),
                    kind + ":" + target.key() + occurrence, now));
        }
        return added;
    }

    /** Marks the recipients' unread notices of these kinds about the target as read. */
    private void settle(List<Long> recipients, Target target, NotificationKind... kinds) {
        if (recipients.isEmpty()) {
            return;
        }
        unread.forgetWithTransaction(recipients);
        jdbc.sql("""
                UPDATE notification SET read_at = :now
                WHERE user_id IN (:users) AND read_at IS NULL AND kind IN (:kinds) AND target_route = :route""")
                .param("now", LocalDateTime.now(clock)).param("users", recipients)
                .param("kinds", Arrays.stream(kinds).map(NotificationKind::name).toList()).param("route", target.route()).update();
    }

    private String institutionName(long institutionId) {
        return institutions.summariesOf(List.of(institutionId)).stream().map(InstitutionSummary::nameZh).collect(Collectors.joining());
    }

    /** What a notification is about: a task, a finding or a report's page; {@code key} tells targets apart in the dedupe key. */
    private record Target(Long taskId, Long findingId, String route, String key) {

        /** Where opening it leads, as {@link Notification#route()} says. */
        String openRoute() {
            return taskId != null ? "tasks/" + taskId : findingId != null ? "findings/" + findingId : route;
        }

        static Target finding(long id) {
            return new Target(null, id, null, "F" + id);
        }

        static Target report(long reportId) {
            return new Target(null, null, "reports/" + reportId, "R" + reportId);
        }

        /** A period to file, whether or not its report was started, so a later draft does not repeat the reminder. */
        static Target reportDue(OutstandingReport missing) {
            return new Target(null, null, missing.route(),
                    "S" + missing.reportFormId() + "-" + missing.institutionId() + "-" + missing.periodStart());
        }
    }
}
