package com.programdesk.attachment.ui;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.attachment.service.StoredFile;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The files attached to one record: a list of downloads and, for those who may add files, an
 * upload area; where the record's rules allow, each file can be removed (after a confirmation).
 * The service checks every file's name, size and type, and who may read, add or remove.
 */
public class AttachmentsPanel extends Div {

    private final AttachmentService attachments;
    private final String ownerType;
    private final long ownerId;
    private final Div list = new Div();
    private final boolean removable;
    final Paragraph error = new Paragraph();

    public AttachmentsPanel(AttachmentService attachments, String ownerType, long ownerId, boolean canUpload) {
        this.attachments = attachments;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        addClassName("attachments");
        list.addClassName("attachment-list");
        error.addClassName("form-conflict");
        error.setVisible(false);
        removable = attachments.canRemove(ownerType, ownerId);
        add(new H3(getTranslation("attachment.title")), list);
        if (canUpload) {
            add(upload(), new Span(getTranslation("attachment.allowed", attachments.maxMegabytes())));
        }
        add(error);
        refresh();
    }

    private Upload upload() {
        Upload[] self = new Upload[1];
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            try {
                attachments.store(ownerType, ownerId, metadata.fileName(), file.toPath());
                ui.access(() -> {
                    error.setVisible(false);
                    refresh();
                    self[0].clearFileList(); // the list above shows the stored file; the upload's own list would show it twice
                });
            } catch (InvalidFieldException e) {
                ui.access(() -> showError(getTranslation(e.messageKey(), attachments.maxMegabytes())));
            } finally {
                file.delete();
            }
        }));
        self[0] = upload;
        limits(upload, attachments, this::showError);
        return upload;
    }

    /**
     * The limits every upload of a record's files shows in the browser before the service checks the file again:
     * the size, the accepted types and their messages; a file the browser refuses goes to {@code onRejected}.
     */
    public static Upload limits(Upload upload, AttachmentService attachments, java.util.function.Consumer<String> onRejected) {
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxMegabytes() * 1024 * 1024));
        acceptPhotosAndDocuments(upload);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("attachment.add")).setMany(upload.getTranslation("attachment.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("attachment.drop")).setMany(upload.getTranslation("attachment.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(upload.getTranslation("attachment.error.tooLarge", attachments.maxMegabytes()))
                        .setIncorrectFileType(upload.getTranslation("attachment.error.type"))
                        .setTooManyFiles(upload.getTranslation("attachment.error.type"))));
        upload.addFileRejectedListener(e -> onRejected.accept(e.getErrorMessage()));
        return upload;
    }

    /** The stored file as a download, under its own name and type (also the program's documents, program.plan.ui). */
    public static DownloadHandler download(AttachmentService attachments, long attachmentId) {
        return Downloads.of(event -> {
            StoredFile stored = attachments.open(attachmentId);
            event.setFileName(stored.fileName());
            event.setContentType(stored.contentType());
            event.setContentLength(stored.size());
            try (InputStream in = stored.content(); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        });
    }

    /**
     * The file types the portal stores: photos and PDF, Word and Excel files. {@code image/*} lets a phone offer its camera next
     * to its files (no {@code capture} attribute, which would allow only the camera); a photo type the portal does not store
     * (HEIC, GIF) is refused by its content on the server with the type message.
     */
    public static void acceptPhotosAndDocuments(Upload upload) {
        upload.setAcceptedFileTypes("image/*", ".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx");
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private Button removeButton(Attachment file) {
        Button remove = new Button(getTranslation("attachment.remove"), VaadinIcon.TRASH.create(), e -> confirmRemoving(file));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("attachment.remove.named", file.fileName()));
        remove.addClassName("attachment-remove");
        return remove;
    }

    private void confirmRemoving(Attachment file) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("attachment.remove.header"));
        confirm.setText(getTranslation("attachment.remove.text", file.fileName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("attachment.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> remove(file));
        confirm.open();
    }

    /** Removes a file; a record that no longer lets this user remove files (it was handed in meanwhile) says so above the list. */
    void remove(Attachment file) {
        try {
            attachments.remove(file.id());
            error.setVisible(false);
            Notification.show(getTranslation("attachment.removed", file.fileName()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccessDeniedException e) {
            showError(getTranslation("attachment.error.notRemovable"));
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Attachment> files = attachments.of(ownerType, ownerId);
        if (files.isEmpty()) {
            list.add(new Span(getTranslation("attachment.none")));
        }
        var people = com.programdesk.security.ui.People.of(files.stream().map(Attachment::uploadedBy));
        for (Attachment file : files) {
            long id = file.id();
            DownloadHandler download = download(attachments, id);
            Anchor link = new Anchor(download, file.fileName());
            Span meta = new Span(people.label(file.uploadedBy(), getLocale()) + " · " + DateFormats.dateTimeToMinute(file.uploadedAt(), getLocale())
                    + " · " + Math.max(1, file.sizeBytes() / 1024) + " KB");
            meta.addClassName("secondary");
            Div row = new Div(link, meta);
            if (removable) {
                row.add(removeButton(file));
            }
            row.addClassName("attachment-row");
            list.add(row);
        }
    }
}
