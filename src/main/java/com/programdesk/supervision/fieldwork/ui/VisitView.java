package com.programdesk.supervision.fieldwork.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.attachment.ui.AttachmentsPanel;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.CountField;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.base.ui.RowLookup;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.supervision.checklists.domain.ChecklistItem;
import com.programdesk.supervision.checklists.domain.ChecklistTemplate;
import com.programdesk.supervision.findings.domain.FindingFilter;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.supervision.findings.ui.FindingEditor;
import com.programdesk.supervision.findings.ui.FindingGrid;
import com.programdesk.supervision.findings.ui.FindingView;
import com.programdesk.supervision.rounds.domain.ItemResult;
import com.programdesk.supervision.rounds.domain.SupervisionRound;
import com.programdesk.supervision.rounds.domain.Visit;
import com.programdesk.supervision.rounds.domain.VisitResult;
import com.programdesk.supervision.rounds.service.RoundService;
import com.programdesk.supervision.rounds.service.VisitService;
import com.programdesk.user.domain.UserChoice;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A visit of one institution in a round: the checklist item by item (result, note, score), the
 * inspectors and date, photos, and the findings recorded — a non-compliant item becomes a finding
 * in one step. A self-inspection (机构自查) is the same page for the institution's own staff, without
 * inspectors; its non-compliant items become the institution's own findings (自查发现).
 */
@Route("supervision/:roundId/visits/:institutionId")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER, Roles.INSTITUTION, Roles.ASSOCIATION})
class VisitView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final VisitService visits;
    private final RoundService rounds;
    private final FindingService findings;
    private final StatisticsCatalog catalog;
    private final InstitutionService institutions;
    private final UserService users;
    private final AttachmentService attachments;
    private final Clock clock;
    private SupervisionRound round;
    private Visit visit;
    private String institutionName = "";
    final LocalizedDatePicker visitDate = new LocalizedDatePicker();
    final MultiSelectComboBox<UserChoice> inspectors = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    final TextArea summary = new TextArea();
    final List<ItemRow> items = new ArrayList<>();
    final Button save = new Button();
    private final ConflictNotice conflict = new ConflictNotice();
    private FormErrors errors;

    VisitView(VisitService visits, RoundService rounds, FindingService findings, InstitutionService institutions, UserService users,
              AttachmentService attachments, StatisticsCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.visits = visits;
        this.rounds = rounds;
        this.findings = findings;
        this.institutions = institutions;
        this.users = users;
        this.attachments = attachments;
        this.clock = clock;
        addClassName("view");
        addClassName("visit-view");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId").orElseThrow(NotFoundException::new);
        long institutionId = event.getRouteParameters().getLong("institutionId").orElseThrow(NotFoundException::new);
        round = RowLookup.orNotFound(() -> rounds.find(roundId));
        visit = RowLookup.orNotFound(() -> Optional.of(visits.visitOf(roundId, institutionId)));
        institutionName = institutions.summariesOf(List.of(institutionId)).stream().map(InstitutionSummary::nameZh).findFirst().orElse("");
        render();
    }

    private void render() {
        removeAll();
        items.clear();
        boolean editable = visits.canRecord(visit);
        Anchor back = new Anchor(ownSelfInspection() ? SelfInspectionListView.ROUTE : "supervision/" + round.getId(), round.getTitle());
        Div header = new Div(new H2(getTranslation("visit.title", institutionName)), back);
        header.addClassName("view-toolbar");
        visitDate.setLabel(getTranslation("visit.field.date"));
        visitDate.setValue(visit.getVisitDate());
        visitDate.setMax(LocalDate.now(clock));
        inspectors.setLabel(getTranslation(round.isSelfInspection() ? "visit.field.selfInspectors" : "round.field.inspectors"));
        inspectors.setItemLabelGenerator(UserChoice::displayName);
        List<UserChoice> recorded = users.choicesOf(visit.inspectorIds());
        inspectors.setItems(round.isSelfInspection() ? recorded : users.inspectorCandidates());
        inspectors.setValue(new HashSet<>(recorded));
        summary.setLabel(getTranslation("visit.field.summary"));
        summary.setMaxLength(Visit.SUMMARY_MAX);
        summary.setValue(Objects.requireNonNullElse(visit.getSummary(), ""));
        summary.setWidthFull();
        Div facts = new Div(visitDate, inspectors);
        facts.addClassName("view-toolbar");
        add(header, conflict, facts, summary, checklist(visits.checklistOf(visit), editable));
        errors = new FormErrors().bind("visitDate", visitDate).bind("inspectors", inspectors).bind("summary", summary);
        items.forEach(row -> errors.bind("note." + row.position, row.note).bind("score." + row.position, row.score));
        visitDate.setReadOnly(!editable);
        inspectors.setReadOnly(!editable || round.isSelfInspection());
        summary.setReadOnly(!editable);
        if (editable) {
            save.setText(getTranslation("visit.save"));
            save.setEnabled(true);
            Div bar = new Div(save);
            bar.addClassName("view-toolbar");
            add(bar);
        }
        if (visit.getId() != null) {
            add(new AttachmentsPanel(attachments, VisitService.PHOTOS, visit.getId(), editable), findingsOfVisit(editable));
        }
    }

    /** True when the page shows the institution's own self-inspection to its staff, who come from their list of self-inspections. */
    private boolean ownSelfInspection() {
        return round.isSelfInspection() && rounds.canRecord(round);
    }

    private Div checklist(ChecklistTemplate checklist, boolean editable) {
        Div list = new Div();
        list.addClassName("checklist");
        String category = null;
        for (int position = 0; position < checklist.getItems().size(); position++) {
            ChecklistItem item = checklist.item(position);
            if (!item.category().equals(category)) {
                category = item.category();
                list.add(new H3(category));
            }
            ItemRow row = new ItemRow(position, item, visit.resultOf(position).orElse(null), editable);
            items.add(row);
            list.add(row);
        }
        return list;
    }

    private void save() {
        if (items.stream().map(row -> row.score.check(false)).toList().contains(false)) {
            return;
        }
        Visit edited = visit.copy();
        edited.setVisitDate(visitDate.getValue());
        if (!round.isSelfInspection()) {
            edited.setInspectorIds(inspectors.getValue().stream().map(UserChoice::id).collect(Collectors.toSet()));
        }
        edited.setSummary(summary.getValue().isBlank() ? null : summary.getValue().strip());
        for (ItemRow row : items) {
            edited.putResult(row.position, row.result.getValue(), row.score.getValue(), row.note.getValue());
        }
        FormSave.run(() -> {
            visit = visits.save(edited);
            Notification.show(getTranslation("visit.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        }, ex -> errors.show(ex, VisitResult.NOTE_MAX), () -> conflict.show(save));
    }

    private Div findingsOfVisit(boolean editable) {
        FindingGrid grid = new FindingGrid(clock, false, false);
        FindingFilter filter = new FindingFilter(round.getId(), visit.getInstitutionId(), null, null, false);
        grid.setItems(q -> findings.search(filter, q.getOffset(), q.getLimit()).stream(), q -> findings.count(filter));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FindingView.class, e.getItem().id())));
        grid.setHeight("18rem");
        Div section = new Div(new H3(getTranslation("visit.findings")));
        if (editable) {
            Button add = new Button(getTranslation("finding.new"), e -> openFindingEditor(null));
            section.add(add);
        }
        section.add(grid);
        return section;
    }

    void openFindingEditor(Integer position) {
        new FindingEditor(findings, findings.draft(visit, position), catalog.indicators(), clock, saved -> {
            Notification.show(getTranslation("finding.recorded")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        }).open();
    }

    /** One checklist item: what to check, and what was found. */
    final class ItemRow extends Div {

        final int position;
        final RadioButtonGroup<ItemResult> result = new RadioButtonGroup<>();
        final TextField note = new TextField();
        final CountField score = new CountField(0, 0);
        final Button toFinding = new Button();

        ItemRow(int position, ChecklistItem item, VisitResult recorded, boolean editable) {
            this.position = position;
            addClassName("checklist-item");
            Span text = new Span(item.text());
            text.addClassName("checklist-text");
            Div what = new Div(text);
            if (item.guidance() != null) {
                Span guidance = new Span(item.guidance());
                guidance.addClassName("secondary");
                what.add(guidance);
            }
            result.setItems(ItemResult.values());
            result.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
            result.setAriaLabel(item.text());
            note.setPlaceholder(getTranslation("visit.field.note"));
            note.setAriaLabel(getTranslation("visit.field.note"));
            note.setMaxLength(VisitResult.NOTE_MAX);
            score.setPlaceholder(getTranslation("visit.field.points"));
            score.setAriaLabel(getTranslation("visit.field.score", item.maxScore() == null ? 0 : item.maxScore()));
            score.setVisible(item.maxScore() != null && (editable || recorded != null && recorded.score() != null));
            if (item.maxScore() != null) {
                score.setRange(0, item.maxScore());
                score.setSuffixComponent(new Span("/ " + item.maxScore()));
            }
            score.setWidth("8rem");
            if (recorded != null) {
                result.setValue(recorded.result());
                note.setValue(Objects.requireNonNullElse(recorded.note(), ""));
                score.setValue(recorded.score());
            }
            result.setReadOnly(!editable);
            note.setReadOnly(!editable);
            score.setReadOnly(!editable);
            toFinding.setText(getTranslation("visit.toFinding"));
            toFinding.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            toFinding.setVisible(editable && visit.getId() != null && recorded != null
                    && (recorded.result() == ItemResult.NON_COMPLIANT || recorded.result() == ItemResult.PARTLY));
            toFinding.addClickListener(e -> openFindingEditor(position));
            Div answer = new Div(result, score, toFinding, note);
            answer.addClassName("checklist-answer");
            add(what, answer);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visit.title", institutionName) + " | " + getTranslation("app.name");
    }
}
