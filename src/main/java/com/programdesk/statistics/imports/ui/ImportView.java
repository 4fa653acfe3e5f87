package com.programdesk.statistics.imports.ui;

import com.programdesk.base.ui.Facts;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.imports.service.ReportImportService;
import com.programdesk.statistics.reporting.domain.ReportSummary;
import com.vaadin.flow.component.AttachEvent;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.programdesk.base.ui.TableUpload;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Imports a regional platform's export: the file is read and checked in the background (a progress
 * bar while the page polls), the preview lists what would change and every problem by row, and
 * only a clean file can be confirmed, which checks it again and writes it into draft reports.
 */
@Route("reports/import")
@RolesAllowed({Roles.COORDINATOR, Roles.INSTITUTION, Roles.ASSOCIATION})
@Menu(order = 58, title = "import.title", icon = "vaadin:upload")
class ImportView extends Div implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    final Upload upload;
    final Paragraph uploadError = new Paragraph();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Div result = new Div();
    final Paragraph verdict = new Paragraph();
    final Button confirm = new Button();
    final Button discard = new Button();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<ReportSummary> imported = new Grid<>();
    private final Div progressArea = new Div(progressBar, progressText);
    private final ReportImportService imports;
    private final long maxMegabytes;
    private Path file;
    private String fileName;
    private ImportSummary summary;
    private ImportProgress progress;
    private CompletableFuture<ImportSummary> job;
    private Registration polling;

    ImportView(ReportImportService imports) {
        this.imports = imports;
        this.maxMegabytes = imports.maxBytes() / 1024 / 1024;
        addClassName("view");
        setSizeFull();
        upload = upload();
        uploadError.addClassName("form-conflict");
        uploadError.setVisible(false);
        progressArea.addClassName("import-progress");
        progressArea.setVisible(false);
        confirm.setText(getTranslation("import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        discard.setText(getTranslation("import.discard"));
        discard.addClickListener(e -> discard());
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("import.column.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.column.column")).setAutoWidth(true);
        problems.addColumn(LitRenderer.<ImportProblem>of("<span theme=\"badge ${item.theme}\">${item.severity}</span>")
                        .withProperty("theme", p -> p.kind().isError() ? "error" : "contrast")
                        .withProperty("severity", p -> getTranslation(p.kind().severity().messageKey())))
                .setHeader(getTranslation("import.column.severity")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::message).setHeader(getTranslation("import.column.problem")).setFlexGrow(3);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        result.addClassName("import-result");
        result.setVisible(false);
        imported.addColumn(r -> r.formName(getLocale())).setHeader(getTranslation("import.column.form")).setAutoWidth(true);
        imported.addColumn(ReportSummary::institutionName).setHeader(getTranslation("import.column.institution")).setAutoWidth(true);
        imported.addColumn(ReportSummary::periodLabel).setHeader(getTranslation("import.column.period")).setAutoWidth(true);
        imported.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("import.column.status"));
        imported.addThemeVariants(GridVariant.LUMO_COMPACT);
        imported.setHeight("20rem");
        imported.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().id())));
        imported.setItems(q -> imports.importedReports(q.getOffset(), q.getLimit()).stream(), q -> imports.countImported());
        Div toolbar = new Div(new H2(getTranslation("import.title")));
        toolbar.addClassName("view-toolbar");
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("secondary");
        add(toolbar, intro, upload, new Span(getTranslation("import.allowed", maxMegabytes)), uploadError, progressArea, result,
                new H3(getTranslation("import.imported")), imported);
    }

    private Upload upload() {
        return TableUpload.create(this, imports.maxBytes(), this::received, this::showUploadError);
    }

    /** A file arrived: checks it in the background. Visible to tests, which cannot drive the browser's file chooser. */
    void received(String name, Path content) {
        deleteFile();
        file = content;
        fileName = name;
        uploadError.setVisible(false);
        result.setVisible(false);
        upload.clearFileList();
        start(imports.startPreview(file, fileName, newProgress()));
    }

    private void confirm() {
        if (summary == null || !summary.canConfirm() || file == null) {
            return;
        }
        confirm.setEnabled(false);
        discard.setEnabled(false);
        start(imports.startConfirm(file, fileName, newProgress()));
    }

    private void discard() {
        deleteFile();
        summary = null;
        result.setVisible(false);
        upload.clearFileList();
    }

    private ImportProgress newProgress() {
        progress = new ImportProgress();
        return progress;
    }

    private void start(CompletableFuture<ImportSummary> work) {
        job = work;
        progressArea.setVisible(true);
        showProgress();
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> poll());
            }
        });
    }

    /** Shows how far the background work has got, and its outcome once done. Called by the page's polling (and tests). */
    void poll() {
        if (job == null) {
            return;
        }
        if (!job.isDone()) {
            showProgress();
            return;
        }
        ImportSummary outcome = job.join();
        job = null;
        stopPolling();
        progressArea.setVisible(false);
        show(outcome);
    }

    /** The background check or write until a poll has shown its outcome (done or not); a completed one when there is none. */
    CompletableFuture<ImportSummary> backgroundWork() {
        return job == null ? CompletableFuture.completedFuture(null) : job;
    }

    private void showProgress() {
        double fraction = progress.fraction();
        progressBar.setIndeterminate(fraction < 0);
        if (fraction >= 0) {
            progressBar.setValue(fraction);
        }
        progressText.setText(getTranslation("import.progress." + progress.phase().name(), String.format(getLocale(), "%,d", progress.rows())));
    }

    private void show(ImportSummary outcome) {
        summary = outcome;
        result.removeAll();
        result.setVisible(true);
        confirm.setEnabled(outcome.canConfirm());
        discard.setEnabled(true);
        if (outcome.isFatal()) {
            showUploadError(getTranslation(outcome.fatalKey(), maxMegabytes));
            result.setVisible(false);
            deleteFile();
            return;
        }
        Facts facts = new Facts()
                .add("import.summary.file", outcome.fileName())
                .add("import.summary.format", getTranslation(outcome.format().messageKey()))
                .add("import.summary.shape", getTranslation(outcome.shape().messageKey()))
                .add("import.summary.rows", number(outcome.rows()))
                .add("import.summary.values", number(outcome.values()))
                .add("import.summary.reports", getTranslation("import.summary.reportCounts", outcome.reportsNew(), outcome.reportsChanged(),
                        outcome.reportsUnchanged()))
                .add("import.summary.valueChanges", getTranslation("import.summary.valueCounts", number(outcome.valuesNew()),
                        number(outcome.valuesUpdated()), number(outcome.valuesUnchanged())))
                .add("import.summary.problems", getTranslation("import.summary.problemCounts", number(outcome.errors()), number(outcome.warnings())));
        verdict.setText(verdictText(outcome));
        verdict.setClassName(outcome.errors() > 0 ? "form-conflict" : outcome.written() ? "import-done" : "");
        Div buttons = new Div(confirm, discard);
        buttons.addClassName("view-toolbar");
        result.add(facts, new Paragraph(countsByKind(outcome)), verdict);
        if (!outcome.written()) {
            result.add(buttons);
        }
        if (outcome.problemCount() > outcome.problems().size()) {
            result.add(new Paragraph(getTranslation("import.summary.listed", number(outcome.problemCount()), outcome.problems().size())));
        }
        List<ImportProblem> listed = outcome.problems();
        problems.setAllRowsVisible(listed.size() <= 10);
        problems.setHeight(listed.size() <= 10 ? null : "24rem");
        problems.setItems(q -> listed.subList(Math.min(q.getOffset(), listed.size()), Math.min(q.getOffset() + q.getLimit(), listed.size()))
                .stream(), q -> listed.size());
        if (!listed.isEmpty()) {
            result.add(problems);
        }
        if (outcome.written()) {
            deleteFile();
            upload.clearFileList();
            imported.getDataProvider().refreshAll();
        }
    }

    private String verdictText(ImportSummary outcome) {
        if (outcome.written()) {
            return getTranslation("import.done", outcome.reportsNew(), outcome.reportsChanged(), number(outcome.valuesNew()),
                    number(outcome.valuesUpdated()), number(outcome.valuesUnchanged()));
        }
        if (outcome.errors() > 0) {
            return getTranslation("import.hasErrors");
        }
        return getTranslation(outcome.nothingToUpdate() ? "import.nothingToUpdate" : "import.ready");
    }

    private String countsByKind(ImportSummary outcome) {
        return outcome.problemCounts().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(ImportProblemKind::ordinal)))
                .map(e -> getTranslation(e.getKey().labelKey()) + " " + number(e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private String message(ImportProblem problem) {
        return getTranslation(problem.kind().messageKey(), problem.detail(getLocale()));
    }

    private String number(long value) {
        return String.format(getLocale(), "%,d", value);
    }

    private void showUploadError(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (polling != null) {
            polling.remove();
            polling = null;
        }
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
    protected void onAttach(AttachEvent event) {
        if (job != null) {
            start(job);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        if (job != null) {
            Path left = file;
            job.whenComplete((outcome, failure) -> left.toFile().delete());
            file = null;
        }
        deleteFile();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.name");
    }
}
