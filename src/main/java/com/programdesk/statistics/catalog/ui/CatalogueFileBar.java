package com.programdesk.statistics.catalog.ui;

import com.programdesk.base.ui.Downloads;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The catalogue file on every catalogue page (目录文件): 导出目录 downloads the whole catalogue as JSON, 导入目录 opens the
 * dialog that checks a file and writes it on confirmation. {@code onImported} refreshes the page after a file was written.
 */
public class CatalogueFileBar extends Div {

    final Anchor export;
    final Button exportButton = new Button();
    final Button importButton = new Button();
    private final transient CatalogueFileActions file;
    private final Runnable onImported;

    public CatalogueFileBar(CatalogueFileActions file, Runnable onImported) {
        this.file = file;
        this.onImported = onImported;
        addClassName("catalogue-file-bar");
        exportButton.setText(getTranslation("catalogueFile.export"));
        exportButton.setIcon(VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export = new Anchor(Downloads.of(event -> {
            event.setFileName(file.fileName());
            event.setContentType("application/json");
            event.getOutputStream().write(file.export());
        }), "");
        export.add(exportButton);
        importButton.setText(getTranslation("catalogueFile.import"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importButton.addClickListener(e -> openImport());
        add(export, importButton);
    }

    void openImport() {
        new CatalogueImportDialog(file, onImported).open();
    }
}
