package com.programdesk.program.overview.ui;

import com.programdesk.area.service.AreaService;
import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.base.domain.PhoneNumbers;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LazyTabSheet;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.expertise.service.CommentService;
import com.programdesk.expertise.service.ExpertiseService;
import com.programdesk.expertise.ui.CommentPanel;
import com.programdesk.expertise.ui.ExpertsPanel;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.activities.ui.ActivityEditor;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.program.plan.service.ProgramCopyService;
import com.programdesk.program.plan.service.ProgramDocumentService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.plan.ui.ProgramDocumentsPanel;
import com.programdesk.program.plan.ui.ProgramEditor;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.program.targets.ui.TargetEditor;
import com.programdesk.program.targets.ui.TargetProgressCard;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** One program: overview with its targets' progress and work streams, and its activities. */
@Route("programs")
@PermitAll
class ProgramView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProgramService programs;
    private final TargetService targets;
    private final ActivityService activities;
    private final InstitutionService institutions;
    private final AreaService areas;
    private final ProgramDocumentService documents;
    private final AttachmentService attachments;
    private final ProgramCopyService copies;
    private final CurrentUser currentUser;
    private boolean planner;
    private Program program;
    final Div targetList = new Div();

    private final ExpertiseService expertise;
    private final CommentService comments;
    private final List<ProgramSection> sections;

    ProgramView(ProgramService programs, TargetService targets, ActivityService activities, InstitutionService institutions,
                AreaService areas, ProgramDocumentService documents, AttachmentService attachments, ProgramCopyService copies,
                CurrentUser currentUser, ExpertiseService expertise, CommentService comments,
                ObjectProvider<ProgramSection> sections) {
        this.sections = sections.orderedStream().toList();
        this.copies = copies;
        this.expertise = expertise;
        this.comments = comments;
        this.programs = programs;
        this.documents = documents;
        this.attachments = attachments;
        this.areas = areas;
        this.institutions = institutions;
        this.targets = targets;
        this.activities = activities;
        this.currentUser = currentUser;
        addClassName("view");
        addClassName("program-view");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        program = programs.find(id).orElseThrow(NotFoundException::new);
        Role role = currentUser.require().role();
        planner = role == Role.ADMIN || role == Role.COORDINATOR;
        render();
    }

    private void render() {
        removeAll();
        List<WorkStream> streams = programs.workStreams(program.getId());
        Div header = new Div(new H2(program.getTitle()), statusBadge());
        header.addClassName("view-toolbar");
        if (planner) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new ProgramEditor(programs, areas, program, streams, saved -> reload()).open());
            header.add(edit);
            Button copy = new Button(getTranslation("program.copy.open"), VaadinIcon.COPY.create(),
                    e -> new ProgramCopyDialog(copies, program, targets.targets(program.getId()),
                            copied -> getUI().ifPresent(ui -> ui.navigate(ProgramView.class, copied.program().getId()))).open());
            header.add(copy);
            for (ProgramStatus next : program.getStatus().next()) {
                Button step = new Button(getTranslation("program.action." + next.name()), e -> changeStatus(next));
                header.add(step);
            }
        }
        header.add(new com.vaadin.flow.component.html.Anchor("good-practices?program=" + program.getId(), getTranslation("practice.ofProgram")));
        Paragraph facts = new Paragraph(String.join(" · ", List.of(
                program.getDocumentNumber() == null ? "" : program.getDocumentNumber(),
                program.getIssuers() == null ? "" : program.getIssuers(),
                DateFormats.date(program.getPeriodStart(), getLocale()) + " – " + DateFormats.date(program.getPeriodEnd(), getLocale())))
                .replaceAll("^( · )+", ""));
        facts.addClassName("secondary");
        Paragraph people = people();

        LazyTabSheet tabs = new LazyTabSheet();
        tabs.add(getTranslation("program.tab.overview"), overview(streams));
        tabs.add(getTranslation("program.tab.activities"), activityGrid());
        boolean keepsDocuments = planner && program.getStatus() != ProgramStatus.CLOSED;
        tabs.addLazy(getTranslation("program.tab.documents"), () -> new ProgramDocumentsPanel(documents, attachments, program, keepsDocuments));
        long programId = program.getId();
        tabs.addLazy(getTranslation("comment.title"), () -> new Div(new ExpertsPanel(expertise, programId, planner),
                new CommentPanel(comments, CommentTargetKind.PROGRAM, programId)));
        Program shown = program;
        for (ProgramSection section : sections) {
            tabs.addLazy(getTranslation(section.titleKey()), () -> section.create(shown, planner));
        }
        tabs.setSizeFull();
        add(header, facts);
        if (people != null) {
            add(people);
        }
        add(tabs);
    }

    /** 分管领导 and the contact person; the phone in full for the bureau, masked for everyone else (as in the directory). */
    private @Nullable Paragraph people() {
        List<String> parts = new ArrayList<>();
        if (program.getLeadName() != null && !program.getLeadName().isBlank()) {
            parts.add(getTranslation("program.field.leadName") + "：" + program.getLeadName());
        }
        if (program.getContactName() != null && !program.getContactName().isBlank()) {
            String phone = program.getContactPhone() == null || program.getContactPhone().isBlank() ? ""
                    : " " + (planner ? program.getContactPhone() : PhoneNumbers.mask(program.getContactPhone()));
            parts.add(getTranslation("program.field.contactName") + "：" + program.getContactName() + phone);
        }
        if (parts.isEmpty()) {
            return null;
        }
        Paragraph people = new Paragraph(String.join(" · ", parts));
        people.addClassNames("secondary", "program-people");
        return people;
    }

    private Div overview(List<WorkStream> streams) {
        Div targetsHeader = new Div(new H3(getTranslation("program.targets")));
        targetsHeader.addClassName("view-toolbar");
        if (planner && program.getStatus() != ProgramStatus.CLOSED) {
            Button add = new Button(getTranslation("target.new"), VaadinIcon.PLUS.create(),
                    e -> openTargetEditor(new Target(program.getId(), null, null, null, null), streams));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            targetsHeader.add(add);
        }
        targetList.removeAll();
        targetList.addClassName("target-list");
        List<TargetProgress> progress = targets.progress(program.getId());
        if (progress.isEmpty()) {
            targetList.add(new Paragraph(getTranslation("program.noTargets")));
        }
        for (TargetProgress p : progress) {
            TargetProgressCard card = new TargetProgressCard(p);
            if (planner) {
                card.addClassName("clickable");
                card.addClickListener(e -> openTargetEditor(p.target(), streams));
            }
            targetList.add(card);
        }
        Div overview = new Div(targetsHeader, targetList);
        if (!streams.isEmpty()) {
            OrderedList streamList = new OrderedList();
            streams.forEach(s -> streamList.add(new ListItem(s.getName())));
            overview.add(new H3(getTranslation("program.field.workStreams")), streamList);
        }
        if (program.getDescription() != null && !program.getDescription().isBlank()) {
            overview.add(new H3(getTranslation("program.field.description")), new Paragraph(program.getDescription()));
        }
        overview.addClassName("program-overview");
        return overview;
    }

    private Grid<CalendarEntry> activityGrid() {
        Grid<CalendarEntry> grid = new Grid<>(CalendarEntry.class, false);
        ActivityFilter filter = new ActivityFilter(program.getId(), null, null, null, null);
        grid.addColumn(e -> e.isDated() ? DateFormats.dateTimeToMinute(e.startsAt(), getLocale())
                : getTranslation("activity.window", DateFormats.date(e.windowStart(), getLocale()), DateFormats.date(e.windowEnd(), getLocale())))
                .setHeader(getTranslation("activity.field.when")).setFlexGrow(2);
        grid.addColumn(CalendarEntry::title).setHeader(getTranslation("activity.field.title")).setFlexGrow(4);
        grid.addColumn(e -> getTranslation(e.type().messageKey())).setHeader(getTranslation("activity.field.type")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.status().messageKey())).setHeader(getTranslation("activity.field.status")).setFlexGrow(1);
        grid.setItems(query -> activities.agenda(program.getPeriodStart(), program.getPeriodEnd(), filter, query.getOffset(), query.getLimit()).stream(),
                query -> activities.countAgenda(program.getPeriodStart(), program.getPeriodEnd(), filter));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> activities.find(e.getItem().id()).ifPresent(activity ->
                ActivityEditor.open(activities, programs, institutions, activity, () -> grid.getDataProvider().refreshAll())));
        grid.setSizeFull();
        return grid;
    }

    private void openTargetEditor(Target target, List<WorkStream> streams) {
        new TargetEditor(targets, institutions, program, target, streams, this::reload).open();
    }

    private void changeStatus(ProgramStatus next) {
        FormSave.run(() -> {
            program = programs.changeStatus(program, next, null);
            Notification.show(getTranslation("program.statusChanged", getTranslation(next.messageKey())));
        }, () -> Notification.show(getTranslation("error.conflict")));
        reload();
    }

    private void reload() {
        program = programs.find(program.getId()).orElseThrow(NotFoundException::new);
        render();
    }

    private Span statusBadge() {
        Span badge = new Span(getTranslation(program.getStatus().messageKey()));
        badge.getElement().getThemeList().add(program.getStatus() == ProgramStatus.ACTIVE ? "badge success" : "badge contrast");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return (program == null ? getTranslation("nav.programs") : program.getTitle()) + " | " + getTranslation("app.name");
    }
}
