package com.programdesk.statistics.reporting.ui;

import com.programdesk.base.ui.LazyTabSheet;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.service.CompletenessService;
import com.programdesk.statistics.reporting.service.FilingService;
import com.programdesk.statistics.reporting.service.ReportService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * 统计报表. Institutions see the forms they file with their recent periods; the bureau and viewers
 * review all reports, see completeness and timeliness, and coordinators assign forms to institutions.
 * In the workspace, since filing and reviewing are recurring daily work.
 */
@Route("reports")
@PermitAll
@Menu(order = 57, title = "report.menu", icon = "vaadin:file-table")
class ReportsView extends Div implements HasDynamicTitle {

    ReportList list;
    /** Built when first shown. */
    FilingList filings;
    CompletenessPanel completeness;
    AssignmentPanel assignment;
    LazyTabSheet tabs;

    ReportsView(CurrentUser currentUser, FilingService filingService, ReportService reports, CompletenessService completenessService,
                StatisticsCatalog catalog, InstitutionService institutions, Clock clock) {
        addClassName("view");
        setSizeFull();
        Div toolbar = new Div(new H2(getTranslation("report.menu")));
        toolbar.addClassName("view-toolbar");
        add(toolbar);
        AuthenticatedUser user = currentUser.require();
        if (user.role().requiresInstitution()) {
            filings = new FilingList(filingService, clock);
            add(filings);
            return;
        }
        tabs = new LazyTabSheet();
        tabs.setSizeFull();
        list = new ReportList(reports, catalog, institutions, clock);
        tabs.add(getTranslation("report.tab.review"), list);
        tabs.addLazy(getTranslation("report.tab.completeness"), () -> completeness = new CompletenessPanel(completenessService, catalog, clock));
        if (user.role() == Role.COORDINATOR || user.role() == Role.ADMIN) {
            tabs.addLazy(getTranslation("report.tab.assignment"), () -> assignment = new AssignmentPanel(catalog, institutions));
        }
        if (user.role() == Role.COORDINATOR) {
            tabs.addLazy(getTranslation("report.tab.own"), () -> filings = new FilingList(filingService, clock));
        }
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.menu") + " | " + getTranslation("app.name");
    }
}
