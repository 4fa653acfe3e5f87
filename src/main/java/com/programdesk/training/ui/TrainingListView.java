package com.programdesk.training.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.training.service.TrainingService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.stream.IntStream;

/** The trainings (activities of type 培训班) of a year the user sees, with their roster size; a row opens the training. */
@Route("trainings")
@PermitAll
@Menu(order = 112, title = "nav.trainings", icon = "vaadin:academy-cap")
class TrainingListView extends Div implements HasDynamicTitle {

    final Grid<CalendarEntry> grid = new Grid<>(CalendarEntry.class, false);
    final Select<Integer> year = new Select<>();
    private final TrainingService trainings;

    TrainingListView(TrainingService trainings) {
        this.trainings = trainings;
        addClassName("view");
        setSizeFull();
        int thisYear = LocalDate.now().getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(trainings.openingYear(thisYear));
        year.setAriaLabel(getTranslation("training.year"));
        year.addValueChangeListener(e -> refresh());
        Div toolbar = new Div(new H2(getTranslation("nav.trainings")), year);
        toolbar.addClassName("view-toolbar");
        grid.addColumn(CalendarEntry::title).setHeader(getTranslation("activity.field.title")).setFlexGrow(3);
        grid.addColumn(e -> e.isDated() ? DateFormats.date(e.startsAt().toLocalDate(), getLocale())
                : DateFormats.date(e.windowStart(), getLocale()) + " – " + DateFormats.date(e.windowEnd(), getLocale()))
                .setHeader(getTranslation("training.column.date")).setAutoWidth(true);
        grid.addColumn(CalendarEntry::place).setHeader(getTranslation("activity.field.place")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.status().messageKey())).setHeader(getTranslation("activity.field.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TrainingView.class, e.getItem().id())));
        grid.setSizeFull();
        add(toolbar, new Paragraph(getTranslation("training.list.explain")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(trainings.trainings(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.trainings") + " | " + getTranslation("app.name");
    }
}
