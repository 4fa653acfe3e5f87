package com.programdesk.program.calendar.ui;

import com.programdesk.base.ui.CountField;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.calendar.domain.ObservanceDay;
import com.programdesk.program.calendar.service.ObservanceDayService;
import com.programdesk.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The recurring observance days the calendar shows every year; administrators keep the list. */
@Route("observance-days")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 930, title = "nav.observanceDays", icon = "vaadin:star-o")
class ObservanceDayView extends Div implements HasDynamicTitle {

    private final ObservanceDayService service;
    final Grid<ObservanceDay> grid = new Grid<>(ObservanceDay.class, false);

    ObservanceDayView(ObservanceDayService service) {
        this.service = service;
        addClassName("view");
        setSizeFull();
        Button add = new Button(getTranslation("observance.new"), VaadinIcon.PLUS.create(), e -> new Editor(new ObservanceDay()).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(new H2(getTranslation("nav.observanceDays")), add);
        toolbar.addClassName("view-toolbar");
        grid.addColumn(d -> d.getMonthOfYear() + "." + d.getDayOfMonth()).setHeader(getTranslation("observance.field.date")).setAutoWidth(true);
        grid.addColumn(ObservanceDay::getNameZh).setHeader(getTranslation("observance.field.nameZh")).setFlexGrow(2);
        grid.addColumn(ObservanceDay::getNameEn).setHeader(getTranslation("observance.field.nameEn")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation(d.getActivityType().messageKey())).setHeader(getTranslation("observance.field.activityType"));
        grid.addColumn(StatusBadge.of(ObservanceDay::isActive, d -> getTranslation(d.isActive() ? "institution.active" : "institution.inactive")))
                .setHeader(getTranslation("institution.field.active")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> new Editor(e.getItem()).open());
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.observanceDays") + " | " + getTranslation("app.name");
    }

    /** Edits one observance day. */
    class Editor extends Dialog {

        final CountField month = new CountField(1, 12);
        final CountField day = new CountField(1, 31);
        final TextField nameZh = FieldLimits.maxLength(new TextField(), ObservanceDay.NAME_ZH_MAX);
        final TextField nameEn = FieldLimits.maxLength(new TextField(), ObservanceDay.NAME_EN_MAX);
        final ComboBox<ActivityType> type = new ComboBox<>();
        final Checkbox active = new Checkbox();
        final Button save = new Button();

        Editor(ObservanceDay original) {
            setHeaderTitle(getTranslation(original.isNew() ? "observance.new" : "observance.edit"));
            month.setLabel(getTranslation("observance.field.month"));
            day.setLabel(getTranslation("observance.field.day"));
            nameZh.setLabel(getTranslation("observance.field.nameZh"));
            nameEn.setLabel(getTranslation("observance.field.nameEn"));
            type.setLabel(getTranslation("observance.field.activityType"));
            type.setItems(ActivityType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            active.setLabel(getTranslation("institution.active"));
            Binder<ObservanceDay> binder = new Binder<>(ObservanceDay.class);
            String required = getTranslation("validation.required");
            binder.forField(month).asRequired(required).bind(ObservanceDay::getMonthOfYear, ObservanceDay::setMonthOfYear);
            binder.forField(day).asRequired(required).bind(ObservanceDay::getDayOfMonth, ObservanceDay::setDayOfMonth);
            binder.forField(nameZh).asRequired(required).bind(ObservanceDay::getNameZh, ObservanceDay::setNameZh);
            binder.forField(nameEn).bind(ObservanceDay::getNameEn, ObservanceDay::setNameEn);
            binder.forField(type).asRequired(required).bind(ObservanceDay::getActivityType, ObservanceDay::setActivityType);
            binder.forField(active).bind(ObservanceDay::isActive, ObservanceDay::setActive);
            if (original.isNew()) {
                original.setActivityType(ActivityType.CAMPAIGN_DAY);
            }
            binder.readBean(original);
            FormErrors errors = new FormErrors().bind("monthOfYear", month).bind("dayOfMonth", day).bind("nameZh", nameZh);
            add(new FormLayout(month, day, nameZh, nameEn, type, active));
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                ObservanceDay edited = original.copy();
                if (!binder.writeBeanIfValid(edited)) {
                    return;
                }
                FormSave.run(() -> {
                    service.save(edited);
                    close();
                    refresh();
                }, errors::show, () -> Notification.show(getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE));
            });
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }
    }
}
