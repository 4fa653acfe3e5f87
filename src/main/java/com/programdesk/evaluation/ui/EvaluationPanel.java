package com.programdesk.evaluation.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.Downloads;
import com.programdesk.base.ui.FormSave;
import com.programdesk.base.ui.LocalizedDatePicker;
import com.programdesk.evaluation.domain.EvaluationStatus;
import com.programdesk.evaluation.domain.ProgramEvaluation;
import com.programdesk.evaluation.service.EvaluationService;
import com.programdesk.program.plan.domain.Program;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The program's evaluation reports: the bureau picks a period within the program's (its whole period by default) and generates
 * a report; the list shows every stored one with its progress while it is generated (the page polls until none is running) and
 * its PDF and Word downloads once done. A failed one says so and can be generated again.
 */
class EvaluationPanel extends Div {

    static final int POLL_MILLIS = 1000;

    private final EvaluationService evaluations;
    private final Program program;
    final LocalizedDatePicker from = new LocalizedDatePicker();
    final LocalizedDatePicker to = new LocalizedDatePicker();
    final Button generate = new Button();
    final Div list = new Div();
    private @Nullable Registration polling;

    EvaluationPanel(EvaluationService evaluations, Program program, boolean planner) {
        this.evaluations = evaluations;
        this.program = program;
        addClassName("evaluation-panel");
        add(new H3(getTranslation("evaluation.title")));
        if (planner) {
            from.setLabel(getTranslation("evaluation.from"));
            to.setLabel(getTranslation("evaluation.to"));
            String outside = getTranslation("evaluation.error.outsideProgram", DateFormats.date(program.getPeriodStart(), getLocale()),
                    DateFormats.date(program.getPeriodEnd(), getLocale()));
            from.setRange(program.getPeriodStart(), program.getPeriodEnd(), outside).setValue(program.getPeriodStart());
            to.setRange(program.getPeriodStart(), program.getPeriodEnd(), outside).setValue(program.getPeriodEnd());
            generate.setText(getTranslation("evaluation.generate"));
            generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            generate.addClickListener(e -> generate());
            Div form = new Div(from, to, generate);
            form.addClassName("view-toolbar");
            add(form);
        }
        list.addClassName("evaluation-list");
        add(list);
    }

    void generate() {
        boolean datesAccepted = from.check() & to.check(); // both, so that each field says its own problem
        if (!datesAccepted) {
            return;
        }
        FormSave.run(() -> {
            evaluations.request(program.getId(), from.getValue(), to.getValue(), getLocale());
            Notification.show(getTranslation("evaluation.queued"));
            refresh();
        }, refused -> {
            LocalizedDatePicker field = "from".equals(refused.field()) ? from : to;
            field.setErrorMessage(getTranslation(refused.messageKey(), DateFormats.date(program.getPeriodStart(), getLocale()),
                    DateFormats.date(program.getPeriodEnd(), getLocale())));
            field.setInvalid(true);
        }, () -> Notification.show(getTranslation("error.conflict")));
    }

    /** Reads the list again; polls while a report is queued or being generated, stops once none is. */
    void refresh() {
        List<ProgramEvaluation> all = evaluations.evaluations(program.getId());
        list.removeAll();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("evaluation.none")));
        }
        for (ProgramEvaluation evaluation : all) {
            list.add(row(evaluation));
        }
        poll(all.stream().anyMatch(evaluation -> evaluation.status().isRunning()));
    }

    private Div row(ProgramEvaluation evaluation) {
        Span period = new Span(DateFormats.date(evaluation.from(), getLocale()) + " – " + DateFormats.date(evaluation.to(), getLocale()));
        period.addClassName("evaluation-period");
        Span status = new Span(getTranslation(evaluation.status().messageKey()));
        status.getElement().getThemeList().add(switch (evaluation.status()) {
            case DONE -> "badge success";
            case FAILED -> "badge error";
            default -> "badge contrast";
        });
        Span meta = new Span(evaluation.createdBy() + " · " + DateFormats.dateTimeToMinute(evaluation.createdAt(), getLocale()));
        meta.addClassName("secondary");
        Div row = new Div(period, status);
        row.addClassName("evaluation-row");
        if (evaluation.status().isRunning()) {
            ProgressBar bar = new ProgressBar(0, 1, evaluation.progress());
            bar.setWidth("12em");
            row.add(bar, new Span(getTranslation("evaluation.progress", evaluation.stepsDone(), evaluation.stepsTotal())));
        } else if (evaluation.status() == EvaluationStatus.FAILED) {
            Span failed = new Span(getTranslation("evaluation.failed"));
            failed.addClassName("form-conflict");
            row.add(failed);
        } else {
            row.add(download(evaluation, "pdf", evaluations::pdf, getTranslation("evaluation.downloadPdf")),
                    download(evaluation, "docx", evaluations::docx, getTranslation("evaluation.downloadDocx")));
        }
        row.add(meta);
        return row;
    }

    private Anchor download(ProgramEvaluation evaluation, String extension, LongFunction<byte[]> content, String caption) {
        String name = getTranslation("evaluation.fileName", program.getTitle(), evaluation.from(), evaluation.to()) + "." + extension;
        DownloadHandler handler = Downloads.of(event -> {
            byte[] bytes = content.apply(evaluation.id());
            event.setFileName(name);
            event.setContentType("pdf".equals(extension) ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        });
        Anchor anchor = new Anchor(handler, caption);
        anchor.addClassName("evaluation-download");
        return anchor;
    }

    private void poll(boolean running) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (running && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> refresh());
        } else if (!running && polling != null) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
        super.onDetach(event);
    }

    boolean isPolling() {
        return polling != null;
    }
}
