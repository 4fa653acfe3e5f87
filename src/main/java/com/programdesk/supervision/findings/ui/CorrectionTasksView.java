package com.programdesk.supervision.findings.ui;

import com.programdesk.security.domain.Roles;
import com.programdesk.supervision.findings.service.FindingService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** "整改任务": the supervision findings the user's institution must correct, by due date. */
@Route("corrections")
@RolesAllowed({Roles.INSTITUTION, Roles.ASSOCIATION})
@Menu(order = 55, title = "nav.corrections", icon = "vaadin:wrench")
class CorrectionTasksView extends Div implements HasDynamicTitle {

    final FindingGrid grid;

    CorrectionTasksView(FindingService findings, Clock clock) {
        addClassName("view");
        setSizeFull();
        grid = new FindingGrid(clock, false, true);
        grid.setItems(q -> findings.inbox(q.getOffset(), q.getLimit()).stream(), q -> findings.countInbox());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FindingView.class, e.getItem().id())));
        add(new H2(getTranslation("nav.corrections")), new Paragraph(getTranslation("finding.inbox.explain")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.corrections") + " | " + getTranslation("app.name");
    }
}
