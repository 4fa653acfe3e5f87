package com.programdesk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for a note (or a required reason) before one step of a workflow: submit, accept, return, reopen, comment. */
public class NoteDialog extends Dialog {

    public final TextArea note = new TextArea();
    public final Button confirm = new Button();
    private String confirmation;

    public NoteDialog(String title, String label, String confirmLabel, boolean required, int maxLength, Consumer<String> action,
                      Runnable done) {
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        note.setLabel(label);
        note.setMaxLength(maxLength);
        note.setRequiredIndicatorVisible(required);
        note.setWidthFull();
        add(note);
        confirm.setText(confirmLabel);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (required && note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("validation.required"));
                note.setInvalid(true);
                return;
            }
            FormSave.run(() -> {
                action.accept(note.getValue());
                close();
                done.run();
                if (confirmation != null) {
                    StepDone.show(confirmation);
                }
            }, ex -> {
                note.setErrorMessage(getTranslation(ex.messageKey()));
                note.setInvalid(true);
            }, () -> {
                Notification.show(getTranslation("error.conflict"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                close();
                done.run();
            });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    /** The text confirming the step once it is done (see {@link StepDone}). */
    public NoteDialog confirming(String text) {
        confirmation = text;
        return this;
    }
}
