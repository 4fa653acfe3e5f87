package com.programdesk.program.calendar.ui;

import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.springframework.data.domain.PageRequest;

/**
 * Reaching any month of the calendar at once instead of clicking "<" month by month: a year and a
 * month, "go to date", and a program's period as a shortcut (its first and last month).
 */
class CalendarJump extends Div {

    static final int FIRST_YEAR = 2000;

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<Integer> month = new ComboBox<>();
    final LocalizedDatePicker date = new LocalizedDatePicker();
    final ComboBox<Program> program = new ComboBox<>();
    final Button programStart = new Button();
    final Button programEnd = new Button();
    private final Consumer<LocalDate> go;
    private boolean showing;

    CalendarJump(ProgramService programs, LocalDate today, Consumer<LocalDate> go) {
        this.go = go;
        addClassName("calendar-jump");
        year.setAriaLabel(getTranslation("calendar.jump.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, today.getYear() + 5).boxed().toList());
        year.setItemLabelGenerator(y -> getTranslation("calendar.jump.yearLabel", String.valueOf(y)));
        year.setWidth("7.5rem");
        month.setAriaLabel(getTranslation("calendar.jump.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("calendar.jump.monthLabel", m));
        month.setWidth("6rem");
        year.addValueChangeListener(e -> jump(year.getValue(), month.getValue()));
        month.addValueChangeListener(e -> jump(year.getValue(), month.getValue()));
        date.setPlaceholder(getTranslation("calendar.jump.date"));
        date.setAriaLabel(getTranslation("calendar.jump.date"));
        date.setWidth("10rem");
        date.setMin(LocalDate.of(FIRST_YEAR, 1, 1));
        date.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                go.accept(e.getValue());
            }
        });
        program.setPlaceholder(getTranslation("calendar.jump.program"));
        program.setAriaLabel(getTranslation("calendar.jump.program"));
        program.setItems(q -> programs.search(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) programs.count(q.getFilter().orElse("")));
        program.setItemLabelGenerator(Program::getTitle);
        program.setClearButtonVisible(true);
        program.setWidth("14rem");
        program.addValueChangeListener(e -> showProgram(e.getValue(), true));
        programStart.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        programEnd.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        programStart.addClickListener(e -> go.accept(program.getValue().getPeriodStart()));
        programEnd.addClickListener(e -> go.accept(program.getValue().getPeriodEnd()));
        showProgram(null, false);
        add(year, month, date, program, programStart, programEnd);
    }

    /** Shows where the calendar is, without moving it again. */
    void show(LocalDate anchor) {
        showing = true;
        try {
            year.setValue(anchor.getYear());
            month.setValue(anchor.getMonthValue());
            date.clear();
        } finally {
            showing = false;
        }
    }

    private void jump(Integer y, Integer m) {
        if (!showing && y != null && m != null) {
            go.accept(LocalDate.of(y, m, 1));
        }
    }

    private void showProgram(Program chosen, boolean goToStart) {
        programStart.setVisible(chosen != null);
        programEnd.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        programStart.setText(getTranslation("calendar.jump.programStart", monthOf(chosen.getPeriodStart())));
        programEnd.setText(getTranslation("calendar.jump.programEnd", monthOf(chosen.getPeriodEnd())));
        if (goToStart) {
            go.accept(chosen.getPeriodStart());
        }
    }

    private String monthOf(LocalDate day) {
        return getTranslation("calendar.monthLabel", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()));
    }
}
