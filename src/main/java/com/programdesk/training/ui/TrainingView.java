package com.programdesk.training.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.DecimalField;
import com.programdesk.base.ui.Downloads;
import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.training.domain.SignIn;
import com.programdesk.training.domain.Trainee;
import com.programdesk.training.domain.TraineeInput;
import com.programdesk.training.domain.TraineeResult;
import com.programdesk.training.domain.TrainingHours;
import com.programdesk.training.domain.TrainingSession;
import com.programdesk.training.service.TrainingService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;

/**
 * One training: its roster (enrolled by the organiser or by the trainees' institutions), its sessions with the sign-in QR code and
 * the live sign-in sheet (refreshed every five seconds while open; the organiser corrects it, audited), each trainee's attendance,
 * score and certificate, and the training hours of the year. The roster and the 签到表 download as spreadsheets.
 */
@Route("training")
@PermitAll
class TrainingView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int POLL_MILLIS = 5000;

    final Grid<Trainee> roster = new Grid<>(Trainee.class, false);
    final Grid<TrainingSession> sessions = new Grid<>(TrainingSession.class, false);
    final Grid<SignIn> sheet = new Grid<>(SignIn.class, false);
    final Grid<TraineeResult> results = new Grid<>(TraineeResult.class, false);
    final Grid<TrainingHours> hours = new Grid<>(TrainingHours.class, false);
    final Button enrol = new Button();
    final Button addSession = new Button();
    final Button showCode = new Button();
    final Div sessionTools = new Div();
    final Tabs tabs = new Tabs();
    final Div tabContent = new Div();

    private final TrainingService trainings;
    private final InstitutionService institutions;
    private final String publicUrl;
    private Activity training;
    private boolean organiser;
    private TrainingSession selected;
    private Registration polling;

    TrainingView(TrainingService trainings, InstitutionService institutions, @Value("${programdesk.public-url:}") String publicUrl) {
        this.trainings = trainings;
        this.institutions = institutions;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        addClassName("view");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long activityId) {
        Optional<Activity> found = activityId == null ? Optional.empty() : trainings.training(activityId);
        if (found.isEmpty()) {
            add(new H2(getTranslation("training.notFound")));
            return;
        }
        training = found.get();
        organiser = trainings.canOrganise(training);
        Anchor back = new Anchor("trainings", getTranslation("nav.trainings"));
        Div toolbar = new Div(new H2(training.getTitle()), back);
        toolbar.addClassName("view-toolbar");
        String when = training.isDated() ? DateFormats.dateTimeToMinute(training.getStartsAt(), getLocale())
                : DateFormats.date(training.getWindowStart(), getLocale()) + " – " + DateFormats.date(training.getWindowEnd(), getLocale());
        Paragraph facts = new Paragraph(when + (training.getPlace() == null ? "" : "　" + training.getPlace()));
        List<Div> contents = List.of(rosterTab(), signInTab(), resultsTab(), hoursTab());
        for (String key : List.of("training.tab.roster", "training.tab.signIn", "training.tab.results", "training.tab.hours")) {
            tabs.add(new Tab(getTranslation(key)));
        }
        tabs.addSelectedChangeListener(e -> tabContent.getChildren().forEach(c -> c.setVisible(false)));
        tabs.addSelectedChangeListener(e -> contents.get(tabs.getSelectedIndex()).setVisible(true));
        contents.forEach(c -> c.setVisible(false));
        contents.getFirst().setVisible(true);
        tabContent.add(contents.toArray(Div[]::new));
        add(toolbar, facts, tabs, tabContent);
        refresh();
    }

    private Div rosterTab() {
        enrol.setText(getTranslation("training.enrol"));
        enrol.setIcon(VaadinIcon.PLUS.create());
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> new EnrolDialog().open());
        enrol.setVisible(trainings.canEnrol(training));
        Anchor xlsx = download("training.roster.xlsx", training.getTitle() + ".xlsx",
                out -> trainings.writeRoster(training.getId(), this::getTranslation, out));
        Div tools = new Div(enrol, xlsx);
        tools.addClassName("view-toolbar");
        roster.addColumn(Trainee::name).setHeader(getTranslation("training.column.name")).setAutoWidth(true);
        roster.addColumn(Trainee::institutionName).setHeader(getTranslation("training.column.institution")).setFlexGrow(2);
        roster.addColumn(Trainee::department).setHeader(getTranslation("training.column.department"));
        roster.addColumn(Trainee::jobTitle).setHeader(getTranslation("training.column.jobTitle"));
        roster.addColumn(Trainee::maskedPhone).setHeader(getTranslation("training.column.phone")).setAutoWidth(true);
        roster.addComponentColumn(this::rosterActions).setAutoWidth(true).setFlexGrow(0);
        roster.addThemeVariants(GridVariant.LUMO_COMPACT);
        roster.setHeight("32rem");
        return new Div(tools, roster);
    }

    private Div rosterActions(Trainee trainee) {
        Div actions = new Div();
        if (trainee.maskedPhone() != null) {
            Button reveal = new Button(getTranslation("member.reveal"), e -> FormSave.run(() -> trainings.revealPhone(trainee.id())
                    .ifPresent(phone -> Notification.show(getTranslation("member.revealed", trainee.name(), phone), 8000,
                            Notification.Position.MIDDLE)), this::conflict));
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reveal);
        }
        if (enrol.isVisible()) {
            Button remove = new Button(getTranslation("training.remove"), e -> FormSave.run(() -> {
                trainings.remove(trainee);
                refresh();
            }, this::conflict));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        return actions;
    }

    private Div signInTab() {
        addSession.setText(getTranslation("training.session.add"));
        addSession.setIcon(VaadinIcon.PLUS.create());
        addSession.addClickListener(e -> new SessionDialog().open());
        addSession.setVisible(organiser);
        sessions.addColumn(s -> DateFormats.dateTimeToMinute(s.startsAt(), getLocale()) + " – " + DateFormats.time(s.endsAt(), getLocale()))
                .setHeader(getTranslation("training.column.session")).setFlexGrow(2);
        sessions.addColumn(TrainingSession::hours).setHeader(getTranslation("training.column.hours")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        sessions.addColumn(TrainingSession::signedIn).setHeader(getTranslation("training.column.signedIn")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        sessions.setHeight("12rem");
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT);
        sessions.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        showCode.setText(getTranslation("training.code.show"));
        showCode.setIcon(VaadinIcon.QRCODE.create());
        showCode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showCode.addClickListener(e -> showCode());
        showCode.setVisible(organiser);
        sheet.addColumn(SignIn::name).setHeader(getTranslation("training.column.name")).setAutoWidth(true);
        sheet.addColumn(SignIn::institutionName).setHeader(getTranslation("training.column.institution")).setFlexGrow(2);
        sheet.addColumn(s -> s.signedAt() == null ? "" : DateFormats.time(s.signedAt(), getLocale()))
                .setHeader(getTranslation("training.column.signedAt")).setAutoWidth(true);
        sheet.addColumn(s -> remark(s)).setHeader(getTranslation("training.column.remark")).setAutoWidth(true);
        if (organiser) {
            // a fixed width: an auto width measures the first rows only, and 补签 there is shorter than a later 撤销签到
            sheet.addComponentColumn(this::correction).setWidth("8em").setFlexGrow(0);
        }
        sheet.addThemeVariants(GridVariant.LUMO_COMPACT);
        sheet.setHeight("28rem");
        sessionTools.addClassName("view-toolbar");
        sessionTools.setVisible(false);
        Div tools = new Div(addSession);
        tools.addClassName("view-toolbar");
        return new Div(tools, sessions, sessionTools, sheet);
    }

    private String remark(SignIn line) {
        if (!line.signedIn()) {
            return getTranslation("training.sheet.absent");
        }
        StringBuilder text = new StringBuilder();
        if (line.late()) {
            text.append(getTranslation("training.sheet.late"));
        }
        if (line.correctedBy() != null) {
            text.append(text.isEmpty() ? "" : "，").append(getTranslation("training.sheet.corrected"));
        }
        if (line.repeats() > 0) {
            text.append(text.isEmpty() ? "" : "，").append(getTranslation("training.sheet.repeatedTimes", line.repeats()));
        }
        return text.toString();
    }

    private Button correction(SignIn line) {
        Button button = new Button(getTranslation(line.signedIn() ? "training.correct.remove" : "training.correct.add"), e -> correct(line));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Signs the line's trainee in by hand, or takes their sign-in back (audited). */
    void correct(SignIn line) {
        FormSave.run(() -> {
            trainings.correct(selected, line.traineeId(), !line.signedIn());
            refreshSheet();
        }, this::conflict);
    }

    private void select(TrainingSession session) {
        selected = session;
        sessionTools.removeAll();
        sessionTools.setVisible(session != null);
        if (session != null) {
            String file = training.getTitle() + " " + getTranslation("training.sheet.sheet") + " " + session.startsAt().toLocalDate() + ".xlsx";
            Anchor xlsx = download("training.sheet.xlsx", file,
                    out -> trainings.writeSheet(session, this::getTranslation, getLocale(), out));
            Button print = new Button(getTranslation("training.sheet.print"), VaadinIcon.PRINT.create(),
                    e -> UI.getCurrent().getPage().executeJs("window.print()"));
            sessionTools.add(showCode, xlsx, print);
        }
        refreshSheet();
    }

    /** A new code for the session, shown as a QR code with its link and window; the code shown before stops working. */
    void showCode() {
        String code = trainings.newSignInCode(selected);
        String link = signInBase() + "/sign-in/" + code;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.code.title", DateFormats.dateTimeToMinute(selected.startsAt(), getLocale())));
        Image qr = new Image(QrCode.dataUrl(link), getTranslation("training.code.alt"));
        qr.setWidth("min(70vh, 80vw)");
        qr.addClassName("sign-in-qr");
        Paragraph window = new Paragraph(getTranslation("training.code.window", DateFormats.dateTimeToMinute(selected.opensAt(), getLocale()),
                DateFormats.dateTimeToMinute(selected.closesAt(), getLocale())));
        Anchor anchor = new Anchor(link, link);
        anchor.setTarget("_blank");
        anchor.getStyle().set("word-break", "break-all").set("font-size", "var(--lumo-font-size-s)");
        dialog.add(qr, window, new Paragraph(getTranslation("training.code.replaces")), anchor);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    /** The configured public address, else the address the organiser reached the portal at. */
    private String signInBase() {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                    || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
            return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort()) + http.getContextPath();
        }
        return "";
    }

    private Div resultsTab() {
        Anchor xlsx = download("training.roster.xlsx", training.getTitle() + ".xlsx",
                out -> trainings.writeRoster(training.getId(), this::getTranslation, out));
        Div tools = new Div(new Span(getTranslation("training.results.explain", (int) (TraineeResult.PASS_ATTENDANCE * 100),
                TraineeResult.PASS_SCORE.toPlainString())), xlsx);
        tools.addClassName("view-toolbar");
        results.addColumn(r -> r.trainee().name()).setHeader(getTranslation("training.column.name")).setAutoWidth(true);
        results.addColumn(r -> r.trainee().institutionName()).setHeader(getTranslation("training.column.institution")).setFlexGrow(2);
        results.addColumn(r -> r.attended() + "/" + r.sessions()).setHeader(getTranslation("training.column.attended")).setAutoWidth(true);
        results.addColumn(r -> r.attendanceRate() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", r.attendanceRate()))
                .setHeader(getTranslation("training.column.attendanceRate")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        results.addColumn(TraineeResult::hours).setHeader(getTranslation("training.column.hours")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        results.addColumn(r -> r.trainee().score() == null ? "" : r.trainee().score().toPlainString())
                .setHeader(getTranslation("training.column.score")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        results.addColumn(r -> getTranslation(r.passed() ? "training.result.passed" : "training.result.notPassed"))
                .setHeader(getTranslation("training.column.result")).setAutoWidth(true);
        if (organiser) {
            results.addComponentColumn(this::resultActions).setAutoWidth(true).setFlexGrow(0);
        }
        results.addThemeVariants(GridVariant.LUMO_COMPACT);
        results.setHeight("32rem");
        return new Div(tools, results);
    }

    private Div resultActions(TraineeResult result) {
        Button score = new Button(getTranslation("training.score.enter"), e -> new ScoreDialog(result.trainee()).open());
        score.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(score);
        if (result.passed()) {
            actions.add(download("training.certificate", getTranslation("training.certificate.title") + " " + result.trainee().name() + ".pdf",
                    out -> trainings.writeCertificate(result.trainee().id(), this::getTranslation, getLocale(), out)));
        } else {
            Span none = new Span(getTranslation("training.certificate.none"));
            none.addClassName("secondary");
            none.setTitle(getTranslation("training.error.notPassed"));
            actions.add(none);
        }
        return actions;
    }

    private Div hoursTab() {
        Select<Integer> year = new Select<>();
        int thisYear = LocalDate.now().getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(training.day() == null ? thisYear : Math.min(thisYear, training.day().getYear()));
        year.setAriaLabel(getTranslation("training.year"));
        year.addValueChangeListener(e -> hours.setItems(trainings.hours(e.getValue())));
        hours.addColumn(TrainingHours::institutionName).setHeader(getTranslation("training.column.institution")).setFlexGrow(2);
        hours.addColumn(h -> h.name().isEmpty() ? getTranslation("training.hours.institutionTotal") : h.name())
                .setHeader(getTranslation("training.column.name"));
        hours.addColumn(TrainingHours::sessions).setHeader(getTranslation("training.column.sessions")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        hours.addColumn(TrainingHours::hours).setHeader(getTranslation("training.column.hours")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        hours.setPartNameGenerator(h -> h.name().isEmpty() ? "totals" : null);
        hours.addThemeVariants(GridVariant.LUMO_COMPACT);
        hours.setHeight("28rem");
        hours.setItems(trainings.hours(year.getValue()));
        Div tools = new Div(new Span(getTranslation("training.hours.explain")), year);
        tools.addClassName("view-toolbar");
        return new Div(tools, hours);
    }

    private Anchor download(String labelKey, String fileName, Writer writer) {
        Anchor anchor = new Anchor(Downloads.of(event -> {
            event.setFileName(fileName.replaceAll("[\\\\/:*?\"<>|]", "_"));
            event.setContentType(fileName.endsWith(".pdf") ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            writer.write(event.getOutputStream());
        }), getTranslation(labelKey));
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        return anchor;
    }

    @FunctionalInterface
    private interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    void refresh() {
        roster.setItems(trainings.roster(training.getId()));
        List<TrainingSession> all = trainings.sessions(training.getId());
        sessions.setItems(all);
        if (selected != null) {
            all.stream().filter(s -> s.id() == selected.id()).findFirst().ifPresent(s -> selected = s);
        }
        results.setItems(trainings.results(training.getId()));
        refreshSheet();
    }

    void refreshSheet() {
        sheet.setItems(selected == null ? List.of() : trainings.sheet(selected));
    }

    private void conflict() {
        Notification.show(getTranslation("training.conflict")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        refresh();
    }

    /** Polls while the page is open, so sign-ins from the phones appear in the sheet without reloading. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> {
            if (training != null && selected != null) {
                refreshSheet();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return (training == null ? getTranslation("nav.trainings") : training.getTitle()) + " | " + getTranslation("app.name");
    }

    /** Enrols one trainee: name, institution, department, job title and phone. */
    class EnrolDialog extends Dialog {

        final TextField name = FieldLimits.maxLength(new TextField(), Trainee.NAME_MAX);
        final ComboBox<InstitutionSummary> institution = new ComboBox<>();
        final TextField department = FieldLimits.maxLength(new TextField(), Trainee.DEPARTMENT_MAX);
        final TextField jobTitle = FieldLimits.maxLength(new TextField(), Trainee.JOB_TITLE_MAX);
        final TextField phone = FieldLimits.maxLength(new TextField(), 20);
        final Button save = new Button();
        private final FormErrors errors = new FormErrors();

        EnrolDialog() {
            setHeaderTitle(getTranslation("training.enrol"));
            name.setLabel(getTranslation("training.column.name"));
            name.setRequiredIndicatorVisible(true);
            institution.setLabel(getTranslation("training.column.institution"));
            institution.setRequiredIndicatorVisible(true);
            institution.setItemLabelGenerator(InstitutionSummary::nameZh);
            if (organiser) {
                institution.setItems(q -> institutions.lookupAll(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            } else {
                institution.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            }
            department.setLabel(getTranslation("training.column.department"));
            jobTitle.setLabel(getTranslation("training.column.jobTitle"));
            phone.setLabel(getTranslation("training.column.phone"));
            errors.bind("name", name).bind("institutionId", institution).bind("department", department).bind("jobTitle", jobTitle)
                    .bind("phone", phone);
            add(new FormLayout(name, institution, department, jobTitle, phone));
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        void save() {
            TraineeInput input = new TraineeInput(name.getValue(), institution.getValue() == null ? null : institution.getValue().id(),
                    department.getValue(), jobTitle.getValue(), phone.getValue());
            FormSave.run(() -> {
                Trainee saved = trainings.enrol(training.getId(), input);
                Notification.show(getTranslation("training.enrolled", saved.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                refresh();
            }, errors::show, TrainingView.this::conflict);
        }
    }

    /** Adds a session: its start and end time on one day. */
    class SessionDialog extends Dialog {

        final DateTimePicker startsAt = new DateTimePicker();
        final TimePicker endsAt = new TimePicker();
        final Button save = new Button();
        private final FormErrors errors = new FormErrors();

        SessionDialog() {
            setHeaderTitle(getTranslation("training.session.add"));
            startsAt.setLabel(getTranslation("training.session.start"));
            endsAt.setLabel(getTranslation("training.session.end"));
            if (training.isDated()) {
                startsAt.setValue(training.getStartsAt());
                endsAt.setValue(training.getEndsAt() == null ? null : training.getEndsAt().toLocalTime());
            }
            errors.bind("startsAt", startsAt).bind("endsAt", endsAt);
            add(new FormLayout(startsAt, endsAt));
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        void save() {
            LocalDateTime start = startsAt.getValue();
            LocalDateTime end = start == null || endsAt.getValue() == null ? null : start.toLocalDate().atTime(endsAt.getValue());
            FormSave.run(() -> {
                trainings.addSession(training.getId(), start, end);
                close();
                refresh();
            }, errors::show, TrainingView.this::conflict);
        }
    }

    /** Enters or clears one trainee's assessment score. */
    class ScoreDialog extends Dialog {

        final DecimalField score = new DecimalField(BigDecimal.ZERO, TrainingService.SCORE_MAX, 1);
        final Button save = new Button();
        private final FormErrors errors = new FormErrors();
        private final Trainee trainee;

        ScoreDialog(Trainee trainee) {
            this.trainee = trainee;
            setHeaderTitle(getTranslation("training.score.title", trainee.name()));
            score.setLabel(getTranslation("training.column.score"));
            score.setValue(trainee.score());
            errors.bind("score", score);
            add(score);
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        void save() {
            if (!score.check(false)) {
                return;
            }
            FormSave.run(() -> {
                trainings.score(trainee, score.getValue());
                close();
                refresh();
            }, errors::show, TrainingView.this::conflict);
        }
    }
}
