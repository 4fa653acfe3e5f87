package com.programdesk.statistics.reporting.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One institution's filing of one form for one period. Its values are rows of {@code stat_value};
 * every change to them goes through the report, so its version guards them too.
 */
@Table("stat_report")
public class StatReport implements Versioned {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long reportFormId;
    /** The form's version the report was started with and keeps; null only for rows written around the services. */
    private Long formVersionId;
    private long institutionId;
    private LocalDate periodStart;
    private ReportStatus status = ReportStatus.DRAFT;
    private ReportSource source = ReportSource.ENTRY;
    private int returnCount;
    private LocalDateTime firstSubmittedAt;
    private LocalDateTime submittedAt;
    private String submittedBy;
    private LocalDateTime approvedAt;
    /** The highest approval level done while the form's levels are not all through (LEVEL_APPROVED); null otherwise. */
    private com.programdesk.area.domain.AreaLevel approvedLevel;
    private String createdBy;
    private LocalDateTime createdAt;
    private String updatedBy;
    private LocalDateTime updatedAt;

    public StatReport() {
    }

    public StatReport(long reportFormId, long institutionId, LocalDate periodStart) {
        this.reportFormId = reportFormId;
        this.institutionId = institutionId;
        this.periodStart = periodStart;
    }

    /** First submitted after the due day, or not submitted although the due day has passed. */
    public static boolean isLate(LocalDateTime firstSubmittedAt, LocalDate dueDate, LocalDate today) {
        return firstSubmittedAt == null ? today.isAfter(dueDate) : firstSubmittedAt.toLocalDate().isAfter(dueDate);
    }

    public boolean isLate(LocalDate dueDate, LocalDate today) {
        return isLate(firstSubmittedAt, dueDate, today);
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public long getReportFormId() { return reportFormId; }
    public Long getFormVersionId() { return formVersionId; }
    public void setFormVersionId(Long formVersionId) { this.formVersionId = formVersionId; }
    public long getInstitutionId() { return institutionId; }
    public LocalDate getPeriodStart() { return periodStart; }
    public ReportStatus getStatus() { return status; }
    /** Only {@code ReportWorkflow} changes the state. */
    public void setStatus(ReportStatus status) { this.status = status; }
    public ReportSource getSource() { return source; }
    public void setSource(ReportSource source) { this.source = source; }
    public int getReturnCount() { return returnCount; }
    public void setReturnCount(int returnCount) { this.returnCount = returnCount; }
    public LocalDateTime getFirstSubmittedAt() { return firstSubmittedAt; }
    public void setFirstSubmittedAt(LocalDateTime firstSubmittedAt) { this.firstSubmittedAt = firstSubmittedAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public void setSubmittedBy(String submittedBy) { this.submittedBy = submittedBy; }
    public com.programdesk.area.domain.AreaLevel getApprovedLevel() { return approvedLevel; }
    public void setApprovedLevel(com.programdesk.area.domain.AreaLevel approvedLevel) { this.approvedLevel = approvedLevel; }
    public LocalDateTime getApprovedAt() { return approvedAt; }
    public void setApprovedAt(LocalDateTime approvedAt) { this.approvedAt = approvedAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
