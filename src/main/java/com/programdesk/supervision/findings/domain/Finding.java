package com.programdesk.supervision.findings.domain;

import com.programdesk.base.domain.Versioned;
import com.programdesk.supervision.checklists.domain.ChecklistItem;
import com.programdesk.supervision.rounds.domain.Visit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A problem found at a visit (问题), which the institution must correct by its due date (整改). */
@Table("finding")
public class Finding implements Versioned {

    public static final int CATEGORY_MAX = ChecklistItem.CATEGORY_MAX;
    public static final int TEXT_MAX = 2000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long supervisionRoundId;
    private long visitId;
    private long institutionId;
    /** The checklist item it came from, if any (position in the visit's template version). */
    private Integer itemPosition;
    private String category;
    private FindingSeverity severity = FindingSeverity.MINOR;
    private String description;
    private String requiredCorrection;
    private LocalDate dueDate;
    private FindingStatus status = FindingStatus.OPEN;
    private int returnCount;
    /** Found by the institution in its own self-inspection (自查发现): it corrects and closes it itself, until the bureau supervises it. */
    private boolean selfFound;
    /** The reported indicator the problem shows in (e.g. PAC counselling uptake), if any. */
    private Long indicatorId;
    private String createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private LocalDateTime closedAt;

    public Finding() {
    }

    public Finding(Visit visit) {
        this.supervisionRoundId = visit.getSupervisionRoundId();
        this.visitId = visit.getId();
        this.institutionId = visit.getInstitutionId();
    }

    public boolean isOverdue(LocalDate today) {
        return status != FindingStatus.CLOSED && dueDate != null && dueDate.isBefore(today);
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("category", category);
        fields.put("severity", severity);
        fields.put("description", description);
        fields.put("requiredCorrection", requiredCorrection);
        fields.put("dueDate", dueDate);
        fields.put("indicatorId", indicatorId);
        fields.put("selfFound", selfFound);
        return fields;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    public long getSupervisionRoundId() {
        return supervisionRoundId;
    }

    public long getVisitId() {
        return visitId;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public Integer getItemPosition() {
        return itemPosition;
    }

    public void setItemPosition(Integer itemPosition) {
        this.itemPosition = itemPosition;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public FindingSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(FindingSeverity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRequiredCorrection() {
        return requiredCorrection;
    }

    public void setRequiredCorrection(String requiredCorrection) {
        this.requiredCorrection = requiredCorrection;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public void setStatus(FindingStatus status) {
        this.status = status;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public void setReturnCount(int returnCount) {
        this.returnCount = returnCount;
    }

    public boolean isSelfFound() {
        return selfFound;
    }

    public void setSelfFound(boolean selfFound) {
        this.selfFound = selfFound;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(LocalDateTime closedAt) {
        this.closedAt = closedAt;
    }
}
