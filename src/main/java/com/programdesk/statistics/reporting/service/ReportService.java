package com.programdesk.statistics.reporting.service;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.OptimisticLocking;
import com.programdesk.base.service.TextInput;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.FormElement;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.OptionCell;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.ReportRules;
import com.programdesk.statistics.catalog.domain.RuleViolation;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.ReportEvent;
import com.programdesk.statistics.reporting.domain.ReportFilter;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.ReportSummary;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.domain.StatReportRepository;
import com.programdesk.workflow.domain.WorkflowTransition;
import com.programdesk.workflow.service.WorkflowHistory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic statistical reports (信息统计无纸化报送). Institution staff file their own institution's
 * forms; coordinators may file for any institution (the bureau's own population return) and alone
 * approve, return and reopen. Approved reports are locked; reopening needs a reason and is audited.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    static final String FILERS = "hasAnyRole('" + Roles.COORDINATOR + "','" + Roles.INSTITUTION + "','" + Roles.ASSOCIATION + "')";
    static final String REVIEWERS = "hasRole('" + Roles.COORDINATOR + "')";
    public static final int REASON_MAX = 1000;
    private static final String SUMMARY = """
            SELECT r.id, r.report_form_id, f.name_zh, f.name_en, f.frequency, f.due_day, r.institution_id, i.name_zh AS institution_name,
                   r.period_start, r.status, r.return_count, r.first_submitted_at, r.submitted_at, r.approved_level
            FROM stat_report r JOIN report_form f ON f.id = r.report_form_id JOIN institution i ON i.id = r.institution_id
            """;

    private final StatReportRepository reports;
    private final ReportValues values;
    private final ReportWorkflow workflow;
    private final StatCompleteness completeness;
    private final WorkflowHistory history;
    private final StatisticsCatalog catalog;
    private final LevelApproval levelApproval;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(StatReportRepository reports, ReportValues values, ReportWorkflow workflow, StatCompleteness completeness,
                  WorkflowHistory history, StatisticsCatalog catalog, CurrentUser currentUser, JdbcClient jdbc,
                  ApplicationEventPublisher events, Clock clock, LevelApproval levelApproval) {
        this.levelApproval = levelApproval;
        this.reports = reports;
        this.values = values;
        this.workflow = workflow;
        this.completeness = completeness;
        this.history = history;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One period's form for an institution: the stored report, or a blank one when nothing was entered yet. */
    @PreAuthorize("isAuthenticated()")
    public ReportEntry open(long formId, long institutionId, LocalDate periodStart) {
        currentUser.requireReach(institutionId);
        ReportForm form = catalog.form(formId).orElseThrow(() -> new AccessDeniedException("No form " + formId));
        if (!form.frequency().isPeriodStart(periodStart) || periodStart.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("period", "statistics.error.period");
        }
        Optional<StatReport> stored = reports.findByReportFormIdAndInstitutionIdAndPeriodStart(formId, institutionId, periodStart);
        if (stored.isPresent()) {
            return entry(form.forReport(stored.get().getFormVersionId(), periodStart), stored.get());
        }
        if (!form.active()) {
            throw new InvalidFieldException("period", "statistics.error.formRetired");
        }
        ReportForm version = form.asOf(periodStart);
        StatReport report = new StatReport(formId, institutionId, periodStart);
        report.setFormVersionId(version.versionId());
        return entry(version, report);
    }

    /** A stored report, if the user reaches its institution. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ReportEntry> open(long reportId) {
        return reports.findById(reportId).filter(r -> currentUser.require().canReach(r.getInstitutionId()))
                .flatMap(r -> catalog.form(r.getReportFormId()).map(form -> entry(form.forReport(r.getFormVersionId(), r.getPeriodStart()), r)));
    }

    /** The checks as they stand for typed values, for live feedback; nothing is saved. */
    @PreAuthorize("isAuthenticated()")
    public List<RuleViolation> check(ReportEntry entry, Map<String, ReportCell> cells, boolean submitting) {
        return ReportRules.check(entry.form(), valuesOf(totalled(entry.form(), cells, false)), entry.previous(), submitting);
    }

    @PreAuthorize(FILERS)
    @Transactional
    public StatReport saveDraft(ReportEntry entry, Map<String, ReportCell> cells) {
        StatReport report = editable(entry);
        Map<String, ReportCell> cleaned = cleaned(entry.form(), cells);
        StatReport saved = report.isNew() ? workflow.start(report) : touch(report);
        values.replace(saved.getId(), entry.form(), cleaned);
        return saved;
    }

    /**
     * Stores new reports as drafts in one go (an import), each starting its timeline as a typed
     * draft does; returns their ids in the drafts' order. The caller writes their values.
     */
    @PreAuthorize(FILERS)
    @Transactional
    public List<Long> createDrafts(List<StatReport> drafts) {
        return workflow.startAll(drafts);
    }

    /**
     * Saves the values and submits them for review, provided the period is over and no check blocks:
     * errors always do, warnings until the value is explained in its note. When refused nothing is saved.
     */
    @PreAuthorize(FILERS)
    @Transactional
    public StatReport submit(ReportEntry entry, Map<String, ReportCell> cells) {
        StatReport report = editable(entry);
        if (!entry.form().periodEnd(report.getPeriodStart()).isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("period", "statistics.error.periodNotOver");
        }
        Map<String, ReportCell> cleaned = cleaned(entry.form(), cells);
        List<RuleViolation> blocking = ReportRules.blocking(
                ReportRules.check(entry.form(), valuesOf(cleaned), entry.previous(), true), notesOf(cleaned));
        if (!blocking.isEmpty()) {
            throw new ReportRejectedException(blocking);
        }
        StatReport saved = report.isNew() ? workflow.start(report) : report;
        values.replace(saved.getId(), entry.form(), cleaned);
        StatReport submitted = workflow.move(saved, ReportStatus.SUBMITTED, null);
        publish(ReportEvent.Kind.SUBMITTED, submitted, entry.form());
        return submitted;
    }

    @PreAuthorize(REVIEWERS)
    @Transactional
    public StatReport approve(StatReport report, String note) {
        StatReport current = current(report);
        ReportForm form = formOf(current);
        LevelApproval.Step step = levelApproval.next(form, current);
        String text = TextInput.optional(note, "note", REASON_MAX);
        if (step.status() == ReportStatus.LEVEL_APPROVED) {
            StatReport levelApproved = workflow.approveLevel(current, step.level(), text);
            publish(ReportEvent.Kind.LEVEL_APPROVED, levelApproved, form);
            return levelApproved;
        }
        StatReport approved = workflow.move(current, ReportStatus.APPROVED, text);
        publish(ReportEvent.Kind.APPROVED, approved, form);
        return approved;
    }

    /**
     * Whether the user may approve this report now: a reviewer who reaches it, at the next level the
     * form waits for or above it (the levels in between are approved with it).
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayApprove(StatReport report) {
        return mayReview() && report.getStatus().awaitsReview() && currentUser.require().canReach(report.getInstitutionId())
                && levelApproval.allows(formOf(report), report);
    }

    /** Sends a report waiting for review (at any level) back to the institution with the reason it must correct. */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public StatReport returnReport(StatReport report, String reason) {
        ReportStatus from = current(report).getStatus() == ReportStatus.LEVEL_APPROVED ? ReportStatus.LEVEL_APPROVED : ReportStatus.SUBMITTED;
        return backToTheInstitution(report, from, reason, ReportEvent.Kind.RETURNED);
    }

    /** Unlocks an approved report for correction: its values leave the dashboards until it is approved again. */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public StatReport reopen(StatReport report, String reason) {
        return backToTheInstitution(report, ReportStatus.APPROVED, reason, ReportEvent.Kind.REOPENED);
    }

    /** Returning and reopening both end in "returned"; what tells them apart is the state they start from. */
    private StatReport backToTheInstitution(StatReport report, ReportStatus from, String reason, ReportEvent.Kind kind) {
        StatReport current = current(report);
        if (current.getStatus() != from) {
            throw new InvalidFieldException("status", "workflow.error.notAllowed");
        }
        StatReport returned = workflow.move(current, ReportStatus.RETURNED, TextInput.required(reason, "reason", REASON_MAX));
        publish(kind, returned, formOf(returned));
        return returned;
    }

    /** Reports the user reaches, newest period first. */
    @PreAuthorize("isAuthenticated()")
    public List<ReportSummary> search(ReportFilter filter, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        // The page lies in the newest periods: find the period of its last row first (an index read), so that only
        // those periods are joined and sorted, not every report ever filed (350,000 at province scale).
        Optional<LocalDate> oldest = jdbc.sql("SELECT r.period_start FROM stat_report r WHERE " + where
                        + " ORDER BY r.period_start DESC LIMIT 1 OFFSET :last")
                .params(params).param("last", offset + limit - 1).query(LocalDate.class).optional();
        oldest.ifPresent(period -> params.put("oldest", period));
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(SUMMARY + " WHERE " + where + (oldest.isPresent() ? " AND r.period_start >= :oldest" : "")
                        + " ORDER BY r.period_start DESC, f.position, i.name_zh, r.id LIMIT :limit OFFSET :offset")
                .params(params).query(ReportService::summary).list();
    }

    @PreAuthorize("isAuthenticated()")
    public int count(ReportFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM stat_report r WHERE " + where(filter, params)).params(params).query(Integer.class).single();
    }

    /** Counts completeness afresh from the reports, after reports were changed outside the workflow (data loads, demo data). */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public void recountCompleteness() {
        completeness.recount();
    }

    @PreAuthorize("isAuthenticated()")
    public List<WorkflowTransition> timeline(long reportId) {
        StatReport report = reports.findById(reportId).orElseThrow(() -> new AccessDeniedException("No report " + reportId));
        currentUser.requireReach(report.getInstitutionId());
        return history.of(ReportWorkflow.ENTITY, reportId);
    }

    /** Whether the user may type into this report now. */
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(StatReport report) {
        AuthenticatedUser user = currentUser.require();
        boolean filer = user.role() == Role.COORDINATOR || (user.role().requiresInstitution() && user.canReach(report.getInstitutionId()));
        return filer && report.getStatus().isEditable();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayReview() {
        return currentUser.require().role() == Role.COORDINATOR;
    }

    private ReportEntry entry(ReportForm form, StatReport report) {
        Map<String, ReportCell> cells = report.isNew() ? Map.of() : values.of(report.getId());
        return new ReportEntry(form, institutionName(report.getInstitutionId()), report, cells,
                values.previous(form, report.getInstitutionId(), report.getPeriodStart()));
    }

    /** The stored report behind an entry, provided the user may change it now and nobody changed it meanwhile. */
    private StatReport editable(ReportEntry entry) {
        StatReport edited = entry.report();
        currentUser.requireReach(edited.getInstitutionId());
        if (!catalog.isAssigned(entry.form().id(), edited.getInstitutionId())) {
            throw new AccessDeniedException("Form " + entry.form().id() + " is not filed by institution " + edited.getInstitutionId());
        }
        StatReport report = edited;
        if (edited.isNew()) {
            Optional<StatReport> existing = reports.findByReportFormIdAndInstitutionIdAndPeriodStart(
                    edited.getReportFormId(), edited.getInstitutionId(), edited.getPeriodStart());
            if (existing.isPresent()) {
                throw new OptimisticLockingFailureException("Report was created meanwhile");
            }
        } else {
            report = current(edited);
        }
        if (!canEdit(report)) {
            throw new InvalidFieldException("status", "statistics.error.locked");
        }
        return report;
    }

    private StatReport current(StatReport report) {
        StatReport current = OptimisticLocking.unchanged(reports.findById(report.getId()), report, ReportWorkflow.ENTITY + " " + report.getId());
        currentUser.requireReach(current.getInstitutionId());
        return current;
    }

    private StatReport touch(StatReport report) {
        report.setUpdatedBy(currentUser.actorName());
        report.setUpdatedAt(LocalDateTime.now(clock));
        return reports.save(report);
    }

    /**
     * Cells of the form only (a disaggregated row's option cells included); negative or too large values and too
     * long notes refused at their row. A disaggregated element's value is the sum of its cells, whatever was sent for it.
     */
    private static Map<String, ReportCell> cleaned(ReportForm form, Map<String, ReportCell> cells) {
        Map<String, ReportCell> cleaned = new HashMap<>();
        form.elements().forEach(row -> {
            row.cells().forEach(cell -> clean(cell.element(), cells, cleaned));
            clean(row.element(), cells, cleaned);
        });
        return totalled(form, cleaned, true);
    }

    private static void clean(DataElement element, Map<String, ReportCell> cells, Map<String, ReportCell> cleaned) {
        String code = element.code();
        ReportCell cell = cells.get(code);
        if (cell == null) {
            return;
        }
        if (cell.value() != null && cell.value() < 0) {
            throw new InvalidFieldException(code, ReportRules.NEGATIVE);
        }
        if (cell.value() != null && cell.value() > ReportCell.VALUE_MAX) {
            throw new InvalidFieldException(code, "statistics.error.tooLarge");
        }
        if (cell.value() != null && !element.valueType().holds(cell.value())) {
            throw new InvalidFieldException(code, element.valueType() == ValueType.YES_NO ? "statistics.error.yesNo" : "statistics.error.percentRange");
        }
        cleaned.put(code, new ReportCell(cell.value(), TextInput.optional(cell.note(), code, ReportCell.NOTE_MAX)));
    }

    /**
     * The cells with each disaggregated element's value set to the sum of its option cells (empty while they all are);
     * a sum above the largest value is refused at the element when saving ({@code refuseTooLarge}), not while typing.
     */
    static Map<String, ReportCell> totalled(ReportForm form, Map<String, ReportCell> cells, boolean refuseTooLarge) {
        Map<String, ReportCell> totalled = new HashMap<>(cells);
        for (FormElement row : form.elements()) {
            if (!row.isDisaggregated()) {
                continue;
            }
            String code = row.element().code();
            Long total = null;
            for (OptionCell option : row.cells()) {
                ReportCell cell = cells.get(option.element().code());
                if (cell != null && cell.value() != null) {
                    total = (total == null ? 0 : total) + cell.value();
                }
            }
            if (refuseTooLarge && total != null && total > ReportCell.VALUE_MAX) {
                throw new InvalidFieldException(code, "statistics.error.tooLarge");
            }
            ReportCell own = cells.get(code);
            String note = own == null ? null : own.note();
            if (total == null && note == null) {
                totalled.remove(code);
            } else {
                totalled.put(code, new ReportCell(total, note));
            }
        }
        return totalled;
    }

    private static Map<String, Long> valuesOf(Map<String, ReportCell> cells) {
        Map<String, Long> result = new HashMap<>();
        cells.forEach((code, cell) -> {
            if (cell.value() != null) {
                result.put(code, cell.value());
            }
        });
        return result;
    }

    private static Map<String, String> notesOf(Map<String, ReportCell> cells) {
        Map<String, String> result = new HashMap<>();
        cells.forEach((code, cell) -> {
            if (cell.note() != null) {
                result.put(code, cell.note());
            }
        });
        return result;
    }

    /** The form as the report was filed: its own version's rows. */
    private ReportForm formOf(StatReport report) {
        return catalog.form(report.getReportFormId()).orElseThrow().forReport(report.getFormVersionId(), report.getPeriodStart());
    }

    private String institutionName(long institutionId) {
        return jdbc.sql("SELECT name_zh FROM institution WHERE id = :id").param("id", institutionId).query(String.class).single();
    }

    private void publish(ReportEvent.Kind kind, StatReport report, ReportForm form) {
        events.publishEvent(new ReportEvent(kind, report.getId(), form.nameZh() + " " + form.frequency().label(report.getPeriodStart()),
                report.getInstitutionId(), history.of(ReportWorkflow.ENTITY, report.getId()).getLast().id()));
    }

    private String where(ReportFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("r.institution_id IN (:reach)"));
        AuthenticatedUser user = currentUser.require();
        if (user.seesAllInstitutions()) {
            conditions.clear();
            conditions.add("1 = 1");
        } else {
            params.put("reach", currentUser.reachForQuery());
        }
        if (filter.reportFormId() != null) {
            conditions.add("r.report_form_id = :form");
            params.put("form", filter.reportFormId());
        }
        if (filter.institutionId() != null) {
            conditions.add("r.institution_id = :institution");
            params.put("institution", filter.institutionId());
        }
        if (filter.status() == ReportStatus.SUBMITTED) {
            conditions.add("r.status IN ('SUBMITTED', 'LEVEL_APPROVED')"); // 待审核: at any level
        } else if (filter.status() != null) {
            conditions.add("r.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.periodFrom() != null) {
            conditions.add("r.period_start >= :from");
            params.put("from", filter.periodFrom());
        }
        if (filter.periodTo() != null) {
            conditions.add("r.period_start <= :to");
            params.put("to", filter.periodTo());
        }
        return String.join(" AND ", conditions);
    }

    private static ReportSummary summary(ResultSet rs, int rowNum) throws SQLException {
        Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
        LocalDate period = rs.getObject("period_start", LocalDate.class);
        return new ReportSummary(rs.getLong("id"), rs.getLong("report_form_id"), rs.getString("name_zh"), rs.getString("name_en"), rs.getLong("institution_id"),
                rs.getString("institution_name"), period, frequency, ReportStatus.valueOf(rs.getString("status")), rs.getInt("return_count"),
                rs.getObject("first_submitted_at", LocalDateTime.class), rs.getObject("submitted_at", LocalDateTime.class),
                frequency.dueDate(period, rs.getInt("due_day")),
                rs.getString("approved_level") == null ? null : AreaLevel.valueOf(rs.getString("approved_level")));
    }
}
