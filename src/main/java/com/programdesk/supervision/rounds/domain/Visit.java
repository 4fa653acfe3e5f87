package com.programdesk.supervision.rounds.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A visit of one institution in a round: the checklist results, recorded against the template version of the visit. */
@Table("visit")
public class Visit implements Versioned {

    public static final int SUMMARY_MAX = 2000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long supervisionRoundId;
    private long institutionId;
    private long checklistTemplateId;
    private LocalDate visitDate;
    private String summary;
    @MappedCollection(idColumn = "visit_id")
    private Set<VisitInspector> inspectors = Set.of();
    @MappedCollection(idColumn = "visit_id")
    private Set<VisitResult> results = Set.of();
    private String recordedBy;
    private LocalDateTime updatedAt;

    public Visit() {
    }

    public Visit(long roundId, long institutionId, long templateId, LocalDate visitDate) {
        this.supervisionRoundId = roundId;
        this.institutionId = institutionId;
        this.checklistTemplateId = templateId;
        this.visitDate = visitDate;
    }

    public Visit copy() {
        Visit copy = new Visit(supervisionRoundId, institutionId, checklistTemplateId, visitDate);
        copy.id = id;
        copy.version = version;
        copy.summary = summary;
        copy.inspectors = inspectors;
        copy.results = results;
        copy.recordedBy = recordedBy;
        copy.updatedAt = updatedAt;
        return copy;
    }

    public Optional<VisitResult> resultOf(int position) {
        return results.stream().filter(r -> r.itemPosition() == position).findFirst();
    }

    /** Sets (or, with a null result, clears) the result of one item. */
    public void putResult(int position, ItemResult result, Integer score, String note) {
        Set<VisitResult> changed = new HashSet<>(results);
        changed.removeIf(r -> r.itemPosition() == position);
        if (result != null) {
            changed.add(new VisitResult(position, result, score, note == null || note.isBlank() ? null : note.strip()));
        }
        results = changed;
    }

    public Set<Long> inspectorIds() {
        return inspectors.stream().map(VisitInspector::userId).collect(Collectors.toSet());
    }

    public void setInspectorIds(Set<Long> ids) {
        inspectors = ids.stream().map(VisitInspector::new).collect(Collectors.toSet());
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

    public long getInstitutionId() {
        return institutionId;
    }

    public long getChecklistTemplateId() {
        return checklistTemplateId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Set<VisitResult> getResults() {
        return results;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
