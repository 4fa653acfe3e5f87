package com.programdesk.program.plan.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A work plan (工作方案) issued by the bureau and its partners: a period, work streams, targets and activities. */
@Table("program")
public class Program implements Versioned {

    public static final int TITLE_MAX = 200;
    public static final int DOCUMENT_NUMBER_MAX = 60;
    public static final int ISSUERS_MAX = 300;
    public static final int PERSON_MAX = 60;

    @Id
    private Long id;
    @Version
    private Integer version;
    private String title;
    private String documentNumber;
    private String issuers;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String description;
    private ProgramStatus status = ProgramStatus.DRAFT;
    /** The issuing bureau's area: the program reads activities and reports of institutions in it. */
    private Long areaId;
    /** 分管领导: who leads the program. */
    private String leadName;
    /** The contact person and their phone (masked in the audit log and for readers who do not plan). */
    private String contactName;
    private String contactPhone;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Program() {
    }

    public Program(String title, LocalDate periodStart, LocalDate periodEnd) {
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    public Program copy() {
        Program copy = new Program(title, periodStart, periodEnd);
        copy.id = id;
        copy.version = version;
        copy.documentNumber = documentNumber;
        copy.issuers = issuers;
        copy.description = description;
        copy.status = status;
        copy.areaId = areaId;
        copy.leadName = leadName;
        copy.contactName = contactName;
        copy.contactPhone = contactPhone;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    public boolean covers(LocalDate date) {
        return date != null && !date.isBefore(periodStart) && !date.isAfter(periodEnd);
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("documentNumber", documentNumber);
        fields.put("issuers", issuers);
        fields.put("periodStart", periodStart);
        fields.put("periodEnd", periodEnd);
        fields.put("status", status);
        fields.put("areaId", areaId);
        fields.put("leadName", leadName);
        fields.put("contactName", contactName);
        fields.put("contactPhone", com.programdesk.base.domain.PhoneNumbers.mask(contactPhone));
        return fields;
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getIssuers() { return issuers; }
    public void setIssuers(String issuers) { this.issuers = issuers; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long areaId) { this.areaId = areaId; }
    public String getLeadName() { return leadName; }
    public void setLeadName(String leadName) { this.leadName = leadName; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public ProgramStatus getStatus() { return status; }
    public void setStatus(ProgramStatus status) { this.status = status; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
