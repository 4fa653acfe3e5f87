package com.programdesk.statistics.reporting.service;

import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.FilingSlot;
import com.programdesk.statistics.reporting.domain.FormFilings;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an institution has to file (待报送): for each form assigned to it, the recent periods up to
 * the current one with the state of their report. Institution and association staff file for their
 * reach; coordinators for their own institution, or the health bureau when they are bound to none
 * (the bureau's population return).
 */
@Service
@Transactional(readOnly = true)
public class FilingService {

    /** How many finished periods the list shows besides the current one. */
    static int recentPeriods(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case YEARLY -> 2;
        };
    }

    private final JdbcClient jdbc;
    private final StatisticsCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    FilingService(JdbcClient jdbc, StatisticsCatalog catalog, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The user's forms, each with its periods: overdue and returned ones first (oldest on top), then the
     * others newest first; a returned report of an older period is listed too. Any other period is reached
     * through the list's period picker.
     */
    @PreAuthorize("isAuthenticated()")
    public List<FormFilings> recent() {
        List<Long> institutions = filingInstitutions();
        if (institutions.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<Long, String>> assigned = new HashMap<>();
        jdbc.sql("""
                SELECT a.report_form_id, a.institution_id, i.name_zh FROM report_form_institution a JOIN institution i ON i.id = a.institution_id
                WHERE a.institution_id IN (:institutions) ORDER BY i.code, i.id""")
                .param("institutions", institutions)
                .query(rs -> {
                    assigned.computeIfAbsent(rs.getLong("report_form_id"), k -> new LinkedHashMap<>())
                            .put(rs.getLong("institution_id"), rs.getString("name_zh"));
                });
        List<ReportForm> forms = catalog.forms().stream().filter(f -> assigned.containsKey(f.id())).toList();
        if (forms.isEmpty()) {
            return List.of();
        }
        LocalDate earliest = forms.stream().map(f -> firstShown(f.frequency(), today)).min(Comparator.naturalOrder()).orElseThrow();
        Map<String, Filed> filed = new HashMap<>();
        jdbc.sql("""
                SELECT id, report_form_id, institution_id, period_start, status, return_count, first_submitted_at FROM stat_report
                WHERE institution_id IN (:institutions) AND (period_start >= :earliest OR status = 'RETURNED')""")
                .param("institutions", institutions).param("earliest", earliest)
                .query(rs -> {
                    Filed report = new Filed(rs.getLong("id"), rs.getLong("report_form_id"), rs.getLong("institution_id"),
                            rs.getObject("period_start", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
                            rs.getInt("return_count"), rs.getObject("first_submitted_at", LocalDateTime.class));
                    filed.put(report.key(), report);
                });
        List<FormFilings> result = new ArrayList<>();
        for (ReportForm form : forms) {
            List<FilingSlot> slots = new ArrayList<>();
            assigned.get(form.id()).forEach((institution, name) -> {
                List<LocalDate> periods = new ArrayList<>();
                for (LocalDate p = form.frequency().periodStartOf(today); !p.isBefore(firstShown(form.frequency(), today));
                     p = form.frequency().previous(p)) {
                    periods.add(p);
                }
                filed.values().stream().filter(r -> r.reportFormId() == form.id() && r.institutionId() == institution
                        && r.status() == ReportStatus.RETURNED && !periods.contains(r.periodStart())).forEach(r -> periods.add(r.periodStart()));
                for (LocalDate period : periods) {
                    Filed report = filed.get(Filed.key(form.id(), institution, period));
                    slots.add(new FilingSlot(form.id(), institution, name, period, form.periodEnd(period), form.dueDate(period),
                            report == null ? null : report.id(), report == null ? null : report.status(),
                            report == null ? 0 : report.returnCount(), report == null ? null : report.firstSubmittedAt()));
                }
            });
            slots.sort(FilingSlot.outstandingFirst(today));
            result.add(new FormFilings(form, slots));
        }
        return result;
    }

    /** How many reports wait for the user's institution: periods over but not submitted, and reports returned. */
    @PreAuthorize("isAuthenticated()")
    public int[] toFileAndReturned() {
        LocalDate today = LocalDate.now(clock);
        int toFile = 0;
        int returned = 0;
        for (FormFilings filings : recent()) {
            for (FilingSlot slot : filings.slots()) {
                toFile += slot.isToFile(today) ? 1 : 0;
                returned += slot.status() == ReportStatus.RETURNED ? 1 : 0;
            }
        }
        return new int[] {toFile, returned};
    }

    /** Whether the user fills in this institution's forms (coordinators review the others' reports instead). */
    @PreAuthorize("isAuthenticated()")
    public boolean filesFor(long institutionId) {
        return filingInstitutions().contains(institutionId);
    }

    private List<Long> filingInstitutions() {
        AuthenticatedUser user = currentUser.require();
        if (user.role().requiresInstitution()) {
            return List.copyOf(user.reachableInstitutionIds());
        }
        if (user.role() != Role.COORDINATOR) {
            return List.of();
        }
        if (user.institutionId() != null) {
            return List.of(user.institutionId());
        }
        return jdbc.sql("SELECT id FROM institution WHERE type = 'HEALTH_BUREAU' AND active ORDER BY id").query(Long.class).list();
    }

    private static LocalDate firstShown(Frequency frequency, LocalDate today) {
        LocalDate current = frequency.periodStartOf(today);
        return current.minusMonths((long) frequency.months() * recentPeriods(frequency));
    }

    private record Filed(long id, long reportFormId, long institutionId, LocalDate periodStart, ReportStatus status, int returnCount,
                         LocalDateTime firstSubmittedAt) {

        String key() {
            return key(reportFormId, institutionId, periodStart);
        }

        static String key(long formId, long institutionId, LocalDate period) {
            return formId + "/" + institutionId + "/" + period;
        }
    }
}
