package com.programdesk.supervision.rounds.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A supervision round (督导): which institutions are visited, by whom, with which checklist, in which period. */
@Table("supervision_round")
public class SupervisionRound implements Versioned {

    public static final int TITLE_MAX = 200;

    @Id
    private Long id;
    @Version
    private Integer version;
    private String title;
    private Long programId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long checklistTemplateId;
    private RoundStatus status = RoundStatus.PLANNED;
    /** A bureau supervision, or an institution's self-inspection of its own (one institution, no inspectors). */
    private RoundKind kind = RoundKind.SUPERVISION;
    /** The area the round belongs to (its program's, else its planner's): who sees the round. */
    private Long areaId;
    @MappedCollection(idColumn = "supervision_round_id")
    private Set<RoundInstitution> scope = Set.of();
    @MappedCollection(idColumn = "supervision_round_id")
    private Set<RoundInspector> inspectors = Set.of();
    private String createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public SupervisionRound copy() {
        SupervisionRound copy = new SupervisionRound();
        copy.id = id;
        copy.version = version;
        copy.title = title;
        copy.programId = programId;
        copy.startsOn = startsOn;
        copy.endsOn = endsOn;
        copy.checklistTemplateId = checklistTemplateId;
        copy.status = status;
        copy.kind = kind;
        copy.areaId = areaId;
        copy.scope = scope;
        copy.inspectors = inspectors;
        copy.createdBy = createdBy;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    public Set<Long> institutionIds() {
        return scope.stream().map(RoundInstitution::institutionId).collect(Collectors.toSet());
    }

    public void setInstitutionIds(Set<Long> ids) {
        scope = ids.stream().map(RoundInstitution::new).collect(Collectors.toSet());
    }

    public Set<Long> inspectorIds() {
        return inspectors.stream().map(RoundInspector::userId).collect(Collectors.toSet());
    }

    public void setInspectorIds(Set<Long> ids) {
        inspectors = ids.stream().map(RoundInspector::new).collect(Collectors.toSet());
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("programId", programId);
        fields.put("startsOn", startsOn);
        fields.put("endsOn", endsOn);
        fields.put("checklistTemplateId", checklistTemplateId);
        fields.put("areaId", areaId);
        fields.put("kind", kind);
        fields.put("institutions", new TreeSet<>(institutionIds()));
        fields.put("inspectors", new TreeSet<>(inspectorIds()));
        return fields;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getChecklistTemplateId() {
        return checklistTemplateId;
    }

    public void setChecklistTemplateId(Long checklistTemplateId) {
        this.checklistTemplateId = checklistTemplateId;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public void setStatus(RoundStatus status) {
        this.status = status;
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

    public RoundKind getKind() {
        return kind;
    }

    public void setKind(RoundKind kind) {
        this.kind = kind;
    }

    public boolean isSelfInspection() {
        return kind == RoundKind.SELF_INSPECTION;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }
}
