package com.programdesk.statistics.reporting.ui;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 报表分配: the institutions listed to file a form (besides those its rule of areas × types in the form
 * editor matches), and the levels that approve it. Adding or removing one changes nothing already filed.
 */
class AssignmentPanel extends Div {

    /** The levels in the order reports climb them: township, county, city, province. */
    private static final List<AreaLevel> BOTTOM_UP = List.of(AreaLevel.TOWNSHIP, AreaLevel.COUNTY, AreaLevel.CITY, AreaLevel.PROVINCE);

    final ComboBox<ReportForm> form = new ComboBox<>();
    final ComboBox<InstitutionSummary> institution = new ComboBox<>();
    final Button addInstitution = new Button();
    final MultiSelectComboBox<AreaLevel> approvalLevels = new MultiSelectComboBox<>();
    final Grid<InstitutionSummary> assigned = new Grid<>(InstitutionSummary.class, false);
    final Paragraph total = new Paragraph();
    private final StatisticsCatalog catalog;
    private final InstitutionService institutions;

    AssignmentPanel(StatisticsCatalog catalog, InstitutionService institutions) {
        this.catalog = catalog;
        this.institutions = institutions;
        addClassName("tab-panel");
        List<ReportForm> forms = catalog.forms();
        form.setLabel(getTranslation("report.assign.form"));
        form.setItems(forms);
        form.setItemLabelGenerator(f -> f.name(getLocale()));
        form.setWidth("22rem");
        form.addValueChangeListener(e -> refresh());
        approvalLevels.setLabel(getTranslation("report.assign.approvalLevels"));
        approvalLevels.setHelperText(getTranslation("report.assign.approvalLevelsHelp"));
        approvalLevels.setItems(BOTTOM_UP);
        approvalLevels.setItemLabelGenerator(level -> getTranslation(level.messageKey()));
        approvalLevels.setWidth("22rem");
        approvalLevels.setReadOnly(!catalog.mayConfigureForms());
        approvalLevels.addValueChangeListener(e -> {
            if (e.isFromClient() && form.getValue() != null) {
                saveLevels(BOTTOM_UP.stream().filter(e.getValue()::contains).toList());
            }
        });
        institution.setLabel(getTranslation("report.assign.pick"));
        institution.setItems(q -> institutions.lookupAll(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institution.setItemLabelGenerator(InstitutionSummary::label);
        institution.setWidth("22rem");
        addInstitution.setText(getTranslation("report.assign.add"));
        addInstitution.setIcon(VaadinIcon.PLUS.create());
        addInstitution.addClickListener(e -> {
            if (institution.getValue() != null) {
                Set<Long> ids = assignedIds();
                ids.add(institution.getValue().id());
                save(ids);
                institution.clear();
            }
        });
        assigned.addColumn(InstitutionSummary::nameZh).setHeader(getTranslation("report.assign.institution")).setFlexGrow(3);
        assigned.addColumn(InstitutionSummary::code).setAutoWidth(true).setFlexGrow(0);
        assigned.addColumn(LitRenderer.<InstitutionSummary>of("<vaadin-button theme=\"small tertiary error\" @click=${remove}>${item.label}</vaadin-button>")
                        .withProperty("label", i -> getTranslation("report.assign.remove"))
                        .withFunction("remove", i -> remove(i)))
                .setAutoWidth(true).setFlexGrow(0);
        assigned.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        assigned.setEmptyStateText(getTranslation("report.assign.none"));
        assigned.setAllRowsVisible(true);
        Div picker = new Div(form, approvalLevels, institution, addInstitution);
        picker.addClassName("view-toolbar");
        total.addClassName("secondary");
        add(new Paragraph(getTranslation("report.assign.explain")), picker, total, assigned);
        if (!forms.isEmpty()) {
            form.setValue(forms.getFirst());
        }
    }

    void remove(InstitutionSummary removed) {
        Set<Long> ids = assignedIds();
        ids.remove(removed.id());
        save(ids);
    }

    private Set<Long> assignedIds() {
        return form.getValue() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(catalog.listedInstitutions(form.getValue().id()));
    }

    private void save(Set<Long> ids) {
        catalog.assign(form.getValue().id(), ids);
        Notification.show(getTranslation("report.assign.saved", form.getValue().name(getLocale())))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void saveLevels(List<AreaLevel> levels) {
        try {
            catalog.setApprovalLevels(form.getValue().id(), levels);
            approvalLevels.setInvalid(false);
            Notification.show(getTranslation("report.assign.approvalLevelsSaved", form.getValue().name(getLocale())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidFieldException refused) {
            approvalLevels.setErrorMessage(getTranslation(refused.messageKey()));
            approvalLevels.setInvalid(true);
        }
    }

    void refresh() {
        if (form.getValue() == null) {
            assigned.setItems(List.of());
            total.setText("");
            approvalLevels.clear();
            return;
        }
        approvalLevels.setValue(Set.copyOf(catalog.form(form.getValue().id()).map(ReportForm::approvalLevels).orElse(List.of())));
        total.setText(getTranslation("report.assign.total", catalog.assignedInstitutions(form.getValue().id()).size()));
        List<Long> ids = catalog.listedInstitutions(form.getValue().id());
        assigned.setItems(institutions.summariesOf(ids).stream()
                .sorted(Comparator.comparing(InstitutionSummary::code)).toList());
    }
}
