package com.programdesk.supervision.findings.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.attachment.ui.AttachmentsPanel;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.FormSave;
import com.programdesk.supervision.findings.domain.Correction;
import com.programdesk.supervision.findings.domain.Finding;
import com.programdesk.supervision.findings.service.FindingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bureau's review of a submitted correction: what the institution did, its evidence (which the
 * reviewer must open, or say why none is needed), then close the finding or return it with a reason.
 */
class ReviewDialog extends Dialog {

    final TextArea note = new TextArea();
    final Checkbox noEvidenceNeeded = new Checkbox();
    final Paragraph evidenceError = new Paragraph();
    final Button verify = new Button();
    final Button sendBack = new Button();
    private final FindingService findings;
    private final Finding finding;
    private final Runnable done;

    ReviewDialog(FindingService findings, AttachmentService attachments, Finding finding, Runnable done) {
        this.findings = findings;
        this.finding = finding;
        this.done = done;
        setHeaderTitle(getTranslation("finding.action.review"));
        setWidth("min(40rem, 95vw)");
        List<Correction> submitted = findings.corrections(finding.getId());
        Correction latest = submitted.getLast();
        Div facts = new Div(new Paragraph(finding.getCategory() + "：" + finding.getDescription()),
                labelled("correction.field.measures", latest.getMeasures()),
                labelled("correction.field.completedOn", DateFormats.date(latest.getCompletedOn(), getLocale())),
                labelled("correction.field.submitted", com.programdesk.security.ui.People.of(List.of(latest.getSubmittedBy()))
                        .label(latest.getSubmittedBy(), getLocale()) + " · "
                        + DateFormats.dateTimeToMinute(latest.getSubmittedAt(), getLocale())));
        facts.addClassName("review-facts");
        AttachmentsPanel evidence = new AttachmentsPanel(attachments, FindingService.EVIDENCE, latest.getId(), false);
        evidenceError.addClassName("form-conflict");
        evidenceError.setVisible(false);
        noEvidenceNeeded.setLabel(getTranslation("correction.field.noEvidenceNeeded"));
        note.setLabel(getTranslation("correction.field.reviewNote"));
        note.setHelperText(getTranslation("correction.reviewNote.help"));
        note.setMaxLength(Correction.NOTE_MAX);
        note.setWidthFull();
        add(facts, evidence, evidenceError, noEvidenceNeeded, note);
        verify.setText(getTranslation("finding.action.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        verify.addClickListener(e -> attempt(f -> findings.verify(f, note.getValue(), noEvidenceNeeded.getValue()), "finding.done.verified"));
        sendBack.setText(getTranslation("finding.action.return"));
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(e -> attempt(f -> findings.returnCorrection(f, note.getValue()), "finding.done.returned"));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), sendBack, verify);
    }

    private Div labelled(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("secondary");
        return new Div(label, new Span(" " + value));
    }

    private void attempt(Consumer<Finding> action, String doneKey) {
        evidenceError.setVisible(false);
        note.setInvalid(false);
        FormSave.run(() -> {
            action.accept(finding);
            close();
            done.run();
            com.programdesk.base.ui.StepDone.show(getTranslation(doneKey));
        }, ex -> {
            String message = getTranslation(ex.messageKey(), Correction.NOTE_MAX);
            if ("evidence".equals(ex.field()) || "status".equals(ex.field())) {
                evidenceError.setText(message);
                evidenceError.setVisible(true);
            } else {
                note.setErrorMessage(message);
                note.setInvalid(true);
                note.focus();
            }
        }, () -> {
            Notification.show(getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            close();
            done.run();
        });
    }
}
