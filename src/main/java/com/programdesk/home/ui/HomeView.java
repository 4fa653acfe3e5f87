package com.programdesk.home.ui;

import com.programdesk.audit.domain.AuditFilter;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.domain.PhoneNumbers;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.program.targets.ui.TargetProgressCard;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.reporting.domain.ReportFilter;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.service.FilingService;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.supervision.findings.domain.FindingFilter;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.task.service.TaskService;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;

/** The start page: who you are, your institution, and how much of the portal you reach. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends Div implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, InstitutionService institutions, UserService users, AuditService audit,
             ProgramService programs, TargetService targets, TaskService tasks, FindingService findings, FilingService filings,
             ReportService reports) {
        addClassName("view");
        AuthenticatedUser user = currentUser.require();
        add(new H2(getTranslation("home.greeting", user.displayName())),
                new Paragraph(getTranslation("home.today", DateFormats.date(LocalDate.now(), getLocale()),
                        getTranslation(user.role().messageKey()))));

        if (user.institutionId() != null) {
            institutions.find(user.institutionId()).ifPresent(institution -> add(institutionCard(institution)));
        }

        Div stats = new Div();
        stats.addClassName("stat-cards");
        if (user.seesAllInstitutions()) {
            stats.add(stat("home.stat.institutions", institutions.countActive()));
        } else {
            stats.add(stat("home.stat.reachableInstitutions", user.reachableInstitutionIds().size()));
        }
        if (user.role() == Role.INSTITUTION || user.role() == Role.ASSOCIATION) {
            int[] openAndOverdue = tasks.openAndOverdue();
            stats.add(stat("home.stat.openTasks", openAndOverdue[0]));
            stats.add(stat("home.stat.overdueTasks", openAndOverdue[1]));
            int[] findingsToCorrect = findings.openAndOverdue();
            stats.add(stat("home.stat.openFindings", findingsToCorrect[0]));
            stats.add(stat("home.stat.overdueFindings", findingsToCorrect[1]));
            int[] reportsToFile = filings.toFileAndReturned();
            stats.add(stat("report.home.toFile", reportsToFile[0]));
            stats.add(stat("report.home.returned", reportsToFile[1]));
        }
        if (user.role() == Role.COORDINATOR) {
            stats.add(stat("home.stat.correctionsToReview", findings.count(
                    new FindingFilter(null, null, null, FindingStatus.SUBMITTED, false))));
            stats.add(stat("home.stat.overdueFindings", findings.count(new FindingFilter(null, null, null, null, true))));
            stats.add(stat("report.home.toReview", reports.count(new ReportFilter(null, null, ReportStatus.SUBMITTED, null, null))));
        }
        if (user.role() == Role.ADMIN) {
            stats.add(stat("home.stat.users", users.countEnabled()));
            stats.add(stat("home.stat.auditToday", audit.count(
                    new AuditFilter(null, null, null, LocalDate.now(), LocalDate.now()))));
        }
        add(stats);
        add(new Paragraph(getTranslation("home.role." + user.role().name())));
        if (!user.role().requiresInstitution()) {
            addTargetProgress(programs, targets);
        }
    }

    /** Coordinators, administrators and viewers see at once how the running programs (of their area) stand. */
    private void addTargetProgress(ProgramService programs, TargetService targets) {
        List<Program> running = programs.running().stream().filter(p -> p.getStatus() == ProgramStatus.ACTIVE).toList();
        if (running.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("home.targets")));
        for (Program program : running) {
            Anchor title = new Anchor("programs/" + program.getId(), program.getTitle());
            title.addClassName("home-program-title");
            Div list = new Div();
            list.addClassName("target-list");
            targets.progress(program).forEach(p -> list.add(new TargetProgressCard(p)));
            add(title, list);
        }
    }

    private Card institutionCard(Institution institution) {
        Card card = new Card();
        card.setTitle(new H3(institution.getNameZh()));
        card.setSubtitle(new Span(getTranslation(institution.getType().messageKey()) + " · " + institution.getCode()));
        if (institution.getAddress() != null) {
            card.add(new Paragraph(getTranslation("institution.field.address") + ": " + institution.getAddress()));
        }
        if (institution.getContactPerson() != null) {
            card.add(new Paragraph(getTranslation("institution.field.contactPerson") + ": " + institution.getContactPerson()
                    + " " + PhoneNumbers.mask(institution.getContactPhone())));
        }
        return card;
    }

    private Card stat(String labelKey, long value) {
        Card card = new Card();
        card.addClassName("stat-card");
        Span number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        card.setTitle(new Span(getTranslation(labelKey)));
        card.add(number);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
