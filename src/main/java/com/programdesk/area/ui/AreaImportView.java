package com.programdesk.area.ui;

import com.programdesk.area.domain.AreaImportChange;
import com.programdesk.area.domain.AreaImportProblem;
import com.programdesk.area.domain.AreaImportSummary;
import com.programdesk.area.service.AreaImportService;
import com.programdesk.base.ui.Facts;
import com.programdesk.security.domain.Roles;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.programdesk.base.ui.TableUpload;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Imports areas from a CSV or Excel file of codes and names: the preview lists what would be added
 * or renamed and every problem by row; only a clean file can be confirmed, which writes it all.
 */
@Route("areas/import")
@RolesAllowed(Roles.ADMIN)
class AreaImportView extends Div implements HasDynamicTitle {

    final Upload upload;
    final Paragraph uploadError = new Paragraph();
    final Div result = new Div();
    final Paragraph verdict = new Paragraph();
    final Button confirm = new Button();
    final Button discard = new Button();
    final Grid<AreaImportProblem> problems = new Grid<>();
    final Grid<AreaImportChange> changes = new Grid<>();
    private final transient AreaImportService imports;
    private final long maxMegabytes;
    private @Nullable Path file;
    private String fileName = "";
    private @Nullable AreaImportSummary summary;

    AreaImportView(AreaImportService imports) {
        this.imports = imports;
        this.maxMegabytes = imports.maxBytes() / 1024 / 1024;
        addClassName("view");
        setSizeFull();
        upload = upload();
        uploadError.addClassName("form-conflict");
        uploadError.setVisible(false);
        confirm.setText(getTranslation("area.import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        discard.setText(getTranslation("import.discard"));
        discard.addClickListener(e -> discard());
        problems.addColumn(AreaImportProblem::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(AreaImportProblem::column).setHeader(getTranslation("import.column.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::message).setHeader(getTranslation("import.column.problem")).setFlexGrow(3);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.addColumn(AreaImportChange::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("area.import.column.change"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(AreaImportChange::code).setHeader(getTranslation("area.field.code")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> getTranslation(c.level().messageKey())).setHeader(getTranslation("area.field.level")).setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(this::names).setHeader(getTranslation("area.field.name")).setFlexGrow(3);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        result.addClassName("import-result");
        result.setVisible(false);

        Button back = new Button(getTranslation("nav.areas"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AreaListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div toolbar = new Div(new H2(getTranslation("area.import.title")), back);
        toolbar.addClassName("view-toolbar");
        Paragraph intro = new Paragraph(getTranslation("area.import.intro"));
        intro.addClassName("secondary");
        add(toolbar, intro, upload, new Span(getTranslation("area.import.allowed", maxMegabytes)), uploadError, result);
    }

    private Upload upload() {
        return TableUpload.create(this, imports.maxBytes(), this::received, this::showUploadError);
    }

    /** A file arrived: checks it and shows the preview. Visible to tests, which cannot drive the browser's file chooser. */
    void received(String name, Path content) {
        deleteFile();
        file = content;
        fileName = name;
        uploadError.setVisible(false);
        upload.clearFileList();
        show(imports.preview(content, name));
    }

    void confirm() {
        if (summary == null || !summary.canConfirm() || file == null) {
            return;
        }
        show(imports.confirm(file, fileName));
    }

    private void discard() {
        deleteFile();
        summary = null;
        result.setVisible(false);
        upload.clearFileList();
    }

    private void show(AreaImportSummary outcome) {
        summary = outcome;
        result.removeAll();
        if (outcome.isFatal()) {
            showUploadError(getTranslation(java.util.Objects.requireNonNull(outcome.fatalKey()), maxMegabytes));
            result.setVisible(false);
            deleteFile();
            return;
        }
        result.setVisible(true);
        confirm.setEnabled(outcome.canConfirm());
        Facts facts = new Facts()
                .add("import.summary.file", outcome.fileName())
                .add("import.summary.format", outcome.format() == null ? "" : getTranslation(outcome.format().messageKey()))
                .add("import.summary.rows", number(outcome.rows()))
                .add("area.import.summary.changes", getTranslation("area.import.summary.changeCounts", number(outcome.added()),
                        number(outcome.renamed()), number(outcome.unchanged())))
                .add("import.summary.problems", number(outcome.problemCount()));
        verdict.setText(verdictText(outcome));
        verdict.setClassName(outcome.problemCount() > 0 ? "form-conflict" : outcome.written() ? "import-done" : "");
        result.add(facts, verdict);
        if (!outcome.written()) {
            Div buttons = new Div(confirm, discard);
            buttons.addClassName("view-toolbar");
            result.add(buttons);
        }
        if (outcome.problemCount() > outcome.problems().size()) {
            result.add(new Paragraph(getTranslation("import.summary.listed", number(outcome.problemCount()), outcome.problems().size())));
        }
        showRows(problems, outcome.problems());
        if (!outcome.problems().isEmpty()) {
            result.add(new H3(getTranslation("area.import.problems")), problems);
        }
        showRows(changes, outcome.changes());
        if (!outcome.changes().isEmpty()) {
            result.add(new H3(getTranslation(outcome.written() ? "area.import.changed" : "area.import.changes")), changes);
        }
        if (outcome.written()) {
            deleteFile();
        }
    }

    private static <T> void showRows(Grid<T> grid, List<T> rows) {
        grid.setAllRowsVisible(rows.size() <= 10);
        grid.setHeight(rows.size() <= 10 ? null : "24rem");
        grid.setItems(q -> rows.subList(Math.min(q.getOffset(), rows.size()), Math.min(q.getOffset() + q.getLimit(), rows.size())).stream(),
                q -> rows.size());
    }

    private String verdictText(AreaImportSummary outcome) {
        if (outcome.written()) {
            return getTranslation("area.import.done", number(outcome.added()), number(outcome.renamed()));
        }
        if (outcome.problemCount() > 0) {
            return getTranslation("area.import.hasErrors");
        }
        return getTranslation(outcome.nothingToChange() ? "area.import.nothingToChange" : "area.import.ready");
    }

    private String message(AreaImportProblem problem) {
        return getTranslation(problem.kind().messageKey(), problem.detail(), String.valueOf(problem.otherRow()));
    }

    private String names(AreaImportChange change) {
        String name = change.nameZh() + (change.nameEn() == null ? "" : " / " + change.nameEn());
        return change.previousNameZh() == null ? name : getTranslation("area.import.renamedFrom", change.previousNameZh(), name);
    }

    private String number(long value) {
        return String.format(getLocale(), "%,d", value);
    }

    private void showUploadError(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    private void deleteFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        deleteFile();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("area.import.title") + " | " + getTranslation("app.name");
    }
}
