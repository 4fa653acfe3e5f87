package com.programdesk.program.overview.ui;

import com.programdesk.program.plan.ui.ProgramEditor;

import com.programdesk.area.service.AreaService;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.SearchField;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;

/** All programs, newest first; the bureau creates new ones here. */
@Route("programs")
@PermitAll
@Menu(order = 100, title = "nav.programs", icon = "vaadin:clipboard-text")
class ProgramListView extends Div implements HasDynamicTitle {

    private final ProgramService programs;
    final SearchField search = new SearchField(getTranslation("program.search"), "18rem", this::refresh);
    final Grid<Program> grid = new Grid<>(Program.class, false);

    ProgramListView(ProgramService programs, AreaService areas, CurrentUser currentUser) {
        this.programs = programs;
        addClassName("view");
        setSizeFull();
        Div toolbar = new Div(new H2(getTranslation("nav.programs")), search);
        toolbar.addClassName("view-toolbar");
        Role role = currentUser.require().role();
        if (role == Role.ADMIN || role == Role.COORDINATOR) {
            Button add = new Button(getTranslation("program.new"), VaadinIcon.PLUS.create(),
                    e -> new ProgramEditor(programs, areas, new Program(), java.util.List.of(), saved ->
                            getUI().ifPresent(ui -> ui.navigate(ProgramView.class, saved.getId()))).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        grid.addColumn(Program::getTitle).setHeader(getTranslation("program.field.title")).setFlexGrow(4).setSortProperty("title")
                .setTooltipGenerator(Program::getTitle);
        grid.addColumn(Program::getDocumentNumber).setHeader(getTranslation("program.field.documentNumber")).setFlexGrow(2);
        grid.addColumn(p -> DateFormats.date(p.getPeriodStart(), getLocale()) + " – " + DateFormats.date(p.getPeriodEnd(), getLocale()))
                .setHeader(getTranslation("program.field.period")).setFlexGrow(3).setSortProperty("periodStart");
        grid.addColumn(StatusBadge.of(p -> p.getStatus() == ProgramStatus.ACTIVE, p -> getTranslation(p.getStatus().messageKey())))
                .setHeader(getTranslation("program.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProgramView.class, e.getItem().getId())));
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> programs.search(text, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) programs.count(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programs") + " | " + getTranslation("app.name");
    }
}
