package com.programdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The upload field of the imports (reports, areas): one CSV or .xlsx file, kept in a temporary file until checked. */
public final class TableUpload {

    private TableUpload() {
    }

    /**
     * @param received called in the UI with the file's name and where it was stored
     * @param rejected called with the browser's reason when the file is refused before upload
     */
    public static Upload create(Component where, long maxBytes, BiConsumer<String, Path> received, Consumer<String> rejected) {
        long maxMegabytes = maxBytes / (1024 * 1024);
        Upload field = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> received.accept(metadata.fileName(), file.toPath()));
        }));
        field.setMaxFiles(1);
        field.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        field.setAcceptedFileTypes(".csv", ".xlsx");
        field.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(where.getTranslation("import.upload")).setMany(where.getTranslation("import.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(where.getTranslation("import.drop")).setMany(where.getTranslation("import.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(where.getTranslation("import.fatal.tooLarge", maxMegabytes))
                        .setIncorrectFileType(where.getTranslation("import.fatal.notATable"))
                        .setTooManyFiles(where.getTranslation("import.fatal.notATable"))));
        field.addFileRejectedListener(e -> rejected.accept(e.getErrorMessage()));
        return field;
    }
}
