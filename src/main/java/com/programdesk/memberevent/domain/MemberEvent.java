package com.programdesk.memberevent.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An event of the association or one of its township branches (会员活动): when, who held it, what, and who took part. */
@Table("member_event")
public class MemberEvent implements Versioned {

    public static final int TITLE_MAX = 200;
    public static final int NOTE_MAX = 2000;
    /** More than a township could gather; a typo guard, not a rule of the association. */
    public static final int PARTICIPANTS_MAX = 100_000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long branchId;
    private LocalDate eventDate;
    private String title;
    private MemberEventType type = MemberEventType.MEMBER_DAY;
    private Integer members;
    private Integer others;
    private String note;
    private String createdBy;
    private LocalDateTime createdAt;
    private String updatedBy;
    private LocalDateTime updatedAt;

    public MemberEvent() {
    }

    public MemberEvent(Long branchId, LocalDate eventDate, String title, MemberEventType type, Integer members, Integer others) {
        this.branchId = branchId;
        this.eventDate = eventDate;
        this.title = title;
        this.type = type;
        this.members = members;
        this.others = others;
    }

    /** A copy for editing, so a cancelled or refused edit leaves the original untouched. */
    public MemberEvent copy() {
        MemberEvent copy = new MemberEvent(branchId, eventDate, title, type, members, others);
        copy.id = id;
        copy.version = version;
        copy.note = note;
        copy.createdBy = createdBy;
        copy.createdAt = createdAt;
        copy.updatedBy = updatedBy;
        copy.updatedAt = updatedAt;
        return copy;
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("branchId", branchId);
        fields.put("eventDate", eventDate);
        fields.put("title", title);
        fields.put("type", type);
        fields.put("members", members);
        fields.put("others", others);
        fields.put("note", note);
        return fields;
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public MemberEventType getType() { return type; }
    public void setType(MemberEventType type) { this.type = type; }
    public Integer getMembers() { return members; }
    public void setMembers(Integer members) { this.members = members; }
    public Integer getOthers() { return others; }
    public void setOthers(Integer others) { this.others = others; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
