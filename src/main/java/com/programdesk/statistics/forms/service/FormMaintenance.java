package com.programdesk.statistics.forms.service;

import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditChanges;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.LikePatterns;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.ApprovalLevels;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.FormVersion;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.CatalogueKeepers;
import com.programdesk.statistics.catalog.service.CatalogueWrites;
import com.programdesk.statistics.catalog.service.FormAssignments;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.domain.FormSummary;
import com.programdesk.statistics.rules.service.RuleMaintenance;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report forms kept in the portal (报表) by administrators and coordinators, under the keeper-area rule
 * of the data elements. A change of a form's rows makes a new version that applies from a period the
 * user picks, after the last period already filed: reports keep the version they were filed with, so
 * an approved report never changes. Forms are never deleted, only retired (not offered for new periods).
 * Which institutions file a form: its rule (areas × institution types) is kept here, beside the list of
 * the reports page (报表分配); {@link FormAssignments} keeps the result.
 */
@Service
@Transactional(readOnly = true)
public class FormMaintenance {

    private static final AuditedEntity ENTITY = AuditedEntity.REPORT_FORM;
    private static final String FROM = """
             FROM report_form f LEFT JOIN area a ON a.id = f.area_id
             LEFT JOIN report_form_version v ON v.report_form_id = f.id
              AND v.valid_from = (SELECT MAX(n.valid_from) FROM report_form_version n WHERE n.report_form_id = f.id)
            """;

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final FormAssignments assignments;

    FormMaintenance(JdbcClient jdbc, StatisticsCatalog catalog, CurrentUser currentUser, AuditService audit, Clock clock,
                    FormAssignments assignments) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the forms whose code or name contains {@code text}, in the catalogue's order; retired ones only when asked. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public List<FormSummary> search(String text, boolean withRetired, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(text, withRetired, params);
        params.put("limit", limit);
        params.put("offset", offset);
        AuthenticatedUser user = currentUser.require();
        return jdbc.sql("""
                SELECT f.id, f.code, f.name_zh, f.name_en, f.frequency, f.due_day, f.active, v.version_number, v.valid_from,
                       a.path AS area_path""" + FROM + where + " ORDER BY f.position, f.code LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new FormSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        Frequency.valueOf(rs.getString("frequency")), rs.getInt("due_day"), rs.getBoolean("active"),
                        Math.max(1, rs.getInt("version_number")), Optional.ofNullable(rs.getObject("valid_from", LocalDate.class))
                        .orElse(FormVersion.SINCE_EVER), CatalogueKeepers.mayKeep(user, rs.getString("area_path"))))
                .list();
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public int count(String text, boolean withRetired) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*)" + FROM + where(text, withRetired, params)).params(params).query(Integer.class).single();
    }

    private static String where(String text, boolean withRetired, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (!withRetired) {
            conditions.add("f.active");
        }
        if (text != null && !text.isBlank()) {
            params.put("text", LikePatterns.contains(text));
            conditions.add("(f.code LIKE :text OR f.name_zh LIKE :text OR f.name_en LIKE :text)");
        }
        return "WHERE " + String.join(" AND ", conditions);
    }

    /** A form with its newest rows, to edit. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public Optional<FormDefinition> find(long id) {
        return read(id).map(Stored::form);
    }

    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public boolean mayEdit(FormDefinition form) {
        return form.isNew() || read(form.getId()).map(s -> CatalogueKeepers.mayKeep(currentUser.require(), s.areaPath())).orElse(false);
    }

    /**
     * Creates or updates a form. When its rows differ from the newest version's, a new version starts at
     * {@link FormDefinition#getValidFrom()}; reports filed before keep theirs. A bad field is refused with
     * {@link InvalidFieldException}, a copy changed meanwhile with {@link OptimisticLockingFailureException};
     * either way nothing is written.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public FormDefinition save(FormDefinition edited) {
        FormDefinition form = edited.copy();
        checkHeader(form);
        checkRows(form);
        if (form.isNew()) {
            checkAssignment(form, List.of());
            return create(form);
        }
        Stored before = keptByUser(form);
        checkAssignment(form, before.form().getAssignedAreaIds());
        if (form.getFrequency() != before.form().getFrequency() && before.form().getLastFiled() != null) {
            throw new InvalidFieldException("frequency", "reportForm.error.frequencyFixed");
        }
        boolean rowsChanged = !form.getRows().equals(before.form().getRows());
        FormVersion newest = catalog.form(form.getId()).orElseThrow().newestVersion();
        if (rowsChanged) {
            checkValidFrom(form, before.form(), newest);
        }
        int updated = jdbc.sql("""
                UPDATE report_form SET name_zh = :nameZh, name_en = :nameEn, frequency = :frequency, due_day = :dueDay,
                    approval_levels = :approvalLevels, version = version + 1
                WHERE id = :id AND version = :version""").params(params(form))
                .param("id", form.getId()).param("version", form.getVersion()).update();
        if (updated == 0) {
            throw conflict(form);
        }
        Map<String, Object> beforeFields = before.form().auditFields();
        Map<String, Object> afterFields = form.auditFields();
        if (rowsChanged) {
            beforeFields.put("elements", codes(before.form().getRows()));
            afterFields.put("elements", codes(form.getRows()));
            afterFields.put("validFrom", form.getValidFrom());
            writeVersion(form.getId(), newest, form.getValidFrom(), form.getRows());
        }
        if (!form.getAssignedAreaIds().equals(before.form().getAssignedAreaIds())
                || !form.getAssignedTypes().equals(before.form().getAssignedTypes())) {
            writeAssignment(form.getId(), form);
        }
        forgetAndAudit(AuditAction.UPDATE, form.getId(), AuditChanges.between(beforeFields, afterFields));
        return find(form.getId()).orElseThrow();
    }

    /** Retires a form (no longer offered for new periods; its reports stay and still open) or brings it back. */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    @Transactional
    public FormDefinition setActive(FormDefinition form, boolean active) {
        Stored stored = keptByUser(form);
        if (stored.form().isActive() == active) {
            return stored.form();
        }
        CatalogueWrites.setActive(jdbc, "report_form", form.getId(), form.getVersion(), active,
                currentUser.actorName(), LocalDateTime.now(clock));
        forgetAndAudit(active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, form.getId(),
                CatalogueWrites.statusChange("active", active));
        return find(form.getId()).orElseThrow();
    }

    private FormDefinition create(FormDefinition form) {
        String code = form.getCode() == null ? "" : form.getCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (!ElementDefinition.CODE_PATTERN.matcher(code).matches()) {
            throw new InvalidFieldException("code", "reportForm.error.code");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM report_form WHERE code = :code").param("code", code).query(Integer.class).single() > 0) {
            throw new InvalidFieldException("code", "reportForm.error.codeTaken");
        }
        form.setCode(code);
        LocalDate validFrom = form.getValidFrom();
        if (validFrom == null || !form.getFrequency().isPeriodStart(validFrom)) {
            throw new InvalidFieldException("validFrom", "reportForm.error.validFromStart");
        }
        AuthenticatedUser user = currentUser.require();
        form.setAreaId(CatalogueKeepers.areaOfNewItem(user));
        long id = CatalogueWrites.insert(jdbc.sql("""
                INSERT INTO report_form (code, name_zh, name_en, frequency, due_day, approval_levels, area_id, position)
                SELECT :code, :nameZh, :nameEn, :frequency, :dueDay, :approvalLevels, :areaId, COALESCE(MAX(position), 0) + 1
                FROM report_form""").params(params(form)).param("code", code).param("areaId", form.getAreaId()),
                "reportForm.error.codeTaken");
        writeVersion(id, null, validFrom, form.getRows());
        writeAssignment(id, form);
        Map<String, Object> fields = form.auditFields();
        fields.put("elements", codes(form.getRows()));
        fields.put("validFrom", validFrom);
        forgetAndAudit(AuditAction.CREATE, id, AuditChanges.of(fields));
        return find(id).orElseThrow();
    }

    private static void checkHeader(FormDefinition form) {
        require("nameZh", form.getNameZh(), FormDefinition.NAME_ZH_MAX);
        require("nameEn", form.getNameEn(), FormDefinition.NAME_EN_MAX);
        form.setNameZh(form.getNameZh().strip());
        form.setNameEn(form.getNameEn().strip());
        if (form.getFrequency() == null) {
            throw new InvalidFieldException("frequency", "reportForm.error.frequency");
        }
        if (form.getDueDay() < 1 || form.getDueDay() > 28) {
            throw new InvalidFieldException("dueDay", "reportForm.error.dueDay");
        }
        if (!ApprovalLevels.isBottomUp(form.getApprovalLevels())) {
            throw new InvalidFieldException("approvalLevels", "statistics.error.approvalLevelsOrder");
        }
    }

    private static void require(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "reportForm.error.nameRequired");
        }
        if (text.strip().length() > max) {
            throw new InvalidFieldException(field, "reportForm.error.nameTooLong");
        }
    }

    /** At least one element, each once; an element newly put on the form must still be offered (not retired). */
    private void checkRows(FormDefinition form) {
        if (form.getRows().isEmpty()) {
            throw new InvalidFieldException("elements", "reportForm.error.noElements");
        }
        Set<Long> seen = new HashSet<>();
        Map<Long, DataElement> elements = catalog.elements().stream().collect(Collectors.toMap(DataElement::id, e -> e));
        Set<Long> kept = form.isNew() ? Set.of() : catalog.form(form.getId()).map(f -> f.elements().stream()
                .map(r -> r.element().id()).collect(Collectors.toSet())).orElse(Set.of());
        List<FormRow> cleaned = new ArrayList<>();
        for (FormRow row : form.getRows()) {
            DataElement element = elements.get(row.elementId());
            if (element == null || (element.retired() && !kept.contains(row.elementId()))) {
                throw new InvalidFieldException("elements", "reportForm.error.elementRetired");
            }
            if (!seen.add(row.elementId())) {
                throw new InvalidFieldException("elements", "reportForm.error.elementTwice");
            }
            String sectionZh = blankToNull(row.sectionZh());
            String sectionEn = blankToNull(row.sectionEn());
            if ((sectionZh != null && sectionZh.length() > FormRow.SECTION_ZH_MAX)
                    || (sectionEn != null && sectionEn.length() > FormRow.SECTION_EN_MAX)) {
                throw new InvalidFieldException("elements", "reportForm.error.sectionTooLong");
            }
            cleaned.add(new FormRow(row.elementId(), sectionZh, sectionEn));
        }
        form.setRows(cleaned);
    }

    /**
     * A new version starts at a period of the form's type, after the last period filed and after the
     * newest version's start; only a newest version no report holds yet may be rewritten from its own start.
     */
    private void checkValidFrom(FormDefinition form, FormDefinition before, FormVersion newest) {
        LocalDate validFrom = form.getValidFrom();
        if (validFrom == null || !form.getFrequency().isPeriodStart(validFrom)) {
            throw new InvalidFieldException("validFrom", "reportForm.error.validFromStart");
        }
        if (before.getLastFiled() != null && !validFrom.isAfter(before.getLastFiled())) {
            throw new InvalidFieldException("validFrom", "reportForm.error.validFromFiled");
        }
        boolean rewritesNewest = validFrom.equals(newest.validFrom()) && !holdsReports(newest);
        if (validFrom.isBefore(newest.validFrom()) || (validFrom.equals(newest.validFrom()) && !rewritesNewest)) {
            throw new InvalidFieldException("validFrom", "reportForm.error.validFromBeforeVersion");
        }
    }

    private boolean holdsReports(FormVersion version) {
        return version.id() != null && jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE form_version_id = :version")
                .param("version", version.id()).query(Integer.class).single() > 0;
    }

    /** Writes the rows as a new version from {@code validFrom} (or over the newest, when it starts then), and as the form's current rows. */
    private void writeVersion(long formId, @Nullable FormVersion newest, LocalDate validFrom, List<FormRow> rows) {
        long versionId;
        if (newest != null && newest.id() != null && newest.validFrom().equals(validFrom)) {
            versionId = newest.id();
            jdbc.sql("DELETE FROM report_form_version_element WHERE form_version_id = :version").param("version", versionId).update();
        } else {
            int number = 1;
            if (newest != null && newest.id() == null) {
                keepUnversionedRows(formId);
                number = 2;
            } else if (newest != null) {
                number = newest.number() + 1;
            }
            versionId = insertVersion(formId, number, validFrom);
            if (newest != null && newest.id() != null) {
                RuleMaintenance.copyRules(jdbc, newest.id(), versionId);
            }
        }
        jdbc.sql("DELETE FROM report_form_element WHERE report_form_id = :form").param("form", formId).update();
        for (int i = 0; i < rows.size(); i++) {
            FormRow row = rows.get(i);
            Map<String, Object> params = Map.of("element", row.elementId(), "position", i + 1);
            jdbc.sql("""
                    INSERT INTO report_form_version_element (form_version_id, data_element_id, position, section_zh, section_en)
                    VALUES (:version, :element, :position, :sectionZh, :sectionEn)""").params(params)
                    .param("version", versionId).param("sectionZh", row.sectionZh()).param("sectionEn", row.sectionEn()).update();
            jdbc.sql("""
                    INSERT INTO report_form_element (report_form_id, data_element_id, position, section_zh, section_en)
                    VALUES (:form, :element, :position, :sectionZh, :sectionEn)""").params(params)
                    .param("form", formId).param("sectionZh", row.sectionZh()).param("sectionEn", row.sectionEn()).update();
        }
    }

    private long insertVersion(long formId, int number, LocalDate validFrom) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO report_form_version (report_form_id, version_number, valid_from, created_by, created_at)
                VALUES (:form, :number, :validFrom, :by, :at)""")
                .param("form", formId).param("number", number).param("validFrom", validFrom)
                .param("by", currentUser.actorName()).param("at", LocalDateTime.now(clock)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** A form written around the portal without versions: its rows become version 1, which its reports keep. */
    private void keepUnversionedRows(long formId) {
        long first = insertVersion(formId, 1, FormVersion.SINCE_EVER);
        jdbc.sql("""
                INSERT INTO report_form_version_element (form_version_id, data_element_id, position, section_zh, section_en)
                SELECT :version, data_element_id, position, section_zh, section_en FROM report_form_element WHERE report_form_id = :form""")
                .param("version", first).param("form", formId).update();
        jdbc.sql("UPDATE stat_report SET form_version_id = :version WHERE report_form_id = :form AND form_version_id IS NULL")
                .param("version", first).param("form", formId).update();
    }

    /**
     * How many institutions would file the form with this rule (and the form's list as it is): the
     * editor's preview before saving. Counts every institution, also those outside the user's area.
     */
    @PreAuthorize(StatisticsCatalog.COORDINATORS)
    public int countAssigned(@Nullable Long formId, List<Long> areaIds, List<InstitutionType> types) {
        Map<String, Object> params = new HashMap<>();
        params.put("form", formId == null ? -1L : formId);
        String matched = "SELECT -1";
        if (!areaIds.isEmpty()) {
            params.put("areas", areaIds);
            matched = "SELECT i.id FROM institution i JOIN area a ON a.id = i.area_id WHERE i.active"
                    + " AND EXISTS (SELECT 1 FROM area ra WHERE ra.id IN (:areas) AND a.path LIKE CONCAT(ra.path, '%'))";
            if (!types.isEmpty()) {
                params.put("types", types.stream().map(Enum::name).toList());
                matched += " AND i.type IN (:types)";
            }
        }
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT l.institution_id AS id FROM report_form_listed_institution l"
                        + " WHERE l.report_form_id = :form UNION " + matched + ") x WHERE x.id <> -1")
                .params(params).query(Integer.class).single();
    }

    /**
     * The rule's areas: each must exist, and a coordinator bound to an area may only add areas within
     * it (refused at the field). Areas of the rule outside the user's own, set from above, stay.
     */
    private void checkAssignment(FormDefinition form, List<Long> before) {
        AuthenticatedUser user = currentUser.require();
        List<Long> wanted = form.getAssignedAreaIds().stream().distinct().toList();
        Map<Long, String> paths = new HashMap<>();
        List<Long> all = java.util.stream.Stream.concat(wanted.stream(), before.stream()).distinct().toList();
        if (!all.isEmpty()) {
            jdbc.sql("SELECT id, path FROM area WHERE id IN (:ids)").param("ids", all)
                    .query(rs -> {
                        paths.put(rs.getLong("id"), rs.getString("path"));
                    });
        }
        List<Long> kept = new ArrayList<>();
        for (Long areaId : wanted) {
            String path = paths.get(areaId);
            if (path == null) {
                throw new InvalidFieldException("assignedAreas", "area.error.missing");
            }
            if (!before.contains(areaId) && !user.coversArea(path)) {
                throw new InvalidFieldException("assignedAreas", "reportForm.error.assignOutsideScope");
            }
            kept.add(areaId);
        }
        before.stream().filter(id -> !kept.contains(id) && paths.containsKey(id) && !user.coversArea(paths.get(id)))
                .forEach(kept::add);
        form.setAssignedAreaIds(kept.stream().sorted().toList());
        form.setAssignedTypes(form.getAssignedTypes().stream().distinct().sorted().toList());
    }

    /** Writes the rule and recomputes who files the form, in this transaction. */
    private void writeAssignment(long formId, FormDefinition form) {
        jdbc.sql("DELETE FROM report_form_assigned_area WHERE report_form_id = :form").param("form", formId).update();
        jdbc.sql("DELETE FROM report_form_assigned_type WHERE report_form_id = :form").param("form", formId).update();
        for (Long areaId : form.getAssignedAreaIds()) {
            jdbc.sql("INSERT INTO report_form_assigned_area (report_form_id, area_id) VALUES (:form, :area)")
                    .param("form", formId).param("area", areaId).update();
        }
        for (InstitutionType type : form.getAssignedTypes()) {
            jdbc.sql("INSERT INTO report_form_assigned_type (report_form_id, institution_type) VALUES (:form, :type)")
                    .param("form", formId).param("type", type.name()).update();
        }
        assignments.recompute(formId);
    }

    private List<Long> assignedAreas(long formId) {
        return jdbc.sql("SELECT area_id FROM report_form_assigned_area WHERE report_form_id = :form ORDER BY area_id")
                .param("form", formId).query(Long.class).list();
    }

    private List<InstitutionType> assignedTypes(long formId) {
        return jdbc.sql("SELECT institution_type FROM report_form_assigned_type WHERE report_form_id = :form")
                .param("form", formId).query(String.class).list().stream().map(InstitutionType::valueOf).sorted().toList();
    }

    private Stored keptByUser(FormDefinition form) {
        Stored stored = read(form.getId()).filter(s -> s.form().getVersion().equals(form.getVersion()))
                .orElseThrow(() -> conflict(form));
        if (!CatalogueKeepers.mayKeep(currentUser.require(), stored.areaPath())) {
            throw new AccessDeniedException("Report form " + form.getId() + " is kept by another area");
        }
        return stored;
    }

    private static OptimisticLockingFailureException conflict(FormDefinition form) {
        return new OptimisticLockingFailureException("Report form " + form.getId() + " was changed meanwhile");
    }

    private Optional<Stored> read(@Nullable Long id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<ReportForm> catalogued = catalog.form(id);
        List<Long> ruleAreas = assignedAreas(id);
        List<InstitutionType> ruleTypes = assignedTypes(id);
        return jdbc.sql("""
                SELECT f.id, f.version, f.code, f.name_zh, f.name_en, f.frequency, f.due_day, f.approval_levels, f.active, f.area_id,
                       a.path AS area_path, (SELECT MAX(r.period_start) FROM stat_report r WHERE r.report_form_id = f.id) AS last_filed
                FROM report_form f LEFT JOIN area a ON a.id = f.area_id WHERE f.id = :id""").param("id", id)
                .query((rs, n) -> {
                    FormDefinition form = new FormDefinition();
                    form.setId(rs.getLong("id"));
                    form.setVersion(rs.getInt("version"));
                    form.setCode(rs.getString("code"));
                    form.setNameZh(rs.getString("name_zh"));
                    form.setNameEn(rs.getString("name_en"));
                    form.setFrequency(Frequency.valueOf(rs.getString("frequency")));
                    form.setDueDay(rs.getInt("due_day"));
                    form.setApprovalLevels(ApprovalLevels.parse(rs.getString("approval_levels")));
                    form.setActive(rs.getBoolean("active"));
                    form.setAreaId(rs.getObject("area_id", Long.class));
                    form.setLastFiled(rs.getObject("last_filed", LocalDate.class));
                    form.setAssignedAreaIds(ruleAreas);
                    form.setAssignedTypes(ruleTypes);
                    catalogued.ifPresent(f -> {
                        FormVersion newest = f.newestVersion();
                        form.setVersionNumber(newest.number());
                        form.setVersionValidFrom(newest.validFrom());
                        form.setRows(newest.elements().stream().map(FormMaintenance::row).toList());
                    });
                    return new Stored(form, rs.getString("area_path"));
                }).optional();
    }

    private static FormRow row(FormElement element) {
        return new FormRow(element.element().id(), element.sectionZh(), element.sectionEn());
    }

    private List<String> codes(List<FormRow> rows) {
        Map<Long, String> codes = catalog.elements().stream().collect(Collectors.toMap(DataElement::id, DataElement::code));
        return rows.stream().map(r -> codes.get(r.elementId())).toList();
    }

    private static Map<String, Object> params(FormDefinition form) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("nameZh", form.getNameZh());
        params.put("nameEn", form.getNameEn());
        params.put("frequency", form.getFrequency().name());
        params.put("dueDay", form.getDueDay());
        params.put("approvalLevels", ApprovalLevels.format(form.getApprovalLevels()));
        return params;
    }

    private void forgetAndAudit(AuditAction action, long id, String changes) {
        catalog.forgetCatalogue();
        audit.record(action, ENTITY, id, changes);
    }


    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Stored(FormDefinition form, @Nullable String areaPath) {
    }
}
