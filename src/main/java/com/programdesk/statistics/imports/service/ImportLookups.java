package com.programdesk.statistics.imports.service;

import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an import checks rows against, loaded once per run: institutions by code and exact name,
 * data elements (not retired) by code and exact name, the forms each element is on, which institution files which
 * form, and (per institution, when first met) the state of its stored reports.
 */
final class ImportLookups {

    record Institution(long id, String code, String nameZh, boolean active) {
    }

    record StoredReport(long id, int version, ReportStatus status, Long formVersionId) {
    }

    private final JdbcClient jdbc;
    private final AuthenticatedUser user;
    private final LocalDate today;
    private final Map<String, Institution> institutionsByCode = new HashMap<>();
    private final Map<String, Institution> institutionsByName = new HashMap<>();
    private final Map<String, DataElement> elementsByKey = new HashMap<>();
    private final Map<Long, DataElement> elementsById = new HashMap<>();
    private final Map<Long, List<ReportForm>> formsByElement = new HashMap<>();
    private final Set<Long> assignments = new HashSet<>();
    private final Map<Long, Map<String, StoredReport>> storedByInstitution = new HashMap<>();

    ImportLookups(JdbcClient jdbc, List<ReportForm> forms, AuthenticatedUser user, LocalDate today) {
        this.jdbc = jdbc;
        this.user = user;
        this.today = today;
        jdbc.sql("SELECT id, code, name_zh, active FROM institution").query((rs, n) -> new Institution(rs.getLong("id"),
                rs.getString("code"), rs.getString("name_zh"), rs.getBoolean("active"))).list().forEach(i -> {
                    institutionsByCode.put(key(i.code()), i);
                    institutionsByName.put(i.nameZh().strip(), i);
                });
        for (ReportForm form : forms) {
            // every version's rows: a file may hold periods filed with an older version
            Map<Long, DataElement> rows = new LinkedHashMap<>();
            // a disaggregated element's option cells are columns of their own; its value is then their sum
            form.versions().forEach(version -> version.elements().forEach(row -> {
                rows.putIfAbsent(row.element().id(), row.element());
                row.cells().forEach(cell -> rows.putIfAbsent(cell.element().id(), cell.element()));
            }));
            for (DataElement element : rows.values()) {
                if (element.retired()) {
                    continue; // no longer offered for import, even on a form not yet changed
                }
                elementsById.put(element.id(), element);
                formsByElement.computeIfAbsent(element.id(), id -> new ArrayList<>()).add(form);
                elementsByKey.putIfAbsent(key(element.code()), element);
                elementsByKey.putIfAbsent(element.nameZh().strip(), element);
                elementsByKey.putIfAbsent(key(element.nameEn()), element);
            }
        }
        jdbc.sql("SELECT report_form_id, institution_id FROM report_form_institution")
                .query((rs, n) -> assignment(rs.getLong("report_form_id"), rs.getLong("institution_id")))
                .list().forEach(assignments::add);
    }

    AuthenticatedUser user() {
        return user;
    }

    LocalDate today() {
        return today;
    }

    Institution institutionByCode(String code) {
        return institutionsByCode.get(key(code));
    }

    Institution institutionByName(String name) {
        return institutionsByName.get(name.strip());
    }

    /** A data element by its code (any case), its exact Chinese name or its English name (any case). */
    DataElement element(String text) {
        DataElement element = elementsByKey.get(text.strip());
        return element != null ? element : elementsByKey.get(key(text));
    }

    DataElement element(long id) {
        return elementsById.get(id);
    }

    /** The forms the institution files that contain the element. */
    List<ReportForm> formsFiledWith(long institutionId, long elementId) {
        List<ReportForm> forms = formsByElement.getOrDefault(elementId, List.of());
        List<ReportForm> filed = new ArrayList<>(1);
        for (ReportForm form : forms) {
            if (assignments.contains(assignment(form.id(), institutionId))) {
                filed.add(form);
            }
        }
        return filed;
    }

    /** The stored report for a form, institution and period; null when none was started. */
    StoredReport stored(long formId, long institutionId, LocalDate periodStart) {
        return storedByInstitution.computeIfAbsent(institutionId, this::storedReports).get(formId + "/" + periodStart);
    }

    private Map<String, StoredReport> storedReports(long institutionId) {
        Map<String, StoredReport> stored = new HashMap<>();
        jdbc.sql("SELECT id, version, report_form_id, period_start, status, form_version_id FROM stat_report WHERE institution_id = :institution")
                .param("institution", institutionId)
                .query(rs -> {
                    stored.put(rs.getLong("report_form_id") + "/" + rs.getObject("period_start", LocalDate.class),
                            new StoredReport(rs.getLong("id"), rs.getInt("version"), ReportStatus.valueOf(rs.getString("status")),
                                    rs.getObject("form_version_id", Long.class)));
                });
        return stored;
    }

    private static long assignment(long formId, long institutionId) {
        return formId << 40 | institutionId;
    }

    static String key(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
