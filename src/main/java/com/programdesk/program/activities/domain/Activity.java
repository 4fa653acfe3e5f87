package com.programdesk.program.activities.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A lecture, campaign day, clinic or other event of a program. It is either dated (start and
 * end) or only planned for a window, such as May–June, until someone fixes the day. The status
 * only changes through the activity workflow.
 */
@Table("activity")
public class Activity implements Versioned {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int CANCEL_REASON_MAX = 500;
    public static final int OUTCOME_NOTE_MAX = 2000;
    /** More people than any single event in the pilot could plausibly reach (a city-wide live stream). */
    public static final int ATTENDANCE_MAX = 100_000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long programId;
    private Long workStreamId;
    private String title;
    private ActivityType type;
    private ActivityFormat format = ActivityFormat.OFFLINE;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private String place;
    private Long organiserId;
    private Integer plannedAttendance;
    private Integer actualAttendance;
    private ActivityStatus status = ActivityStatus.PLANNED;
    private String cancelReason;
    private String outcomeNote;
    @MappedCollection(idColumn = "activity_id")
    private Set<ActivityAudience> audiences = Set.of();
    @MappedCollection(idColumn = "activity_id")
    private Set<ActivityPartner> partners = Set.of();
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Activity() {
    }

    public Activity(long programId, String title, ActivityType type, Long organiserId) {
        this.programId = programId;
        this.title = title;
        this.type = type;
        this.organiserId = organiserId;
    }

    public Activity copy() {
        Activity copy = new Activity(programId, title, type, organiserId);
        copy.id = id;
        copy.version = version;
        copy.workStreamId = workStreamId;
        copy.format = format;
        copy.startsAt = startsAt;
        copy.endsAt = endsAt;
        copy.windowStart = windowStart;
        copy.windowEnd = windowEnd;
        copy.place = place;
        copy.plannedAttendance = plannedAttendance;
        copy.actualAttendance = actualAttendance;
        copy.status = status;
        copy.cancelReason = cancelReason;
        copy.outcomeNote = outcomeNote;
        copy.audiences = audiences;
        copy.partners = partners;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    /** Fixes the day: the window becomes the dates the activity runs on. */
    public void schedule(LocalDateTime start, LocalDateTime end) {
        this.startsAt = start;
        this.endsAt = end;
        if (start != null) {
            this.windowStart = start.toLocalDate();
            this.windowEnd = (end != null ? end : start).toLocalDate();
        }
    }

    /** Plans the activity for a window without a day yet (e.g. 2024-05-01 … 2024-06-30). */
    public void planForWindow(LocalDate from, LocalDate to) {
        this.startsAt = null;
        this.endsAt = null;
        this.windowStart = from;
        this.windowEnd = to;
    }

    public boolean isDated() {
        return startsAt != null;
    }

    /** The day it took or takes place, or the last day of its window when not dated yet. */
    public LocalDate day() {
        return startsAt != null ? startsAt.toLocalDate() : windowEnd;
    }

    public Set<Audience> audienceSet() {
        return audiences.stream().map(ActivityAudience::audience)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
    }

    public void setAudienceSet(Set<Audience> chosen) {
        this.audiences = chosen == null ? Set.of() : chosen.stream().map(ActivityAudience::new).collect(Collectors.toSet());
    }

    public Set<Long> partnerIds() {
        return partners.stream().map(ActivityPartner::institutionId).collect(Collectors.toCollection(TreeSet::new));
    }

    public void setPartnerIds(Set<Long> ids) {
        this.partners = ids == null ? Set.of() : ids.stream().map(ActivityPartner::new).collect(Collectors.toSet());
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("type", type);
        fields.put("workStreamId", workStreamId);
        fields.put("format", format);
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("windowStart", windowStart);
        fields.put("windowEnd", windowEnd);
        fields.put("place", place);
        fields.put("organiserId", organiserId);
        fields.put("audiences", new TreeSet<>(audienceSet().stream().map(Enum::name).toList()));
        fields.put("partners", partnerIds());
        fields.put("plannedAttendance", plannedAttendance);
        fields.put("actualAttendance", actualAttendance);
        fields.put("status", status);
        return fields;
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public long getProgramId() { return programId; }
    public void setProgramId(long programId) { this.programId = programId; }
    public Long getWorkStreamId() { return workStreamId; }
    public void setWorkStreamId(Long workStreamId) { this.workStreamId = workStreamId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public ActivityFormat getFormat() { return format; }
    public void setFormat(ActivityFormat format) { this.format = format; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public LocalDate getWindowStart() { return windowStart; }
    public LocalDate getWindowEnd() { return windowEnd; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getOrganiserId() { return organiserId; }
    public void setOrganiserId(Long organiserId) { this.organiserId = organiserId; }
    public Integer getPlannedAttendance() { return plannedAttendance; }
    public void setPlannedAttendance(Integer plannedAttendance) { this.plannedAttendance = plannedAttendance; }
    public Integer getActualAttendance() { return actualAttendance; }
    public void setActualAttendance(Integer actualAttendance) { this.actualAttendance = actualAttendance; }
    public ActivityStatus getStatus() { return status; }
    /** Only the activity workflow calls this. */
    public void setStatus(ActivityStatus status) { this.status = status; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getOutcomeNote() { return outcomeNote; }
    public void setOutcomeNote(String outcomeNote) { this.outcomeNote = outcomeNote; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
