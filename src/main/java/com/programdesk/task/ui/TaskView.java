package com.programdesk.task.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.attachment.ui.AttachmentsPanel;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Facts;
import com.programdesk.base.ui.NoteDialog;
import com.programdesk.base.ui.RowLookup;
import com.programdesk.base.ui.TimelineEntry;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.security.domain.AuthenticatedUser;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskEntry;
import com.programdesk.task.domain.TaskRollUp;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.task.domain.TimelineItem;
import com.programdesk.task.service.TaskService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One task: what is asked, of whom, by when; the actions the user's role allows; and the timeline
 * of state changes, progress updates and comments. A group task shows how its institutions stand.
 */
@Route("tasks")
@PermitAll
class TaskView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final com.programdesk.institution.service.DepartmentService departments;
    private final TaskService tasks;
    private final ProgramService programs;
    private final InstitutionService institutions;
    private final AttachmentService attachments;
    private final ActivityService activities;
    private final CurrentUser currentUser;
    private final Clock clock;
    private Task task;
    final Div actions = new Div();
    final Div timeline = new Div();

    TaskView(TaskService tasks, ProgramService programs, InstitutionService institutions, AttachmentService attachments,
             ActivityService activities, com.programdesk.institution.service.DepartmentService departments,
                 CurrentUser currentUser, Clock clock) {
        this.departments = departments;
        this.attachments = attachments;
        this.activities = activities;
        this.tasks = tasks;
        this.programs = programs;
        this.institutions = institutions;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("view");
        addClassName("detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        task = RowLookup.orNotFound(() -> tasks.find(id));
        render();
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        Span status = new Span(getTranslation(task.isGroup() ? "task.group" : task.getStatus().messageKey()));
        status.getElement().getThemeList().add(TaskBadges.statusTheme(task.getStatus()));
        Div header = new Div(new H2(task.getTitle()), status);
        if (!task.isGroup() && task.isOverdue(today)) {
            Span late = new Span(getTranslation("task.overdue"));
            late.getElement().getThemeList().add("badge error");
            header.add(late);
        }
        header.addClassName("view-toolbar");
        add(header, facts(), actions());
        if (task.getDescription() != null && !task.getDescription().isBlank()) {
            add(new Paragraph(task.getDescription()));
        }
        if (task.isGroup()) {
            add(group());
        } else {
            add(new AttachmentsPanel(attachments, "Task", task.getId(), tasks.isLead(task) && task.getStatus().isOpen()), timeline());
        }
    }

    private Facts facts() {
        Facts facts = new Facts();
        facts.add("activity.field.program", programs.find(task.getProgramId()).map(p -> p.getTitle()).orElse(""));
        if (!task.isGroup()) {
            facts.add("task.field.lead", names(List.of(task.getLeadInstitutionId())));
        }
        if (!task.cooperatorIds().isEmpty()) {
            facts.add("task.field.cooperators", names(task.cooperatorIds()));
        }
        if (task.getDepartmentId() != null) {
            departments.find(task.getDepartmentId()).ifPresent(d -> facts.add("task.field.department", d.getName()));
        }
        if (task.getResponsiblePerson() != null && !task.getResponsiblePerson().isBlank()) {
            facts.add("task.field.responsiblePerson", task.getResponsiblePerson());
        }
        facts.add("task.field.dueDate", DateFormats.date(task.getDueDate(), getLocale()));
        if (task.getActivityId() != null) {
            activities.find(task.getActivityId()).ifPresent(a -> facts.add("task.field.activity",
                    DateFormats.date(a.day(), getLocale()) + " " + a.getTitle()));
        }
        facts.add("task.field.priority", getTranslation(task.getPriority().messageKey()));
        if (!task.isGroup()) {
            ProgressBar bar = new ProgressBar(0, 100, task.getProgressPercent());
            bar.setWidth("10rem");
            facts.add("task.field.progress", new Div(bar, new Span(task.getProgressPercent() + "%")));
        }
        return facts;
    }

    private Div actions() {
        actions.removeAll();
        actions.addClassName("view-toolbar");
        AuthenticatedUser user = currentUser.require();
        boolean planner = user.role() == Role.ADMIN || user.role() == Role.COORDINATOR;
        TaskStatus status = task.getStatus();
        if (!task.isGroup() && tasks.isLead(task) && status.canMoveTo(TaskStatus.SUBMITTED)) {
            actions.add(button("task.action.progress", false, () -> new ProgressDialog(tasks, task, this::reload).open()));
            actions.add(button("task.action.submit", true, () -> new NoteDialog(getTranslation("task.action.submit"),
                    getTranslation("task.field.note"), getTranslation("task.action.submit"), false, TaskEntry.TEXT_MAX,
                    note -> tasks.submit(task, note), this::reload).confirming(getTranslation("task.done.submitted")).open()));
        }
        if (!task.isGroup() && tasks.isLead(task) && status.isOpen()) {
            actions.add(button("task.action.shareOut", false,
                    () -> new ShareOutDialog(tasks, departments, task, this::reload).open()));
        }
        if (planner && status == TaskStatus.SUBMITTED) {
            actions.add(button("task.action.accept", true, () -> new NoteDialog(getTranslation("task.action.accept"),
                    getTranslation("task.field.note"), getTranslation("task.action.accept"), false, TaskEntry.TEXT_MAX,
                    note -> tasks.accept(task, note), this::reload).confirming(getTranslation("task.done.accepted")).open()));
            actions.add(button("task.action.return", false, () -> new NoteDialog(getTranslation("task.action.return"),
                    getTranslation("task.field.returnReason"), getTranslation("task.action.return"), true, TaskEntry.TEXT_MAX,
                    reason -> tasks.returnForRework(task, reason), this::reload).confirming(getTranslation("task.done.returned")).open()));
        }
        if (planner && status.isOpen()) {
            actions.add(button("action.edit", false,
                    () -> new TaskEditor(tasks, programs, institutions, activities, departments, task, saved -> reload()).open()));
        }
        if (user.role() != Role.VIEWER && !task.isGroup()) {
            actions.add(button("task.action.comment", false, () -> new NoteDialog(getTranslation("task.action.comment"),
                    getTranslation("task.entry.COMMENT"), getTranslation("task.action.comment"), true, TaskEntry.TEXT_MAX,
                    text -> tasks.comment(task, text), this::reload).confirming(getTranslation("task.done.commented")).open()));
        }
        return actions;
    }

    private Button button(String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Div group() {
        TaskRollUp rollUp = tasks.rollUp(task.getId());
        Div group = new Div(new H3(getTranslation("task.rollUp", rollUp.count(TaskStatus.ACCEPTED), rollUp.total(), rollUp.overdue())));
        TaskGrid children = new TaskGrid(institutions, clock, null);
        children.setItems(children.withNames(tasks.children(task.getId())));
        children.setAllRowsVisible(true);
        children.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, e.getItem().id())));
        group.add(children);
        return group;
    }

    private Div timeline() {
        timeline.removeAll();
        timeline.addClassName("timeline");
        timeline.add(new H3(getTranslation("task.timeline")));
        List<TimelineItem> items = tasks.timeline(task.getId());
        var people = com.programdesk.security.ui.People.of(items.stream().map(TimelineItem::actor));
        for (TimelineItem item : items) {
            timeline.add(new TimelineEntry(item.at(), people.label(item.actor(), getLocale()),
                    getTranslation(item.kindKey()) + (item.percent() == null ? "" : " · " + item.percent() + "%"), item.detail()));
        }
        return timeline;
    }

    private String names(java.util.Collection<Long> ids) {
        return institutions.summariesOf(ids).stream().map(InstitutionSummary::nameZh).collect(Collectors.joining("、"));
    }

    private void reload() {
        task = tasks.find(task.getId()).orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    public String getPageTitle() {
        return (task == null ? getTranslation("nav.tasks") : task.getTitle()) + " | " + getTranslation("app.name");
    }
}
