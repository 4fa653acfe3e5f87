package com.programdesk.task.ui;

import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Roles;
import com.programdesk.task.service.TaskService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** "我的任务": what the user's institution owes or helps with, the most urgent first. */
@Route("my-tasks")
@RolesAllowed({Roles.INSTITUTION, Roles.ASSOCIATION})
@Menu(order = 50, title = "nav.myTasks", icon = "vaadin:inbox")
class MyTasksView extends Div implements HasDynamicTitle {

    final TaskGrid grid;

    MyTasksView(TaskService tasks, InstitutionService institutions, Clock clock) {
        addClassName("view");
        setSizeFull();
        grid = new TaskGrid(institutions, clock, null);
        grid.setItems(q -> grid.withNames(tasks.inbox(q.getOffset(), q.getLimit())).stream(), q -> tasks.countInbox());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, e.getItem().id())));
        add(new H2(getTranslation("nav.myTasks")), new Paragraph(getTranslation("task.inbox.explain")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myTasks") + " | " + getTranslation("app.name");
    }
}
