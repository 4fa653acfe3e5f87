package com.programdesk.holiday.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.holiday.service.HolidayService;
import com.programdesk.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/** Holidays that deadlines counted in working days skip; administrators add the official days off each year. */
@Route("holidays")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 940, title = "nav.holidays", icon = "vaadin:calendar-o")
class HolidayView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 200;

    private final HolidayService holidays;
    final Grid<HolidayService.Holiday> grid = new Grid<>(HolidayService.Holiday.class, false);
    final DatePicker day = new LocalizedDatePicker();
    final TextField name = FieldLimits.maxLength(new TextField(), HolidayService.NAME_MAX);
    final Button add = new Button();

    HolidayView(HolidayService holidays) {
        this.holidays = holidays;
        addClassName("view");
        setSizeFull();
        day.setPlaceholder(getTranslation("holiday.day"));
        day.setAriaLabel(getTranslation("holiday.day"));
        name.setPlaceholder(getTranslation("holiday.name"));
        name.setAriaLabel(getTranslation("holiday.name"));
        add.setText(getTranslation("holiday.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        Div toolbar = new Div(new H2(getTranslation("nav.holidays")), day, name, add);
        toolbar.addClassName("view-toolbar");
        grid.addColumn(h -> DateFormats.date(h.day(), getLocale())).setHeader(getTranslation("holiday.day"));
        grid.addColumn(HolidayService.Holiday::name).setHeader(getTranslation("holiday.name"));
        grid.addComponentColumn(h -> new Button(getTranslation("action.delete"), e -> {
            holidays.remove(h.day());
            refresh();
        })).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        add(toolbar, new Paragraph(getTranslation("holiday.explain")), grid);
        refresh();
    }

    private void add() {
        day.setInvalid(false);
        name.setInvalid(false);
        try {
            holidays.add(day.getValue(), name.getValue());
            day.clear();
            name.clear();
            refresh();
        } catch (InvalidFieldException e) {
            var field = "day".equals(e.field()) ? day : name;
            field.setErrorMessage(getTranslation(e.messageKey(), HolidayService.NAME_MAX));
            field.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(holidays.from(LocalDate.now().withDayOfYear(1), SHOWN));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.holidays") + " | " + getTranslation("app.name");
    }
}
