package com.programdesk.statistics.forms.ui;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates or edits a report form: names, period type (fixed once a report exists), due day, approval
 * levels and its rows with their sections, in order. A change of rows applies from the period picked
 * in "valid from": reports already filed keep their version. Which institutions file it: areas (each
 * with everything below it, offered within the user's own area) × institution types, previewed as
 * "N 家机构" before saving; the hand-made list stays on the reports page. Works on a copy of the form.
 */
class FormEditor extends Dialog {

    private static final List<AreaLevel> BOTTOM_UP = List.of(AreaLevel.TOWNSHIP, AreaLevel.COUNTY, AreaLevel.CITY, AreaLevel.PROVINCE);

    final TextField code = FieldLimits.maxLength(new TextField(), ElementDefinition.CODE_MAX);
    final TextField nameZh = FieldLimits.maxLength(new TextField(), FormDefinition.NAME_ZH_MAX);
    final TextField nameEn = FieldLimits.maxLength(new TextField(), FormDefinition.NAME_EN_MAX);
    final Select<Frequency> frequency = new Select<>();
    final IntegerField dueDay = new IntegerField();
    final MultiSelectComboBox<AreaLevel> approvalLevels = new MultiSelectComboBox<>();
    final DatePicker validFrom = new DatePicker();
    final MultiSelectComboBox<AreaSummary> assignedAreas = new MultiSelectComboBox<>();
    final MultiSelectComboBox<InstitutionType> assignedTypes = new MultiSelectComboBox<>();
    final Span assignedCount = new Span();
    final ComboBox<DataElement> element = new ComboBox<>();
    final Button addElement = new Button(VaadinIcon.PLUS.create());
    final Grid<EditedRow> rows = new Grid<>();
    final Paragraph notice = new Paragraph();
    final Button save = new Button();
    final Button retire = new Button();
    final Button rules = new Button();
    final ConflictNotice conflict = new ConflictNotice();

    private final transient FormMaintenance forms;
    private final transient AreaService areas;
    private final Map<Long, DataElement> elements;
    private final FormDefinition original;
    private final boolean mayEdit;
    private final Runnable onSaved;
    private final List<EditedRow> edited = new ArrayList<>();
    private final FormErrors formErrors = new FormErrors();

    FormEditor(FormMaintenance forms, AreaService areas, List<DataElement> offered, List<DataElement> all, FormDefinition form,
               boolean mayEdit, Runnable onSaved) {
        this.forms = forms;
        this.areas = areas;
        this.elements = all.stream().collect(Collectors.toMap(DataElement::id, Function.identity()));
        this.original = form;
        this.mayEdit = mayEdit;
        this.onSaved = onSaved;
        setHeaderTitle(form.isNew() ? getTranslation("reportForm.new") : getTranslation("reportForm.editTitle", form.getNameZh()));
        setWidth("min(60rem, 95vw)");
        labels(form);
        element.setItems(offered.stream().sorted(Comparator.comparing(DataElement::code)).toList());
        element.setItemLabelGenerator(e -> e.code() + " · " + e.name(getLocale()));
        addElement.addClickListener(e -> addRow());
        form.getRows().forEach(row -> edited.add(new EditedRow(row.elementId(), row.sectionZh(), row.sectionEn())));
        configureRows();
        read(form);
        notice.addClassName("secondary");
        notice.setVisible(!mayEdit);
        notice.setText(getTranslation("reportForm.readOnly"));
        FormLayout layout = new FormLayout(code, frequency, nameZh, nameEn, dueDay, approvalLevels, validFrom);
        FormLayout assignment = new FormLayout(assignedAreas, assignedTypes);
        Div picker = new Div(element, addElement);
        picker.addClassName("view-toolbar");
        add(conflict, notice, layout, new H4(getTranslation("reportForm.assignment")), assignment, assignedCount, picker, rows);
        if (!mayEdit) {
            code.setReadOnly(true);
            nameZh.setReadOnly(true);
            nameEn.setReadOnly(true);
            dueDay.setReadOnly(true);
            frequency.setReadOnly(true);
            approvalLevels.setReadOnly(true);
            validFrom.setReadOnly(true);
            assignedAreas.setReadOnly(true);
            assignedTypes.setReadOnly(true);
            picker.setVisible(false);
        }
        footer();
    }

    private void labels(FormDefinition form) {
        code.setLabel(getTranslation("reportForm.field.code"));
        code.setReadOnly(!form.isNew());
        nameZh.setLabel(getTranslation("reportForm.field.nameZh"));
        nameEn.setLabel(getTranslation("reportForm.field.nameEn"));
        frequency.setLabel(getTranslation("reportForm.field.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        frequency.setReadOnly(form.getLastFiled() != null);
        frequency.setHelperText(form.getLastFiled() != null ? getTranslation("reportForm.help.frequencyFixed") : null);
        dueDay.setLabel(getTranslation("reportForm.field.dueDay"));
        dueDay.setMin(1);
        dueDay.setMax(28);
        approvalLevels.setLabel(getTranslation("reportForm.field.approvalLevels"));
        approvalLevels.setItems(BOTTOM_UP);
        approvalLevels.setItemLabelGenerator(level -> getTranslation(level.messageKey()));
        validFrom.setLabel(getTranslation("reportForm.field.validFrom"));
        validFrom.setHelperText(form.getLastFiled() == null ? getTranslation("reportForm.help.validFrom")
                : getTranslation("reportForm.help.validFromFiled", form.getFrequency().label(form.getLastFiled())));
        Long within = areas.ownArea().map(AreaSummary::id).orElse(null);
        assignedAreas.setLabel(getTranslation("reportForm.field.assignedAreas"));
        assignedAreas.setHelperText(getTranslation("reportForm.help.assignedAreas"));
        assignedAreas.setItems(q -> areas.search(q.getFilter().orElse(""), true, within, q.getOffset(), q.getLimit()).stream());
        assignedAreas.setItemLabelGenerator(a -> a.name(getLocale()) + " · " + a.code());
        assignedTypes.setLabel(getTranslation("reportForm.field.assignedTypes"));
        assignedTypes.setHelperText(getTranslation("reportForm.help.assignedTypes"));
        assignedTypes.setItems(InstitutionType.values());
        assignedTypes.setItemLabelGenerator(type -> getTranslation(type.messageKey()));
        assignedCount.addClassName("secondary");
        element.setLabel(getTranslation("reportForm.field.addElement"));
        element.setWidth("28rem");
        addElement.setAriaLabel(getTranslation("reportForm.addElement"));
    }

    private void read(FormDefinition form) {
        code.setValue(form.getCode());
        nameZh.setValue(form.getNameZh());
        nameEn.setValue(form.getNameEn());
        frequency.setValue(form.getFrequency());
        dueDay.setValue(form.getDueDay());
        approvalLevels.setValue(form.getApprovalLevels());
        LocalDate suggested = form.getLastFiled() == null ? form.getFrequency().periodStartOf(LocalDate.now())
                : form.getFrequency().next(form.getLastFiled());
        validFrom.setValue(suggested);
        assignedAreas.setValue(new java.util.LinkedHashSet<>(areas.summaries(form.getAssignedAreaIds()).values()));
        assignedTypes.setValue(new java.util.LinkedHashSet<>(form.getAssignedTypes()));
        assignedAreas.addValueChangeListener(e -> previewAssigned());
        assignedTypes.addValueChangeListener(e -> previewAssigned());
        previewAssigned();
    }

    /** "N 家机构" file the form with the rule as chosen (and the list as it is), before it is saved. */
    void previewAssigned() {
        FormDefinition form = typed();
        int count = forms.countAssigned(original.getId(), form.getAssignedAreaIds(), form.getAssignedTypes());
        assignedCount.setText(getTranslation("reportForm.assignedCount", count));
    }

    private void configureRows() {
        rows.addColumn(r -> label(r.elementId)).setHeader(getTranslation("reportForm.field.element")).setFlexGrow(3);
        rows.addComponentColumn(r -> sectionField(r.sectionZh, v -> r.sectionZh = v)).setHeader(getTranslation("reportForm.field.sectionZh"));
        rows.addComponentColumn(r -> sectionField(r.sectionEn, v -> r.sectionEn = v)).setHeader(getTranslation("reportForm.field.sectionEn"));
        rows.addComponentColumn(this::moveButtons).setAutoWidth(true).setFlexGrow(0);
        rows.setAllRowsVisible(true);
        rows.setEmptyStateText(getTranslation("reportForm.noRows"));
        rows.setItems(edited);
    }

    private String label(long elementId) {
        DataElement known = elements.get(elementId);
        return known == null ? String.valueOf(elementId) : known.code() + " · " + known.name(getLocale());
    }

    private TextField sectionField(String value, java.util.function.Consumer<String> set) {
        TextField field = new TextField();
        field.setValue(value == null ? "" : value);
        field.setReadOnly(!mayEdit);
        field.setWidthFull();
        field.addValueChangeListener(e -> set.accept(e.getValue()));
        return field;
    }

    private Div moveButtons(EditedRow row) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(row, -1));
        up.setAriaLabel(getTranslation("reportForm.moveUp"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(row, 1));
        down.setAriaLabel(getTranslation("reportForm.moveDown"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            edited.remove(row);
            rows.getDataProvider().refreshAll();
        });
        remove.setAriaLabel(getTranslation("reportForm.removeElement"));
        List.of(up, down, remove).forEach(b -> {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            b.setEnabled(mayEdit);
        });
        return new Div(up, down, remove);
    }

    void move(EditedRow row, int by) {
        int at = edited.indexOf(row);
        int to = at + by;
        if (at < 0 || to < 0 || to >= edited.size()) {
            return;
        }
        edited.remove(at);
        edited.add(to, row);
        rows.getDataProvider().refreshAll();
    }

    void addRow() {
        DataElement picked = element.getValue();
        if (picked == null || edited.stream().anyMatch(r -> r.elementId == picked.id())) {
            return;
        }
        String section = edited.isEmpty() ? null : edited.getLast().sectionZh;
        String sectionEn = edited.isEmpty() ? null : edited.getLast().sectionEn;
        edited.add(new EditedRow(picked.id(), section, sectionEn));
        element.clear();
        rows.getDataProvider().refreshAll();
    }

    private void footer() {
        formErrors.bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn).bind("frequency", frequency)
                .bind("dueDay", dueDay).bind("approvalLevels", approvalLevels).bind("validFrom", validFrom).bind("elements", element)
                .bind("assignedAreas", assignedAreas);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(mayEdit);
        if (!original.isNew()) {
            rules.setText(getTranslation("rule.openRules"));
            rules.addClickListener(e -> {
                close();
                UI.getCurrent().navigate(RuleListView.class, new RouteParameters("formId", String.valueOf(original.getId())));
            });
            getFooter().add(rules);
        }
        if (!original.isNew() && mayEdit) {
            retire.setText(getTranslation(original.isActive() ? "reportForm.retire" : "reportForm.reactivate"));
            retire.addThemeVariants(original.isActive() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            retire.getStyle().set("margin-inline-end", "auto");
            retire.addClickListener(e -> toggleActive());
            getFooter().add(retire);
        }
        getFooter().add(new Button(getTranslation(mayEdit ? "action.cancel" : "action.close"), e -> close()), save);
    }

    /** The form as typed: the fields' values and the rows in their order. */
    FormDefinition typed() {
        FormDefinition form = original.copy();
        form.setCode(code.getValue());
        form.setNameZh(nameZh.getValue());
        form.setNameEn(nameEn.getValue());
        form.setFrequency(frequency.getValue());
        form.setDueDay(Objects.requireNonNullElse(dueDay.getValue(), 0));
        form.setApprovalLevels(BOTTOM_UP.stream().filter(approvalLevels.getValue()::contains).toList());
        form.setValidFrom(validFrom.getValue());
        form.setAssignedAreaIds(assignedAreas.getValue().stream().map(AreaSummary::id).sorted().toList());
        form.setAssignedTypes(assignedTypes.getValue().stream().sorted().toList());
        form.setRows(edited.stream().map(r -> new FormRow(r.elementId, blankToNull(r.sectionZh), blankToNull(r.sectionEn))).toList());
        return form;
    }

    void save() {
        FormDefinition form = typed();
        FormSave.run(() -> {
            FormDefinition saved = forms.save(form);
            Notification.show(getTranslation("reportForm.saved", saved.getNameZh())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, e -> formErrors.show(e), () -> conflict.show(save));
    }

    void toggleActive() {
        boolean activating = !original.isActive();
        FormSave.run(() -> {
            forms.setActive(original, activating);
            Notification.show(getTranslation(activating ? "reportForm.reactivated" : "reportForm.retiredDone", original.getNameZh()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, e -> formErrors.show(e), () -> conflict.show(save));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A row while it is edited: sections change in place, the list's order is the rows' order. */
    static final class EditedRow {
        final long elementId;
        String sectionZh;
        String sectionEn;

        EditedRow(long elementId, String sectionZh, String sectionEn) {
            this.elementId = elementId;
            this.sectionZh = sectionZh;
            this.sectionEn = sectionEn;
        }
    }
}
