package com.programdesk.statistics.catalog.ui;

import com.programdesk.statistics.catalog.domain.CatalogueChange;
import com.programdesk.statistics.catalog.domain.CatalogueChange.Action;
import com.programdesk.statistics.catalog.domain.CatalogueFileProblem;
import com.programdesk.statistics.catalog.domain.CatalogueImport;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Imports a catalogue file: the upload is checked as a whole at once (nothing written), then either every problem is
 * listed (item, property, message) or what the file would create, update, retire and bring back, with a button that
 * writes it all.
 */
class CatalogueImportDialog extends Dialog {

    final Upload upload;
    final Paragraph uploadError = new Paragraph();
    final Paragraph verdict = new Paragraph();
    final Grid<CatalogueFileProblem> problems = new Grid<>();
    final Grid<CatalogueChange> changes = new Grid<>();
    final Button confirm = new Button();
    final Button close = new Button();
    private final transient CatalogueFileActions file;
    private final Runnable onImported;
    private final long maxMegabytes = CatalogueFileActions.MAX_BYTES / 1024 / 1024;
    private byte @Nullable [] content;

    CatalogueImportDialog(CatalogueFileActions file, Runnable onImported) {
        this.file = file;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("catalogueFile.import.title"));
        setWidth("min(60rem, 95vw)");
        Paragraph intro = new Paragraph(getTranslation("catalogueFile.import.intro", maxMegabytes));
        intro.addClassName("secondary");
        upload = upload();
        uploadError.addClassName("form-conflict");
        uploadError.setVisible(false);
        verdict.setVisible(false);

        problems.addColumn(p -> getTranslation(p.kind().messageKey())).setHeader(getTranslation("catalogueFile.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(CatalogueFileProblem::code).setHeader(getTranslation("catalogueFile.column.code")).setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(CatalogueFileProblem::code);
        problems.addColumn(CatalogueFileProblem::property).setHeader(getTranslation("catalogueFile.column.property")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(this::message).setHeader(getTranslation("catalogueFile.column.problem")).setFlexGrow(3)
                .setTooltipGenerator(this::message);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        changes.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("catalogueFile.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(CatalogueChange::code).setHeader(getTranslation("catalogueFile.column.code")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(CatalogueChange::nameZh).setHeader(getTranslation("catalogueFile.column.name")).setFlexGrow(2);
        changes.addColumn(c -> getTranslation(c.action().messageKey())).setHeader(getTranslation("catalogueFile.column.change"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.setAllRowsVisible(true);
        changes.setVisible(false);

        confirm.setText(getTranslation("catalogueFile.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());
        close.setText(getTranslation("action.close"));
        close.addClickListener(e -> close());
        add(intro, upload, uploadError, verdict, problems, changes);
        getFooter().add(close, confirm);
    }

    private Upload upload() {
        Upload field = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> received(metadata.fileName(), data));
        }));
        field.setMaxFiles(1);
        field.setMaxFileSize((int) CatalogueFileActions.MAX_BYTES);
        field.setAcceptedFileTypes(".json", "application/json");
        field.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("catalogueFile.upload")).setMany(getTranslation("catalogueFile.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("catalogueFile.drop")).setMany(getTranslation("catalogueFile.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("catalogueFile.tooLarge", maxMegabytes))
                        .setIncorrectFileType(getTranslation("catalogueFile.notJsonFile"))
                        .setTooManyFiles(getTranslation("catalogueFile.notJsonFile"))));
        field.addFileRejectedListener(e -> {
            uploadError.setText(e.getErrorMessage());
            uploadError.setVisible(true);
        });
        return field;
    }

    /** A file arrived: checks it and shows what it would do. Visible to tests, which cannot drive the browser's file chooser. */
    void received(String name, byte[] data) {
        content = data;
        uploadError.setVisible(false);
        upload.clearFileList();
        show(file.check(data));
    }

    void confirm() {
        if (content == null) {
            return;
        }
        CatalogueImport outcome = file.importFile(content);
        show(outcome);
        if (outcome.written()) {
            content = null;
            Notification.show(getTranslation("catalogueFile.imported")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
        }
    }

    private void show(CatalogueImport outcome) {
        verdict.setVisible(true);
        verdict.setText(verdictText(outcome));
        verdict.setClassName(!outcome.problems().isEmpty() ? "form-conflict" : outcome.written() ? "import-done" : "");
        problems.setItems(outcome.problems());
        problems.setVisible(!outcome.problems().isEmpty());
        changes.setItems(outcome.changes());
        changes.setVisible(!outcome.changes().isEmpty());
        confirm.setEnabled(outcome.canConfirm());
        confirm.setVisible(!outcome.written());
    }

    private String verdictText(CatalogueImport outcome) {
        if (!outcome.problems().isEmpty()) {
            return getTranslation("catalogueFile.verdict.problems", outcome.problems().size());
        }
        if (outcome.changes().isEmpty()) {
            return getTranslation("catalogueFile.verdict.nothing", outcome.unchanged());
        }
        return getTranslation(outcome.written() ? "catalogueFile.verdict.done" : "catalogueFile.verdict.ready",
                outcome.count(Action.CREATE), outcome.count(Action.UPDATE), outcome.count(Action.RETIRE), outcome.count(Action.REACTIVATE),
                outcome.unchanged());
    }

    private String message(CatalogueFileProblem problem) {
        Object[] arguments = Arrays.stream(problem.args())
                .map(a -> a instanceof Frequency f ? getTranslation(f.messageKey()) : a).toArray();
        return getTranslation(problem.messageKey(), arguments);
    }
}
