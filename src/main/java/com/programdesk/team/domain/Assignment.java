package com.programdesk.team.domain;

import com.programdesk.base.domain.Versioned;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member serving an activity. Hours stay empty while the activity's own duration counts; the
 * organiser may correct them per member (above the duration only with a note).
 */
@Table("activity_assignment")
public class Assignment implements Versioned {

    public static final int NOTE_MAX = 300;
    /** Hours are kept with one decimal (half hours); 999 is more than any activity lasts. */
    public static final BigDecimal HOURS_MAX = BigDecimal.valueOf(999);

    @Id
    private Long id;
    @Version
    private Integer version;
    private long activityId;
    private long teamMemberId;
    private long teamId;
    private BigDecimal hours;
    private String hoursNote;
    private String overlapReason;
    private String assignedBy;
    private LocalDateTime assignedAt;

    public Assignment() {
    }

    public Assignment(long activityId, long teamMemberId, long teamId, String overlapReason, String assignedBy, LocalDateTime assignedAt) {
        this.activityId = activityId;
        this.teamMemberId = teamMemberId;
        this.teamId = teamId;
        this.overlapReason = overlapReason;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public void correctHours(BigDecimal corrected, String note) {
        this.hours = corrected;
        this.hoursNote = note;
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public long getActivityId() { return activityId; }
    public long getTeamMemberId() { return teamMemberId; }
    public long getTeamId() { return teamId; }
    public BigDecimal getHours() { return hours; }
    public String getHoursNote() { return hoursNote; }
    public String getOverlapReason() { return overlapReason; }
    public String getAssignedBy() { return assignedBy; }
    public LocalDateTime getAssignedAt() { return assignedAt; }
}
