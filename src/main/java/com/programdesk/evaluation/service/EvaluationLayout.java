package com.programdesk.evaluation.service;

import com.programdesk.evaluation.domain.EvaluationCase;
import com.programdesk.evaluation.domain.EvaluationReport;
import com.programdesk.evaluation.domain.EvaluationReport.ActivityLine;
import com.programdesk.evaluation.domain.EvaluationReport.IndicatorLine;
import com.programdesk.evaluation.domain.EvaluationReport.MemberWork;
import com.programdesk.evaluation.domain.EvaluationReport.OpenFinding;
import com.programdesk.evaluation.domain.EvaluationReport.OverdueTask;
import com.programdesk.evaluation.domain.EvaluationReport.Overview;
import com.programdesk.evaluation.domain.EvaluationReport.RoundLine;
import com.programdesk.evaluation.domain.EvaluationReport.TargetLine;
import com.programdesk.evaluation.domain.EvaluationReport.TrainingLine;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The report as a list of blocks — the title, each section's heading, its table, chart and sentences — that the PDF and the
 * Word document both render, so that they say the same. An empty section says so ("本期无…").
 */
final class EvaluationLayout {

    static final String NONE = "—";

    sealed interface Block permits Title, Heading, Text, Table, Chart {
    }

    record Title(String text, String subtitle) implements Block {
    }

    /** A section's heading (level 1) or a part of a section (level 2). */
    record Heading(String text, int level) implements Block {
    }

    record Text(String text) implements Block {
    }

    /** A table: its header row, its rows, and whether the last row is a total (set in bold). */
    record Table(List<String> header, List<List<String>> rows, boolean totals) implements Block {
    }

    record Chart(byte[] png, int width, int height) implements Block {
    }

    private final Function<String, String> labels;
    private final Locale locale;
    private final List<Block> blocks = new ArrayList<>();

    private EvaluationLayout(Function<String, String> labels, Locale locale) {
        this.labels = labels;
        this.locale = locale;
    }

    static List<Block> of(EvaluationReport report, EvaluationCharts.Charts charts, Function<String, String> labels, Locale locale) {
        EvaluationLayout layout = new EvaluationLayout(labels, locale);
        layout.build(report, charts);
        return List.copyOf(layout.blocks);
    }

    private void build(EvaluationReport report, EvaluationCharts.Charts charts) {
        Overview o = report.overview();
        blocks.add(new Title(text("evaluation.report.title", o.programTitle()),
                text("evaluation.report.period", date(o.from()), date(o.to()))));
        overview(o);
        targets(report.targets(), charts.targets());
        activities(report.activities(), charts.activities());
        trainings(report.trainings());
        supervision(report.supervision());
        indicators(report.indicators(), charts.indicators());
        memberWork(report.memberWork());
        problems(report.problems());
        cases(report.cases());
    }

    private void overview(Overview o) {
        heading("evaluation.section.overview");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(label("evaluation.overview.program"), o.programTitle()));
        rows.add(List.of(label("evaluation.overview.documentNumber"), orNone(o.documentNumber())));
        rows.add(List.of(label("evaluation.overview.issuers"), orNone(o.issuers())));
        rows.add(List.of(label("evaluation.overview.period"), date(o.from()) + " – " + date(o.to())));
        rows.add(List.of(label("evaluation.overview.lead"), orNone(o.leadName())));
        rows.add(List.of(label("evaluation.overview.contact"), orNone(o.contactName())));
        rows.add(List.of(label("evaluation.overview.scope"), o.scopeName() == null ? label("evaluation.overview.allAreas") : o.scopeName()));
        rows.add(List.of(label("evaluation.overview.asOf"), date(o.asOf())));
        blocks.add(new Table(List.of(label("evaluation.column.item"), label("evaluation.column.content")), rows, false));
    }

    private void targets(List<TargetLine> targets, byte @Nullable [] chart) {
        heading("evaluation.section.targets");
        if (targets.isEmpty()) {
            blocks.add(new Text(label("evaluation.none.targets")));
            return;
        }
        List<List<String>> rows = targets.stream().map(t -> List.of(t.name(), t.targetValue() == null ? NONE : number(t.targetValue()) + unit(t.unit()),
                t.achieved() == null ? NONE : number(t.achieved()) + unit(t.unit()),
                t.percent() == null ? NONE : t.percent().toPlainString() + "%", label(t.statusKey()))).toList();
        blocks.add(new Table(columns("target", "targetValue", "achieved", "percent", "status"), rows, false));
        chart(chart);
    }

    private void activities(List<ActivityLine> lines, byte @Nullable [] chart) {
        heading("evaluation.section.activities");
        if (lines.isEmpty()) {
            blocks.add(new Text(label("evaluation.none.activities")));
            return;
        }
        List<List<String>> rows = new ArrayList<>(lines.stream().map(l -> List.of("%d-%02d".formatted(l.month().getYear(),
                l.month().getMonthValue()), label(l.typeKey()), String.valueOf(l.activities()), String.valueOf(l.attendance()))).toList());
        rows.add(List.of(label("evaluation.total"), "", String.valueOf(lines.stream().mapToInt(ActivityLine::activities).sum()),
                String.valueOf(lines.stream().mapToLong(ActivityLine::attendance).sum())));
        blocks.add(new Table(columns("month", "type", "activities", "attendance"), rows, true));
        chart(chart);
    }

    private void trainings(List<TrainingLine> trainings) {
        heading("evaluation.section.trainings");
        if (trainings.isEmpty()) {
            blocks.add(new Text(label("evaluation.none.trainings")));
            return;
        }
        List<List<String>> rows = new ArrayList<>(trainings.stream().map(t -> List.of(t.title(), t.day() == null ? NONE : cellDate(t.day()),
                String.valueOf(t.sessions()), String.valueOf(t.trainees()), String.valueOf(t.passed()), hours(t.hours()))).toList());
        rows.add(List.of(label("evaluation.total"), "", String.valueOf(trainings.stream().mapToInt(TrainingLine::sessions).sum()),
                String.valueOf(trainings.stream().mapToInt(TrainingLine::trainees).sum()),
                String.valueOf(trainings.stream().mapToInt(TrainingLine::passed).sum()),
                hours(trainings.stream().mapToDouble(TrainingLine::hours).sum())));
        blocks.add(new Table(columns("training", "date", "sessions", "trainees", "passed", "trainingHours"), rows, true));
    }

    private void supervision(EvaluationReport.Supervision supervision) {
        heading("evaluation.section.supervision");
        if (supervision.rounds().isEmpty()) {
            blocks.add(new Text(label("evaluation.none.supervision")));
            return;
        }
        List<List<String>> rows = supervision.rounds().stream().map((RoundLine r) -> List.of(r.title(),
                cellDate(r.startsOn()) + " – " + cellDate(r.endsOn()), String.valueOf(r.institutions()), String.valueOf(r.findings()),
                String.valueOf(r.open()), String.valueOf(r.submitted()), String.valueOf(r.closed()), String.valueOf(r.overdue()))).toList();
        blocks.add(new Table(columns("round", "period", "institutions", "findings", "open", "submitted", "closed", "overdue"), rows, false));
        Double rate = supervision.closureRate();
        blocks.add(new Text(text("evaluation.supervision.summary", supervision.findings(), supervision.closed(),
                rate == null ? NONE : String.format(Locale.ROOT, "%.1f%%", rate), supervision.overdue())));
    }

    private void indicators(List<IndicatorLine> indicators, List<byte[]> charts) {
        heading("evaluation.section.indicators");
        if (indicators.isEmpty()) {
            blocks.add(new Text(label("evaluation.none.indicators")));
            return;
        }
        List<List<String>> rows = indicators.stream().map(i -> List.of(i.name() + (i.unit() == null ? "" : "（" + i.unit() + "）"),
                number(i.value()), number(i.lastYear()), i.changePercent() == null ? NONE : signed(i.changePercent()) + "%")).toList();
        blocks.add(new Table(columns("indicator", "thisPeriod", "lastYear", "change"), rows, false));
        charts.forEach(this::chart);
    }

    private void memberWork(MemberWork work) {
        heading("evaluation.section.memberWork");
        List<List<String>> rows = List.of(
                List.of(label("evaluation.member.events"), String.valueOf(work.events())),
                List.of(label("evaluation.member.members"), String.valueOf(work.members())),
                List.of(label("evaluation.member.others"), String.valueOf(work.others())),
                List.of(label("evaluation.member.servedActivities"), String.valueOf(work.servedActivities())),
                List.of(label("evaluation.member.volunteers"), String.valueOf(work.volunteers())),
                List.of(label("evaluation.member.serviceHours"), work.serviceHours().toPlainString()));
        blocks.add(new Table(List.of(label("evaluation.column.item"), label("evaluation.column.figure")), rows, false));
    }

    private void problems(EvaluationReport.Problems problems) {
        heading("evaluation.section.problems");
        if (problems.openFindings().isEmpty() && problems.overdueTasks().isEmpty() && problems.missingReports() == 0) {
            blocks.add(new Text(label("evaluation.none.problems")));
            return;
        }
        blocks.add(new Heading(label("evaluation.problems.findings"), 2));
        if (problems.openFindings().isEmpty()) {
            blocks.add(new Text(label("evaluation.none.openFindings")));
        } else {
            blocks.add(new Table(columns("institution", "category", "severity", "status", "dueDate"),
                    problems.openFindings().stream().map((OpenFinding f) -> List.of(f.institutionName(), f.category(), label(f.severityKey()),
                            label(f.statusKey()), cellDate(f.dueDate()) + (f.overdue() ? label("evaluation.overdueMark") : ""))).toList(), false));
        }
        blocks.add(new Heading(label("evaluation.problems.tasks"), 2));
        if (problems.overdueTasks().isEmpty()) {
            blocks.add(new Text(label("evaluation.none.overdueTasks")));
        } else {
            blocks.add(new Table(columns("task", "institution", "taskDue", "status"),
                    problems.overdueTasks().stream().map((OverdueTask t) -> List.of(t.title(), orNone(t.institutionName()), cellDate(t.dueDate()),
                            label(t.statusKey()))).toList(), false));
        }
        blocks.add(new Heading(label("evaluation.problems.reports"), 2));
        blocks.add(new Text(problems.missingReports() == 0 ? label("evaluation.none.missingReports")
                : text("evaluation.problems.missingReports", problems.missingReports())));
    }

    private void cases(List<EvaluationCase> cases) {
        heading("evaluation.section.cases");
        if (cases.isEmpty()) {
            blocks.add(new Text(label("evaluation.none.cases")));
            return;
        }
        blocks.add(new Table(columns("case", "institution", "summary"), cases.stream().map(c -> List.of(c.title(),
                orNone(c.institutionName()), orNone(c.summary()))).toList(), false));
    }

    private void heading(String key) {
        blocks.add(new Heading(label(key), 1));
    }

    private void chart(byte @Nullable [] png) {
        if (png != null) {
            java.awt.Dimension size = pngSize(png);
            blocks.add(new Chart(png, size.width, size.height));
        }
    }

    private static java.awt.Dimension pngSize(byte[] png) {
        // IHDR: width and height as big-endian ints at bytes 16 and 20
        int width = ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
        int height = ((png[20] & 0xff) << 24) | ((png[21] & 0xff) << 16) | ((png[22] & 0xff) << 8) | (png[23] & 0xff);
        return new java.awt.Dimension(width, height);
    }

    private List<String> columns(String... keys) {
        return java.util.Arrays.stream(keys).map(key -> label("evaluation.column." + key)).toList();
    }

    private String label(String key) {
        return labels.apply(key);
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(labels.apply(key), locale).format(arguments);
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** Dates in table cells: short (2024-04-02), so that a column keeps to one line. */
    private static String cellDate(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    private static String orNone(@Nullable String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    private static String unit(@Nullable String unit) {
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? NONE : value.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }

    private static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f", hours);
    }
}
