package com.programdesk.team.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.documents.Xlsx;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.TextInput;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.team.domain.Assignment;
import com.programdesk.team.domain.AssignmentRepository;
import com.programdesk.team.domain.AssignmentRow;
import com.programdesk.team.domain.DoubleBooking;
import com.programdesk.team.domain.ServiceHours;
import com.programdesk.team.domain.TeamMember;
import com.programdesk.team.domain.TeamMemberRepository;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting team members on activities. Whoever may change an activity staffs it. A member already
 * serving an overlapping activity is reported before saving, and is put on only with a reason.
 * Done activities count their duration as each member's service hours unless the organiser
 * corrected them. Users bound to an area staff with, and rank, the teams of its institutions only.
 */
@Service
@Transactional(readOnly = true)
public class StaffingService {

    /** Hours that count: the organiser's correction, else the activity's duration (for done activities). */
    public static final String HOURS = "COALESCE(aa.hours, ROUND(TIMESTAMPDIFF(MINUTE, a.starts_at, COALESCE(a.ends_at, a.starts_at)) / 60, 1), 0)";
    /** Another activity overlaps when it starts before this one ends and ends after it starts; back to back is fine. */
    private static final String OVERLAP = "a.starts_at < :end AND COALESCE(a.ends_at, a.starts_at + INTERVAL 1 HOUR) > :start";

    private final AssignmentRepository assignments;
    private final TeamMemberRepository members;
    private final ActivityService activities;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    StaffingService(AssignmentRepository assignments, TeamMemberRepository members, ActivityService activities, AuditService audit,
                    CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.assignments = assignments;
        this.members = members;
        this.activities = activities;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<AssignmentRow> assignments(long activityId) {
        activity(activityId);
        return jdbc.sql("""
                SELECT aa.id, aa.version, m.id AS member_id, m.name AS member_name, m.role, t.name AS team_name,
                       CASE WHEN a.status = 'DONE' THEN\s""" + HOURS + """
                        ELSE aa.hours END AS hours,
                       aa.hours IS NOT NULL AS hours_corrected, aa.hours_note, aa.overlap_reason
                FROM activity_assignment aa JOIN activity a ON a.id = aa.activity_id
                JOIN team_member m ON m.id = aa.team_member_id JOIN team t ON t.id = aa.team_id
                WHERE aa.activity_id = ? ORDER BY t.name, m.name""").param(activityId).query(AssignmentRow.class).list();
    }

    /** Whether the logged-in user may staff the activity: the same people who may change it. */
    @PreAuthorize("isAuthenticated()")
    public boolean canStaff(Activity activity) {
        return activity.getStatus() != ActivityStatus.CANCELLED && activities.canEdit(activity);
    }

    /** Members (of those given) already serving another activity at an overlapping time. */
    @PreAuthorize("isAuthenticated()")
    public List<DoubleBooking> doubleBookings(long activityId, Collection<Long> memberIds) {
        Activity activity = activity(activityId);
        if (memberIds.isEmpty() || activity.getStartsAt() == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT m.id AS member_id, m.name AS member_name, a.id AS other_activity_id, a.title AS other_title,
                       a.starts_at AS other_start, a.ends_at AS other_end
                FROM activity_assignment aa JOIN activity a ON a.id = aa.activity_id JOIN team_member m ON m.id = aa.team_member_id
                WHERE aa.team_member_id IN (:members) AND a.id <> :activity AND a.status <> 'CANCELLED' AND\s""" + OVERLAP
                + " ORDER BY m.name, a.starts_at")
                .param("members", List.copyOf(memberIds)).param("activity", activityId).param("start", activity.getStartsAt())
                .param("end", endOf(activity)).query(DoubleBooking.class).list();
    }

    /**
     * Puts members on an activity (those already on it are skipped). Refused while any of them is
     * double-booked, unless a reason is given; returns how many were added.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int assign(long activityId, Collection<Long> memberIds, String overlapReason) {
        Activity activity = activity(activityId);
        requireStaffer(activity);
        requireOwnTeams(memberIds);
        String reason = TextInput.optional(overlapReason, "reason", Assignment.NOTE_MAX);
        if (reason == null && !doubleBookings(activityId, memberIds).isEmpty()) {
            throw new InvalidFieldException("reason", "staffing.error.doubleBooked");
        }
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        for (TeamMember member : members.findAllById(memberIds)) {
            if (member.hasLeft(today)) {
                throw new InvalidFieldException("members", "staffing.error.memberLeft");
            }
            if (assignments.findByActivityIdAndTeamMemberId(activityId, member.getId()).isEmpty()) {
                Assignment saved = assignments.save(new Assignment(activityId, member.getId(), member.getTeamId(), reason,
                        currentUser.actorName(), LocalDateTime.now(clock)));
                audit.record(AuditAction.CREATE, AuditedEntity.ASSIGNMENT, saved.getId(), "activity: " + activityId + ", member: " + member.getId()
                        + (reason == null ? "" : ", overlap: " + reason));
                added++;
            }
        }
        return added;
    }

    /** Puts a whole team's current members on an activity, by the same rules. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int assignTeam(long activityId, long teamId, String overlapReason) {
        List<Long> current = jdbc.sql("SELECT id FROM team_member WHERE team_id = ? AND (left_on IS NULL OR left_on > ?)")
                .params(teamId, LocalDate.now(clock)).query(Long.class).list();
        return assign(activityId, current, overlapReason);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unassign(long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(() -> new AccessDeniedException("No assignment " + assignmentId));
        requireStaffer(activity(assignment.getActivityId()));
        assignments.delete(assignment);
        audit.record(AuditAction.DELETE, AuditedEntity.ASSIGNMENT, assignmentId, "activity: " + assignment.getActivityId() + ", member: "
                + assignment.getTeamMemberId());
    }

    /** Corrects one member's hours on an activity; more than the activity lasted needs a note. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void correctHours(long assignmentId, int version, BigDecimal hours, String note) {
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(() -> new AccessDeniedException("No assignment " + assignmentId));
        Activity activity = activity(assignment.getActivityId());
        requireStaffer(activity);
        if (assignment.getVersion() != version) {
            throw new OptimisticLockingFailureException("Assignment " + assignmentId + " was changed meanwhile");
        }
        if (hours == null) {
            throw new InvalidFieldException("hours", "validation.required");
        }
        if (hours.signum() < 0 || hours.compareTo(Assignment.HOURS_MAX) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw new InvalidFieldException("hours", "staffing.error.hoursRange");
        }
        String cleanNote = TextInput.optional(note, "note", Assignment.NOTE_MAX);
        if (hours.compareTo(durationOf(activity)) > 0 && cleanNote == null) {
            throw new InvalidFieldException("note", "staffing.error.hoursAboveDuration");
        }
        BigDecimal before = assignment.getHours();
        assignment.correctHours(hours.setScale(1, RoundingMode.HALF_UP), cleanNote);
        assignments.save(assignment);
        audit.record(AuditAction.UPDATE, AuditedEntity.ASSIGNMENT, assignmentId, "hours: " + before + " → " + hours
                + (cleanNote == null ? "" : ", note: " + cleanNote));
    }

    /** Members by hours served in done activities of a year, most first. */
    @PreAuthorize("isAuthenticated()")
    public List<ServiceHours> hoursByMember(int year, int offset, int limit) {
        return jdbc.sql("""
                SELECT m.id AS member_id, m.name, t.name AS team_name, COUNT(*) AS activities, SUM(\s""" + HOURS + """
                ) AS hours
                FROM activity_assignment aa JOIN activity a ON a.id = aa.activity_id
                JOIN team_member m ON m.id = aa.team_member_id JOIN team t ON t.id = m.team_id
                WHERE a.status = 'DONE' AND a.starts_at >= :from AND a.starts_at < :to AND\s""" + ownerScope() + """

                GROUP BY m.id, m.name, t.name ORDER BY hours DESC, m.name LIMIT :limit OFFSET :offset""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1)).param("reach", currentUser.reachForQuery())
                .param("limit", limit).param("offset", offset).query(ServiceHours.class).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int countMembersWithHours(int year) {
        return jdbc.sql("""
                SELECT COUNT(DISTINCT aa.team_member_id) FROM activity_assignment aa JOIN activity a ON a.id = aa.activity_id
                JOIN team_member m ON m.id = aa.team_member_id JOIN team t ON t.id = m.team_id
                WHERE a.status = 'DONE' AND a.starts_at >= :from AND a.starts_at < :to AND\s""" + ownerScope())
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1)).param("reach", currentUser.reachForQuery())
                .query(Integer.class).single();
    }

    /** Teams by hours their members served in done activities of a year. */
    @PreAuthorize("isAuthenticated()")
    public List<ServiceHours> hoursByTeam(int year) {
        return jdbc.sql("""
                SELECT NULL AS member_id, t.name, t.name AS team_name, COUNT(DISTINCT a.id) AS activities, SUM(\s""" + HOURS + """
                ) AS hours
                FROM activity_assignment aa JOIN activity a ON a.id = aa.activity_id JOIN team t ON t.id = aa.team_id
                WHERE a.status = 'DONE' AND a.starts_at >= :from AND a.starts_at < :to AND\s""" + ownerScope() + """

                GROUP BY t.id, t.name ORDER BY hours DESC, t.name""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1)).param("reach", currentUser.reachForQuery())
                .query(ServiceHours.class).list();
    }

    /** The year's hours per member and per team as .xlsx, e.g. for volunteer recognition. */
    @PreAuthorize("isAuthenticated()")
    public void writeHoursXlsx(int year, Function<String, String> labels, OutputStream out) {
        Xlsx.write(out, workbook -> {
            sheet(workbook.newWorksheet(labels.apply("hours.sheet.members")), labels, hoursByMember(year, 0, 100_000), true);
            sheet(workbook.newWorksheet(labels.apply("hours.sheet.teams")), labels, hoursByTeam(year), false);
        });
    }

    private static void sheet(Worksheet sheet, Function<String, String> labels, List<ServiceHours> rows, boolean members) {
        List<String> headers = members ? List.of("hours.column.rank", "hours.column.member", "hours.column.team", "hours.column.activities",
                "hours.column.hours") : List.of("hours.column.rank", "hours.column.team", "hours.column.activities", "hours.column.hours");
        Xlsx.headerRow(sheet, 0, headers.stream().map(labels).toList());
        for (int r = 0; r < rows.size(); r++) {
            ServiceHours row = rows.get(r);
            int c = 0;
            sheet.value(r + 1, c++, r + 1);
            if (members) {
                sheet.value(r + 1, c++, row.name());
            }
            sheet.value(r + 1, c++, row.teamName());
            sheet.value(r + 1, c++, row.activities());
            sheet.value(r + 1, c, row.hours());
        }
    }

    /** Users bound to an area read the teams its institutions own (alias {@code t}, the reach bound to {@code :reach}). */
    private String ownerScope() {
        return currentUser.require().isAreaBound() ? "t.owner_institution_id IN (:reach)" : "1 = 1";
    }

    /** A user bound to an area puts on activities the members of its institutions' teams only. */
    private void requireOwnTeams(Collection<Long> memberIds) {
        if (!currentUser.require().isAreaBound() || memberIds.isEmpty()) {
            return;
        }
        int outside = jdbc.sql("""
                SELECT COUNT(*) FROM team_member m JOIN team t ON t.id = m.team_id
                WHERE m.id IN (:members) AND t.owner_institution_id NOT IN (:reach)""")
                .param("members", List.copyOf(memberIds)).param("reach", currentUser.reachForQuery()).query(Integer.class).single();
        if (outside > 0) {
            throw new AccessDeniedException("Members of another area's teams are not staffed from here");
        }
    }

    private void requireStaffer(Activity activity) {
        if (!canStaff(activity)) {
            throw new AccessDeniedException("Only those who may change activity " + activity.getId() + " staff it");
        }
    }

    private Activity activity(long activityId) {
        return activities.find(activityId).orElseThrow(() -> new AccessDeniedException("No activity " + activityId));
    }

    private static LocalDateTime endOf(Activity activity) {
        return activity.getEndsAt() != null ? activity.getEndsAt() : activity.getStartsAt().plusHours(1);
    }

    private static BigDecimal durationOf(Activity activity) {
        if (activity.getStartsAt() == null) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(Duration.between(activity.getStartsAt(), endOf(activity)).toMinutes()).divide(BigDecimal.valueOf(60), 1,
                RoundingMode.HALF_UP);
    }
}
