package com.programdesk.statistics.forms.domain;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.domain.Versioned;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.statistics.catalog.domain.ApprovalLevels;
import com.programdesk.statistics.catalog.domain.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A report form as the maintenance page edits it: its header, its rows (those of its newest version)
 * and, when the rows change, the period the new version applies from. Also what the editor shows
 * alongside: the newest version and the last period filed.
 */
public class FormDefinition implements Versioned {

    public static final int NAME_ZH_MAX = 100;
    public static final int NAME_EN_MAX = 200;

    private @Nullable Long id;
    private @Nullable Integer version;
    private String code = "";
    private String nameZh = "";
    private String nameEn = "";
    private Frequency frequency = Frequency.MONTHLY;
    private int dueDay = 5;
    private List<AreaLevel> approvalLevels = new ArrayList<>();
    private List<FormRow> rows = new ArrayList<>();
    private boolean active = true;
    private @Nullable Long areaId;
    /** The period a change of rows applies from (the first version's start for a new form). */
    private @Nullable LocalDate validFrom;
    private int versionNumber;
    private @Nullable LocalDate versionValidFrom;
    private @Nullable LocalDate lastFiled;
    /** Which institutions file it, besides those listed by hand: the areas (each with everything below it) … */
    private List<Long> assignedAreaIds = new ArrayList<>();
    /** … × these institution types (none: every type). No area: the list only. */
    private List<InstitutionType> assignedTypes = new ArrayList<>();

    public boolean isNew() {
        return id == null;
    }

    public FormDefinition copy() {
        FormDefinition copy = new FormDefinition();
        copy.id = id;
        copy.version = version;
        copy.code = code;
        copy.nameZh = nameZh;
        copy.nameEn = nameEn;
        copy.frequency = frequency;
        copy.dueDay = dueDay;
        copy.approvalLevels = new ArrayList<>(approvalLevels);
        copy.rows = new ArrayList<>(rows);
        copy.active = active;
        copy.areaId = areaId;
        copy.validFrom = validFrom;
        copy.versionNumber = versionNumber;
        copy.versionValidFrom = versionValidFrom;
        copy.lastFiled = lastFiled;
        copy.assignedAreaIds = new ArrayList<>(assignedAreaIds);
        copy.assignedTypes = new ArrayList<>(assignedTypes);
        return copy;
    }

    /** The header as the audit trail records it (rows are recorded with the version they make). */
    public Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("frequency", frequency);
        fields.put("dueDay", dueDay);
        fields.put("approvalLevels", ApprovalLevels.format(approvalLevels));
        fields.put("assignedAreas", assignedAreaIds.stream().sorted().toList());
        fields.put("assignedTypes", assignedTypes.stream().sorted().toList());
        return fields;
    }

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    @Override
    public @Nullable Integer getVersion() { return version; }
    public void setVersion(@Nullable Integer version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public int getDueDay() { return dueDay; }
    public void setDueDay(int dueDay) { this.dueDay = dueDay; }
    public List<AreaLevel> getApprovalLevels() { return approvalLevels; }
    public void setApprovalLevels(List<AreaLevel> approvalLevels) { this.approvalLevels = new ArrayList<>(approvalLevels); }
    public List<FormRow> getRows() { return rows; }
    public void setRows(List<FormRow> rows) { this.rows = new ArrayList<>(rows); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public @Nullable Long getAreaId() { return areaId; }
    public void setAreaId(@Nullable Long areaId) { this.areaId = areaId; }
    public @Nullable LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
    public int getVersionNumber() { return versionNumber; }
    public void setVersionNumber(int versionNumber) { this.versionNumber = versionNumber; }
    public @Nullable LocalDate getVersionValidFrom() { return versionValidFrom; }
    public void setVersionValidFrom(@Nullable LocalDate versionValidFrom) { this.versionValidFrom = versionValidFrom; }
    public @Nullable LocalDate getLastFiled() { return lastFiled; }
    public void setLastFiled(@Nullable LocalDate lastFiled) { this.lastFiled = lastFiled; }
    public List<Long> getAssignedAreaIds() { return assignedAreaIds; }
    public void setAssignedAreaIds(List<Long> assignedAreaIds) { this.assignedAreaIds = new ArrayList<>(assignedAreaIds); }
    public List<InstitutionType> getAssignedTypes() { return assignedTypes; }
    public void setAssignedTypes(List<InstitutionType> assignedTypes) { this.assignedTypes = new ArrayList<>(assignedTypes); }
}
