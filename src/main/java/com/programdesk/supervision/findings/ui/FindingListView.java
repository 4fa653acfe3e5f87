package com.programdesk.supervision.findings.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Roles;
import com.programdesk.supervision.findings.domain.FindingFilter;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.findings.domain.FindingSummary;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.supervision.rounds.domain.RoundSummary;
import com.programdesk.supervision.rounds.service.RoundService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The bureau's findings: every round's problems, filtered by round, institution, severity, state and lateness; reviewed in place. */
@Route("findings")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
@Menu(order = 135, title = "nav.findings", icon = "vaadin:warning")
class FindingListView extends Div implements HasDynamicTitle {

    final ComboBox<RoundSummary> round = new ComboBox<>();
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final ComboBox<FindingSeverity> severity = new ComboBox<>();
    final ComboBox<FindingStatus> status = new ComboBox<>();
    final Checkbox overdueOnly = new Checkbox();
    final FindingGrid grid;
    private final FindingService findings;

    FindingListView(FindingService findings, RoundService rounds, InstitutionService institutions, AttachmentService attachments,
                    Clock clock) {
        this.findings = findings;
        addClassName("view");
        setSizeFull();
        grid = new FindingGrid(clock, true, true);
        round.setItems(rounds.recent());
        round.setItemLabelGenerator(RoundSummary::title);
        institution.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institution.setItemLabelGenerator(InstitutionSummary::label);
        severity.setItems(FindingSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setItems(FindingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        placeholder(round, "finding.field.round");
        placeholder(institution, "finding.field.institution");
        placeholder(severity, "finding.field.severity");
        placeholder(status, "finding.field.status");
        overdueOnly.setLabel(getTranslation("finding.filter.overdue"));
        overdueOnly.addValueChangeListener(e -> refresh());
        if (findings.mayReview()) {
            grid.addColumn(LitRenderer.<FindingSummary>of("<vaadin-button theme=\"small primary\" ?hidden=${!item.submitted}"
                                    + " @click=${e => { e.stopPropagation(); review(); }}>${item.label}</vaadin-button>")
                            .withProperty("submitted", f -> f.status() == FindingStatus.SUBMITTED)
                            .withProperty("label", f -> getTranslation("finding.action.review"))
                            .withFunction("review", f -> review(f, attachments)))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FindingView.class, e.getItem().id())));
        Div toolbar = new Div(new H2(getTranslation("nav.findings")), round, institution, severity, status, overdueOnly);
        toolbar.addClassName("view-toolbar");
        add(toolbar, grid);
        refresh();
    }

    private void placeholder(ComboBox<?> box, String key) {
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> refresh());
    }

    void review(FindingSummary summary, AttachmentService attachments) {
        findings.find(summary.id()).ifPresent(finding -> new ReviewDialog(findings, attachments, finding, this::refresh).open());
    }

    FindingFilter filter() {
        return new FindingFilter(round.getValue() == null ? null : round.getValue().id(),
                institution.getValue() == null ? null : institution.getValue().id(), severity.getValue(), status.getValue(),
                overdueOnly.getValue());
    }

    void refresh() {
        FindingFilter filter = filter();
        grid.setItems(q -> findings.search(filter, q.getOffset(), q.getLimit()).stream(), q -> findings.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.findings") + " | " + getTranslation("app.name");
    }
}
