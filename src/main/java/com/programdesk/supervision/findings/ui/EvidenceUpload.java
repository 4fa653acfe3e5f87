package com.programdesk.supervision.findings.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.supervision.findings.domain.EvidenceFile;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence files chosen for a correction, held as temporary files until the correction is submitted:
 * the files and the correction are stored together or not at all.
 */
class EvidenceUpload extends Div {

    private final List<EvidenceFile> files = new ArrayList<>();
    private final Div list = new Div();
    final Paragraph error = new Paragraph();
    final Upload upload;

    EvidenceUpload(AttachmentService attachments) {
        addClassName("attachments");
        long maxMegabytes = attachments.maxMegabytes();
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> add(metadata.fileName(), file.toPath()));
        }));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxMegabytes * 1024 * 1024));
        com.programdesk.attachment.ui.AttachmentsPanel.acceptPhotosAndDocuments(upload);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("correction.addEvidence"))
                        .setMany(getTranslation("correction.addEvidence")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.drop")).setMany(getTranslation("attachment.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("attachment.error.tooLarge", maxMegabytes))
                        .setIncorrectFileType(getTranslation("attachment.error.type"))
                        .setTooManyFiles(getTranslation("attachment.error.type"))));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        error.addClassName("form-conflict");
        error.setVisible(false);
        list.addClassName("attachment-list");
        add(new Span(getTranslation("correction.field.evidence")), list, upload,
                new Span(getTranslation("attachment.allowed", maxMegabytes)), error);
        render();
    }

    /** Adds a received file; visible to tests, which cannot drive the browser's file chooser. */
    void add(String fileName, Path content) {
        files.add(new EvidenceFile(fileName, content));
        error.setVisible(false);
        upload.clearFileList(); // the list above names the file (with its remove button); the upload's own list would name it twice
        render();
    }

    List<EvidenceFile> files() {
        return List.copyOf(files);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** Forgets the chosen files and deletes their temporary copies. */
    void clear() {
        for (EvidenceFile file : files) {
            try {
                Files.deleteIfExists(file.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.clear();
        render();
    }

    private void render() {
        list.removeAll();
        for (EvidenceFile file : files) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                files.remove(file);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("action.delete"));
            Div row = new Div(new Span(file.fileName()), remove);
            row.addClassName("attachment-row");
            list.add(row);
        }
    }
}
