package com.programdesk.program.plan.ui;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.attachment.ui.AttachmentsPanel;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.program.plan.domain.DocumentVersions;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramDocumentService;
import com.programdesk.security.ui.People;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A program's documents (the plan's PDF, a flowchart): each with its versions, newest first, every
 * version downloadable; the bureau adds documents and uploads new versions.
 */
public class ProgramDocumentsPanel extends Div {

    private final ProgramDocumentService documents;
    private final AttachmentService attachments;
    private final Program program;
    private final boolean canUpload;
    public final Div list = new Div();
    public final Paragraph error = new Paragraph();

    public ProgramDocumentsPanel(ProgramDocumentService documents, AttachmentService attachments, Program program, boolean canUpload) {
        this.documents = documents;
        this.attachments = attachments;
        this.program = program;
        this.canUpload = canUpload;
        addClassName("program-documents");
        Div header = new Div(new H3(getTranslation("programDocument.title")));
        header.addClassName("view-toolbar");
        if (canUpload) {
            Button add = new Button(getTranslation("programDocument.add"), VaadinIcon.PLUS.create(),
                    e -> new ProgramDocumentDialog(documents, attachments, program.getId(), this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(add);
        }
        error.addClassName("form-conflict");
        error.setVisible(false);
        add(header, error, list);
        refresh();
    }

    public void refresh() {
        list.removeAll();
        List<DocumentVersions> all = documents.documents(program.getId());
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("programDocument.none")));
        }
        var people = People.of(all.stream().flatMap(d -> d.versions().stream()).map(Attachment::uploadedBy));
        for (DocumentVersions document : all) {
            Div card = new Div(new H4(document.document().getTitle()));
            card.addClassName("program-document");
            int number = document.versions().size();
            for (Attachment file : document.versions()) {
                Anchor link = new Anchor(AttachmentsPanel.download(attachments, file.id()), file.fileName());
                Span label = new Span(getTranslation("programDocument.versionNumber", number--));
                label.getElement().getThemeList().add(number == document.versions().size() - 1 ? "badge success" : "badge contrast");
                Span meta = new Span(people.label(file.uploadedBy(), getLocale()) + " · "
                        + DateFormats.dateTimeToMinute(file.uploadedAt(), getLocale()) + " · " + Math.max(1, file.sizeBytes() / 1024) + " KB");
                meta.addClassName("secondary");
                Div row = new Div(label, link, meta);
                row.addClassName("attachment-row");
                card.add(row);
            }
            if (canUpload) {
                long id = document.document().getId();
                card.add(upload(getTranslation("programDocument.newVersion"), (name, path) -> documents.addVersion(id, name, path)));
            }
            list.add(card);
        }
    }

    private Upload upload(String caption, BiConsumer<String, Path> store) {
        Upload[] self = new Upload[1];
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            try {
                store.accept(metadata.fileName(), file.toPath());
                ui.access(() -> {
                    error.setVisible(false);
                    refresh();
                });
            } catch (InvalidFieldException e) {
                ui.access(() -> {
                    error.setText(getTranslation(e.messageKey(), attachments.maxMegabytes()));
                    error.setVisible(true);
                    self[0].clearFileList();
                });
            } finally {
                file.delete();
            }
        }));
        self[0] = upload;
        configure(upload, caption, attachments, message -> {
            error.setText(message);
            error.setVisible(true);
        });
        return upload;
    }

    /** The same limits the attachment feature checks, said before the upload starts. */
    static void configure(Upload upload, String caption, AttachmentService attachments, java.util.function.Consumer<String> onRejected) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxMegabytes() * 1024 * 1024));
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(caption).setMany(caption))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("attachment.drop"))
                        .setMany(upload.getTranslation("attachment.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(upload.getTranslation("attachment.error.tooLarge", attachments.maxMegabytes()))
                        .setIncorrectFileType(upload.getTranslation("attachment.error.type"))
                        .setTooManyFiles(upload.getTranslation("attachment.error.type"))));
        upload.addFileRejectedListener(e -> onRejected.accept(e.getErrorMessage()));
    }
}
