package com.programdesk.supervision.findings.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.attachment.ui.AttachmentsPanel;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Facts;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.base.ui.NoteDialog;
import com.programdesk.base.ui.RowLookup;
import com.programdesk.base.ui.TimelineEntry;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.expertise.service.CommentService;
import com.programdesk.expertise.ui.CommentPanel;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.service.PeopleNames;
import com.programdesk.security.ui.People;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.supervision.findings.domain.Correction;
import com.programdesk.supervision.findings.domain.CorrectionVerdict;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.findings.service.FindingService;
import com.programdesk.workflow.domain.WorkflowTransition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One finding and its correction loop: what was found and must be corrected, the institution's
 * corrections with evidence and the bureau's verdicts, and every step as a timeline.
 */
@Route("findings")
@PermitAll
public class FindingView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final FindingService findings;
    private final StatisticsCatalog catalog;
    private final InstitutionService institutions;
    private final AttachmentService attachments;
    private final Clock clock;
    private Finding finding;
    final Div actions = new Div();
    final TextArea measures = new TextArea();
    final LocalizedDatePicker completedOn = new LocalizedDatePicker();
    EvidenceUpload evidence;
    final Button submit = new Button();

    private final CommentService comments;

    FindingView(FindingService findings, InstitutionService institutions, AttachmentService attachments, StatisticsCatalog catalog,
                Clock clock, CommentService comments) {
        this.comments = comments;
        this.findings = findings;
        this.catalog = catalog;
        this.institutions = institutions;
        this.attachments = attachments;
        this.clock = clock;
        addClassName("view");
        addClassName("detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        finding = RowLookup.orNotFound(() -> findings.find(id));
        render();
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        Div header = new Div(new H2(finding.getCategory()), badge(finding.getStatus().messageKey(), FindingBadges.statusTheme(finding.getStatus())),
                badge(finding.getSeverity().messageKey(), FindingBadges.severityTheme(finding.getSeverity())));
        if (finding.isSelfFound()) {
            header.add(badge("finding.selfFound", "badge contrast"));
        }
        if (finding.isOverdue(today)) {
            header.add(badge("finding.overdue", "badge error"));
        }
        if (finding.getReturnCount() > 0) {
            Span returned = new Span(getTranslation("finding.returnedTimes", finding.getReturnCount()));
            returned.getElement().getThemeList().add("badge error");
            header.add(returned);
        }
        header.addClassName("view-toolbar");
        add(header, facts(), actions());
        if (findings.canSubmit(finding)) {
            add(correctionForm());
        }
        add(corrections(), new CommentPanel(comments, CommentTargetKind.FINDING, finding.getId()), timeline());
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Div facts() {
        Facts facts = new Facts();
        facts.add("finding.field.round", findings.roundTitle(finding));
        facts.add("finding.field.institution", institutions.summariesOf(List.of(finding.getInstitutionId())).stream()
                .map(InstitutionSummary::nameZh).findFirst().orElse(""));
        facts.add("finding.field.dueDate", DateFormats.date(finding.getDueDate(), getLocale()));
        if (finding.getIndicatorId() != null) {
            catalog.indicator(finding.getIndicatorId()).ifPresent(i -> facts.add("finding.field.indicator", i.name(getLocale())));
        }
        facts.add("finding.field.recordedBy", People.of(List.of(finding.getCreatedBy())).label(finding.getCreatedBy(), getLocale())
                + " · " + DateFormats.dateTimeToMinute(finding.getCreatedAt(), getLocale()));
        Div text = new Div(new H3(getTranslation("finding.field.description")), new Paragraph(finding.getDescription()),
                new H3(getTranslation("finding.field.requiredCorrection")), new Paragraph(finding.getRequiredCorrection()));
        return new Div(facts, text);
    }

    private Div actions() {
        actions.removeAll();
        actions.addClassName("view-toolbar");
        if (findings.mayReview() && !finding.isSelfFound() && finding.getStatus() == FindingStatus.SUBMITTED) {
            Button review = new Button(getTranslation("finding.action.review"),
                    e -> new ReviewDialog(findings, attachments, finding, this::reload).open());
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(review);
        }
        if (findings.mayReview() && finding.getStatus() == FindingStatus.CLOSED) {
            actions.add(new Button(getTranslation("finding.action.reopen"), e -> new NoteDialog(getTranslation("finding.action.reopen"),
                    getTranslation("finding.field.reopenReason"), getTranslation("finding.action.reopen"), true, Correction.NOTE_MAX,
                    reason -> findings.reopen(finding, reason), this::reload).confirming(getTranslation("finding.done.reopened")).open()));
        }
        if (findings.canCloseOwn(finding)) {
            Button close = new Button(getTranslation("finding.action.closeOwn"), e -> new NoteDialog(getTranslation("finding.action.closeOwn"),
                    getTranslation("finding.field.closeNote"), getTranslation("finding.action.closeOwn"), false, Correction.NOTE_MAX,
                    note -> findings.closeOwn(finding, note), this::reload).confirming(getTranslation("finding.done.closedOwn")).open());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(close);
        }
        if (findings.canSupervise(finding)) {
            actions.add(new Button(getTranslation("finding.action.supervise"), e -> new SuperviseDialog(findings, finding, clock, this::reload).open()));
        }
        if (findings.canEdit(finding)) {
            actions.add(new Button(getTranslation("action.edit"), e -> findings.find(finding.getId()).ifPresent(
                    fresh -> new FindingEditor(findings, fresh, catalog.indicators(), clock, saved -> reload()).open())));
        }
        return actions;
    }

    private Div correctionForm() {
        measures.setLabel(getTranslation("correction.field.measures"));
        measures.setMaxLength(Correction.MEASURES_MAX);
        measures.setRequiredIndicatorVisible(true);
        measures.setWidthFull();
        completedOn.setLabel(getTranslation("correction.field.completedOn"));
        completedOn.setRequiredIndicatorVisible(true);
        completedOn.setMax(LocalDate.now(clock));
        evidence = new EvidenceUpload(attachments);
        FormErrors errors = new FormErrors().bind("measures", measures).bind("completedOn", completedOn);
        submit.setText(getTranslation("correction.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            FormSave.run(() -> {
                findings.submitCorrection(finding, measures.getValue(), completedOn.getValue(), evidence.files());
                evidence.clear();
                Notification.show(getTranslation("correction.submitted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload();
            }, ex -> {
                if ("file".equals(ex.field())) {
                    evidence.showError(getTranslation(ex.messageKey(), attachments.maxMegabytes()));
                } else {
                    errors.show(ex, Correction.MEASURES_MAX);
                }
            }, () -> {
                Notification.show(getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                reload();
            });
        });
        Div form = new Div(new H3(getTranslation("correction.title")), measures, completedOn, evidence, submit);
        form.addClassName("correction-form");
        return form;
    }

    private Div corrections() {
        Div list = new Div(new H3(getTranslation("correction.history")));
        List<Correction> submitted = findings.corrections(finding.getId());
        if (submitted.isEmpty()) {
            list.add(new Paragraph(getTranslation("correction.none")));
        }
        PeopleNames.Lookup people = People.of(submitted.stream().flatMap(c -> java.util.stream.Stream.of(c.getSubmittedBy(), c.getReviewedBy())));
        Map<Long, Integer> commentCounts = comments.counts(CommentTargetKind.CORRECTION, submitted.stream().map(Correction::getId).toList());
        for (Correction correction : submitted.reversed()) {
            TimelineEntry item = new TimelineEntry(correction.getSubmittedAt(), people.label(correction.getSubmittedBy(), getLocale()),
                    getTranslation("correction.field.completedOn") + " " + DateFormats.date(correction.getCompletedOn(), getLocale()),
                    correction.getMeasures());
            if (correction.getVerdict() != null) {
                item.withHeadPart(badge(correction.getVerdict().messageKey(),
                        correction.getVerdict() == CorrectionVerdict.ACCEPTED ? "badge success" : "badge error"));
            }
            if (correction.getReviewNote() != null) {
                item.add(new Paragraph(getTranslation("correction.reviewedBy", people.label(correction.getReviewedBy(), getLocale()), correction.getReviewNote())));
            }
            item.add(new AttachmentsPanel(attachments, FindingService.EVIDENCE, correction.getId(), false));
            item.add(correctionComments(correction.getId(), commentCounts.getOrDefault(correction.getId(), 0)));
            list.add(item);
        }
        list.addClassName("timeline");
        return list;
    }

    /** "专家意见 (n)" under a correction: a toggle that opens the correction's thread (and, for its experts and the bureau, the field). */
    private Div correctionComments(long correctionId, int count) {
        Button toggle = new Button(getTranslation("comment.toggle", count));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("correction-comments-toggle");
        Div holder = new Div(toggle);
        holder.addClassName("correction-comments");
        int[] shown = {count};
        toggle.addClickListener(e -> {
            if (holder.getComponentCount() > 1) {
                holder.remove(holder.getComponentAt(1));
                return;
            }
            holder.add(new CommentPanel(comments, CommentTargetKind.CORRECTION, correctionId).withoutTitle()
                    .onPosted(() -> toggle.setText(getTranslation("comment.toggle", ++shown[0]))));
        });
        return holder;
    }

    private Div timeline() {
        Div timeline = new Div(new H3(getTranslation("finding.timeline")));
        timeline.addClassName("timeline");
        List<WorkflowTransition> steps = findings.timeline(finding.getId());
        PeopleNames.Lookup people = People.of(steps.stream().map(WorkflowTransition::actor));
        for (WorkflowTransition step : steps.reversed()) {
            timeline.add(new TimelineEntry(step.occurredAt(), people.label(step.actor(), getLocale()),
                    getTranslation("finding.step." + step.fromState() + "." + step.toState()), step.note()));
        }
        return timeline;
    }

    private void reload() {
        finding = findings.find(finding.getId()).orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    public String getPageTitle() {
        return (finding == null ? getTranslation("nav.findings") : finding.getCategory()) + " | " + getTranslation("app.name");
    }
}
