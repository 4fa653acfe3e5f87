package com.programdesk.task.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Downloads;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.Roles;
import com.programdesk.task.domain.DecompositionRow;
import com.programdesk.task.service.TaskTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/** 任务分解表: a program's tasks laid out like the official table, printable on A4 landscape, exportable to Excel. */
@Route("task-table")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
@Menu(order = 125, title = "nav.taskTable", icon = "vaadin:table")
class DecompositionTableView extends Div implements HasDynamicTitle {

    private final TaskTable table;
    final ComboBox<Program> program = new ComboBox<>();
    /** One department's lines only (科室), from those the program's table names. */
    final ComboBox<String> department = new ComboBox<>();
    /** Each department's lines together, as a hospital lays out its own table. */
    final Checkbox byDepartment = new Checkbox();
    final Div sheet = new Div();

    DecompositionTableView(TaskTable table, ProgramService programs) {
        this.table = table;
        addClassName("view");
        addClassName("decomposition-view");
        program.setPlaceholder(getTranslation("activity.field.program"));
        program.setAriaLabel(getTranslation("activity.field.program"));
        program.setItems(programs.running());
        program.setItemLabelGenerator(Program::getTitle);
        program.setWidth("24rem");
        program.addValueChangeListener(e -> {
            if (department.getValue() != null) {
                department.clear(); // renders
            } else {
                render();
            }
        });
        department.setPlaceholder(getTranslation("task.table.allDepartments"));
        department.setAriaLabel(getTranslation("task.field.department"));
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> render());
        byDepartment.setLabel(getTranslation("task.table.byDepartment"));
        byDepartment.addValueChangeListener(e -> render());
        Button print = new Button(getTranslation("task.table.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        DownloadHandler xlsx = Downloads.of(event -> {
            event.setFileName(getTranslation("task.table.sheet") + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            if (program.getValue() != null) {
                table.writeXlsx(program.getValue().getId(), department.getValue(), byDepartment.getValue(), this::getTranslation,
                        event.getOutputStream());
            }
        });
        Anchor export = new Anchor(xlsx, getTranslation("task.table.export"));
        Div toolbar = new Div(new H2(getTranslation("nav.taskTable")), program, department, byDepartment, print, export);
        toolbar.addClassNames("view-toolbar", "no-print");
        sheet.addClassName("decomposition-sheet");
        add(toolbar, sheet);
        programs.running().stream().findFirst().ifPresent(program::setValue);
    }

    private void render() {
        sheet.removeAll();
        if (program.getValue() == null) {
            return;
        }
        sheet.add(new H2(program.getValue().getTitle() + " " + getTranslation("nav.taskTable")
                + (department.getValue() == null ? "" : "（" + department.getValue() + "）")));
        NativeTable grid = new NativeTable();
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("task.table.number", "activity.field.workStream", "task.field.title", "task.field.lead",
                "task.field.department", "task.field.cooperators", "task.field.responsiblePerson", "task.field.dueDate", "task.field.status")) {
            head.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        NativeTableHeader header = new NativeTableHeader(head);
        NativeTableBody body = new NativeTableBody();
        String previous = null;
        String previousDepartment = "";
        int number = 1;
        List<DecompositionRow> rows = table.rows(program.getValue().getId(), department.getValue(), byDepartment.getValue());
        if (department.getValue() == null) {
            // the departments the whole table names, offered as a filter (read with the table, no query of their own)
            department.setItems(rows.stream().map(DecompositionRow::department).filter(Objects::nonNull).distinct().sorted().toList());
        }
        for (DecompositionRow row : rows) {
            if (byDepartment.getValue() && !Objects.equals(previousDepartment, row.department())) {
                NativeTableCell heading = new NativeTableCell(row.department() == null ? getTranslation("task.table.noDepartment")
                        : row.lead() + " " + row.department());
                heading.getElement().setAttribute("colspan", "10");
                heading.addClassName("department-heading");
                body.add(new NativeTableRow(heading));
                previousDepartment = row.department();
                previous = null;
            }
            NativeTableRow line = new NativeTableRow(
                    new NativeTableCell(String.valueOf(number++)),
                    new NativeTableCell(Objects.equals(previous, row.workStream()) ? "" : row.workStream()),
                    new NativeTableCell(row.title()),
                    new NativeTableCell(row.lead()),
                    new NativeTableCell(row.department() == null ? "" : row.department()),
                    new NativeTableCell(row.cooperators() == null ? "" : row.cooperators()),
                    new NativeTableCell(row.responsiblePerson() == null ? "" : row.responsiblePerson()),
                    new NativeTableCell(DateFormats.date(row.dueDate(), getLocale())),
                    new NativeTableCell(getTranslation(row.status().messageKey())));
            previous = row.workStream();
            body.add(line);
        }
        grid.add(header, body);
        sheet.add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.taskTable") + " | " + getTranslation("app.name");
    }
}
