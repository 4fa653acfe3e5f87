package com.programdesk.program.plan.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.program.plan.domain.ProgramDocument;
import com.programdesk.program.plan.service.ProgramDocumentService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Adds a document to a program: a title and its first file; a refused file is said under the upload and saves nothing. */
public class ProgramDocumentDialog extends Dialog {

    public final TextField title = FieldLimits.maxLength(new TextField(), ProgramDocument.TITLE_MAX);
    public final Upload upload;
    /** The problem with the file, shown under the upload (the upload has no error slot of its own). */
    public final Paragraph fileError = new Paragraph();
    public final Button save = new Button();

    private final ProgramDocumentService documents;
    private final AttachmentService attachments;
    private final long programId;
    private final Runnable onSaved;
    private final FormErrors formErrors = new FormErrors();
    private String fileName;
    private Path file;

    public ProgramDocumentDialog(ProgramDocumentService documents, AttachmentService attachments, long programId, Runnable onSaved) {
        this.documents = documents;
        this.attachments = attachments;
        this.programId = programId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("programDocument.add"));
        setWidth("min(32rem, 95vw)");
        title.setLabel(getTranslation("programDocument.field.title"));
        title.setPlaceholder(getTranslation("programDocument.placeholder.title"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        upload = new Upload(UploadHandler.toTempFile((metadata, uploaded) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> received(metadata.fileName(), uploaded.toPath()));
        }));
        ProgramDocumentsPanel.configure(upload, getTranslation("attachment.add"), attachments, this::showFileError);
        fileError.addClassName("form-conflict");
        fileError.setVisible(false);
        formErrors.bind("title", title);
        add(title, upload, new Span(getTranslation("attachment.allowed", attachments.maxMegabytes())), fileError);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                discard();
            }
        });
    }

    /** The uploaded file, kept until the document is saved or the dialog closes. */
    public void received(String name, Path uploaded) {
        discard();
        this.fileName = name;
        this.file = uploaded;
        fileError.setVisible(false);
    }

    public void save() {
        title.setInvalid(false);
        if (file == null) {
            showFileError(getTranslation("programDocument.error.noFile"));
            return;
        }
        FormSave.run(() -> {
            ProgramDocument saved = documents.add(programId, title.getValue(), fileName, file);
            Notification.show(getTranslation("programDocument.saved", saved.getTitle())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        }, e -> {
            if ("file".equals(e.field())) {
                showFileError(getTranslation(e.messageKey(), attachments.maxMegabytes()));
            } else {
                formErrors.show(e);
            }
        }, () -> showFileError(getTranslation("error.conflict")));
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system cleans it up
            }
            file = null;
        }
    }
}
