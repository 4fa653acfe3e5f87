package com.programdesk.statistics.reporting.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Facts;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.NoteDialog;
import com.programdesk.base.ui.RowLookup;
import com.programdesk.base.ui.TimelineEntry;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.RuleViolation;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.FilingService;
import com.programdesk.statistics.reporting.service.ReportRejectedException;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.workflow.domain.WorkflowTransition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One institution's report for one period (报表填报): the form as a compact grid by section with last
 * period's values, checked as the user types; draft, submit, and for the bureau approve, return and
 * reopen; every step as a timeline. Reached by its id or, before anything was entered, by form,
 * institution and period. Another institution's report shows "page not found".
 */
@Route("reports/:formId(\\d+)/:institutionId(\\d+)/:period")
@RouteAlias("reports/:reportId(\\d+)")
@PermitAll
class ReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final StatisticsCatalog catalog;
    private final FilingService filings;
    private final Clock clock;
    private ReportEntry entry;
    private boolean editable;
    /** The last refusal shown, closed once the user got it right. */
    private Notification refusal;
    EntryGrid grid;
    final Paragraph periodMessage = new Paragraph();
    final ConflictNotice conflict = new ConflictNotice();
    final Button save = new Button();
    final Button submit = new Button();
    final Div actions = new Div();

    ReportView(ReportService reports, StatisticsCatalog catalog, FilingService filings, Clock clock) {
        this.reports = reports;
        this.catalog = catalog;
        this.filings = filings;
        this.clock = clock;
        addClassName("view");
        addClassName("report-view");
        save.addClickListener(e -> saveDraft());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        Optional<Long> reportId = parameters.getLong("reportId");
        if (reportId.isPresent()) {
            entry = RowLookup.orNotFound(() -> reports.open(reportId.get()));
        } else {
            long formId = parameters.getLong("formId").orElseThrow(NotFoundException::new);
            long institutionId = parameters.getLong("institutionId").orElseThrow(NotFoundException::new);
            ReportForm form = RowLookup.orNotFound(() -> catalog.form(formId));
            LocalDate period = form.frequency().parse(parameters.get("period").orElse("")).orElseThrow(NotFoundException::new);
            entry = RowLookup.orNotFound(() -> openPeriod(form, institutionId, period));
        }
        render();
    }

    /** A period not yet started exists only for an institution that files the form. */
    private Optional<ReportEntry> openPeriod(ReportForm form, long institutionId, LocalDate period) {
        try {
            ReportEntry opened = reports.open(form.id(), institutionId, period);
            return opened.report().isNew() && !catalog.isAssigned(form.id(), institutionId) ? Optional.empty() : Optional.of(opened);
        } catch (InvalidFieldException e) {
            return Optional.empty();
        }
    }

    private void render() {
        removeAll();
        StatReport report = entry.report();
        editable = mayType(report);
        periodMessage.addClassName("form-conflict");
        periodMessage.setVisible(false);
        grid = new EntryGrid(reports, entry, editable);
        add(header(report), facts(report));
        latestReason().ifPresent(this::add);
        add(periodMessage, conflict, grid, actions());
        if (!report.isNew()) {
            add(timeline(report.getId()));
        }
    }

    /**
     * Whether the entry grid takes input: the report is editable for the user and filed by the
     * institution. The bureau reviews other institutions' reports rather than typing into them; it
     * fills in only its own forms (the population return).
     */
    private boolean mayType(StatReport report) {
        return filings.filesFor(report.getInstitutionId()) && reports.canEdit(report)
                && catalog.isAssigned(entry.form().id(), report.getInstitutionId());
    }

    private Div header(StatReport report) {
        Anchor back = new Anchor("reports", getTranslation("report.menu"));
        Span status = new Span(ReportBadges.statusLabel(this, report.isNew() ? null : report.getStatus(), report.getApprovedLevel()));
        status.getElement().getThemeList().add(ReportBadges.statusTheme(report.isNew() ? null : report.getStatus()));
        Div header = new Div(new H2(title()), status);
        if (report.isLate(entry.dueDate(), LocalDate.now(clock))) {
            header.add(badge("report.late", "badge error"));
        }
        if (report.getReturnCount() > 0 && report.getStatus() != ReportStatus.RETURNED) {
            Span returned = new Span(getTranslation("report.returnedTimes", report.getReturnCount()));
            returned.getElement().getThemeList().add("badge error");
            header.add(returned);
        }
        header.add(back);
        header.addClassName("view-toolbar");
        return header;
    }

    private Facts facts(StatReport report) {
        Facts facts = new Facts();
        facts.add("report.field.institution", entry.institutionName());
        facts.add("report.field.period", PeriodLabels.of(this, entry.form().frequency(), entry.periodStart()));
        facts.add("report.field.dueDate", DateFormats.date(entry.dueDate(), getLocale()));
        facts.add("report.field.status", ReportBadges.statusLabel(this, report.isNew() ? null : report.getStatus(), report.getApprovedLevel()));
        facts.add("report.field.returnCount", String.valueOf(report.getReturnCount()));
        if (report.getFirstSubmittedAt() != null) {
            facts.add("report.field.firstSubmittedAt", DateFormats.dateTimeToMinute(report.getFirstSubmittedAt(), getLocale()));
        }
        return facts;
    }

    /** Why a returned report came back: the latest reason, where the institution cannot miss it. */
    private Optional<Div> latestReason() {
        StatReport report = entry.report();
        if (report.isNew() || report.getStatus() != ReportStatus.RETURNED) {
            return Optional.empty();
        }
        return reports.timeline(report.getId()).reversed().stream()
                .filter(step -> ReportStatus.RETURNED.name().equals(step.toState()) && step.note() != null)
                .findFirst().map(step -> {
                    String key = ReportStatus.APPROVED.name().equals(step.fromState()) ? "report.reopenReason" : "report.returnReason";
                    Div reason = new Div(new Span(getTranslation(key, step.note())));
                    reason.addClassName("report-returned");
                    return reason;
                });
    }

    private Div actions() {
        actions.removeAll();
        actions.addClassName("view-toolbar");
        StatReport report = entry.report();
        if (editable) {
            save.setText(getTranslation("report.save"));
            submit.setText(getTranslation("report.submit"));
            save.setEnabled(true);
            submit.setEnabled(true);
            actions.add(save, submit);
        }
        if (reports.mayReview() && report.getStatus().awaitsReview() && !report.isNew()) {
            Button approve = new Button(getTranslation("report.action.approve"), e -> new NoteDialog(getTranslation("report.action.approve"),
                    getTranslation("report.field.approveNote"), getTranslation("report.action.approve"), false, ReportService.REASON_MAX,
                    note -> done(() -> reports.approve(entry.report(), note), "report.approved"), this::reload).open());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button back = new Button(getTranslation("report.action.return"), e -> new NoteDialog(getTranslation("report.action.return"),
                    getTranslation("report.field.returnReason"), getTranslation("report.action.return"), true, ReportService.REASON_MAX,
                    reason -> done(() -> reports.returnReport(entry.report(), reason), "report.returned"), this::reload).open());
            back.addThemeVariants(ButtonVariant.LUMO_ERROR);
            approve.setVisible(reports.mayApprove(report));
            actions.add(approve, back);
        }
        if (reports.mayReview() && report.getStatus() == ReportStatus.APPROVED && !report.isNew()) {
            actions.add(new Button(getTranslation("report.action.reopen"), e -> new NoteDialog(getTranslation("report.action.reopen"),
                    getTranslation("report.field.reopenReason"), getTranslation("report.action.reopen"), true, ReportService.REASON_MAX,
                    reason -> done(() -> reports.reopen(entry.report(), reason), "report.reopened"), this::reload).open()));
        }
        return actions;
    }

    /** Runs a review step; the dialog shows a refusal at its note, and closes and reloads the page once it went through. */
    private void done(Runnable step, String messageKey) {
        step.run();
        Notification.show(getTranslation(messageKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Div timeline(long reportId) {
        Div timeline = new Div(new H3(getTranslation("report.timeline")));
        timeline.addClassName("timeline");
        java.util.List<WorkflowTransition> steps = reports.timeline(reportId);
        var people = com.programdesk.security.ui.People.of(steps.stream().map(WorkflowTransition::actor));
        for (WorkflowTransition step : steps.reversed()) {
            timeline.add(new TimelineEntry(step.occurredAt(), people.label(step.actor(), getLocale()),
                    getTranslation("report.step." + step.fromState() + "." + step.toState()), step.note()));
        }
        return timeline;
    }

    void saveDraft() {
        grid.revalidate();
        if (grid.unreadable() > 0) {
            error(getTranslation("report.fixTyping", grid.unreadable()));
            return;
        }
        FormSave.run(() -> {
            StatReport saved = reports.saveDraft(entry, grid.readableCells());
            closeRefusal();
            Notification.show(getTranslation("report.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            entry = reports.open(saved.getId()).orElseThrow(NotFoundException::new);
            render();
        }, this::refused, this::conflicted);
    }

    void submit() {
        grid.submitting(true);
        periodMessage.setVisible(false);
        grid.revalidate();
        if (grid.unreadable() > 0) {
            error(getTranslation("report.fixTyping", grid.unreadable()));
            return;
        }
        Map<String, ReportCell> cells = grid.readableCells();
        try {
            FormSave.run(() -> {
                StatReport submitted = reports.submit(entry, cells);
                closeRefusal();
                Notification.show(getTranslation("report.submitted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                entry = reports.open(submitted.getId()).orElseThrow(NotFoundException::new);
                render();
            }, this::refused, this::conflicted);
        } catch (ReportRejectedException e) {
            List<RuleViolation> all = new ArrayList<>(reports.check(entry, cells, true));
            e.violations().stream().filter(v -> !all.contains(v)).forEach(all::add);
            grid.show(all);
            error(getTranslation("report.rejected", e.violations().size()));
        }
    }

    private void refused(InvalidFieldException e) {
        if ("period".equals(e.field())) {
            periodMessage.setText(getTranslation(e.messageKey()));
            periodMessage.setVisible(true);
            return;
        }
        Optional<EntryRow> row = grid.find(e.field());
        if (row.isPresent()) {
            row.get().show(List.of(getTranslation(e.messageKey(), ReportCell.NOTE_MAX)), List.of(), false);
            return;
        }
        error(getTranslation(e.messageKey()));
        if ("status".equals(e.field())) {
            reload();
        }
    }

    private void conflicted() {
        conflict.show(save);
        submit.setEnabled(false);
    }

    private void reload() {
        StatReport report = entry.report();
        entry = report.isNew()
                ? reports.open(report.getReportFormId(), report.getInstitutionId(), report.getPeriodStart())
                : reports.open(report.getId()).orElseThrow(NotFoundException::new);
        render();
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private String title() {
        return entry.form().name(getLocale()) + " · " + PeriodLabels.of(this, entry.form().frequency(), entry.periodStart());
    }

    /** The row of an element, for tests. */
    EntryRow row(String code) {
        return grid.row(code);
    }

    private void error(String text) {
        closeRefusal();
        refusal = Notification.show(text, 6000, Notification.Position.MIDDLE);
        refusal.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void closeRefusal() {
        if (refusal != null) {
            refusal.close();
            refusal = null;
        }
    }

    @Override
    public String getPageTitle() {
        return (entry == null ? getTranslation("report.menu") : title()) + " | " + getTranslation("app.name");
    }
}
