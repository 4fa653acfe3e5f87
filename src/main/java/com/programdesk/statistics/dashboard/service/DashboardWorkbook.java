package com.programdesk.statistics.dashboard.service;

import com.programdesk.base.documents.Xlsx;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.dashboard.domain.Comparison;
import com.programdesk.statistics.dashboard.domain.ComparisonRow;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.statistics.dashboard.domain.TrendSeries;
import com.programdesk.statistics.reporting.domain.HeatmapCell;
import com.programdesk.statistics.reporting.domain.AreaCompletenessRow;
import com.programdesk.statistics.reporting.domain.HeatmapRow;
import com.programdesk.statistics.reporting.domain.HeatmapSummary;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The dashboard as an Excel workbook: targets, the trend table, the full comparison and the
 * completeness tables (the areas below, then the institutions), one sheet each, every sheet naming
 * the area it shows in its last line. Figures withheld from the reader are written as "&lt;n",
 * exactly as the dashboard shows them; the raw value is not in the data this class receives.
 */
class DashboardWorkbook {

    private final DashboardService.Labels labels;
    private final Locale locale;
    private final int suppressedBelow;
    private final String area;

    DashboardWorkbook(DashboardService.Labels labels, Locale locale, int suppressedBelow, String area) {
        this.labels = labels;
        this.locale = locale;
        this.suppressedBelow = suppressedBelow;
        this.area = area;
    }

    void write(OutputStream out, List<TargetProgress> targets, Trend trend, Comparison comparison, ReportForm form,
               List<AreaCompletenessRow> areaRows, List<HeatmapRow> heatmap) {
        Xlsx.write(out, workbook -> {
            targets(workbook.newWorksheet(labels.get("dashboard.section.targets")), targets);
            trend(workbook.newWorksheet(labels.get("dashboard.section.trend")), trend);
            comparison(workbook.newWorksheet(labels.get("dashboard.section.comparison")), comparison);
            heatmap(workbook.newWorksheet(labels.get("dashboard.section.completeness")), form, areaRows, heatmap);
        });
    }

    private void targets(Worksheet sheet, List<TargetProgress> targets) {
        header(sheet, 0, List.of("target.field.name", "target.field.direction", "target.field.targetValue", "target.field.unit",
                "dashboard.column.actual", "dashboard.column.expected", "dashboard.column.status"));
        int r = 1;
        for (TargetProgress progress : targets) {
            sheet.value(r, 0, progress.target().getName());
            sheet.value(r, 1, labels.get(progress.target().getDirection().messageKey()));
            number(sheet, r, 2, progress.target().getTargetValue());
            sheet.value(r, 3, progress.target().getUnit());
            if (progress.withheld()) {
                sheet.value(r, 4, "—");
                sheet.value(r, 6, labels.get("target.withheld"));
            } else {
                number(sheet, r, 4, progress.actual());
                number(sheet, r, 5, progress.expected());
                sheet.value(r, 6, labels.get(progress.status().messageKey()));
            }
            r++;
        }
        notice(sheet, r + 1);
        areaLine(sheet, r + 2);
        sheet.width(0, 30);
    }

    private void trend(Worksheet sheet, Trend trend) {
        sheet.value(0, 0, title(trend.indicator().name(locale), trend.indicator().unitSymbol()));
        sheet.value(1, 0, labels.get("dashboard.column.period"));
        for (int s = 0; s < trend.series().size(); s++) {
            TrendSeries series = trend.series().get(s);
            sheet.value(1, s + 1, series.name() != null ? series.name() : labels.get("dashboard.allAreas"));
        }
        Xlsx.headerStyle(sheet, 1, trend.series().size());
        for (int p = 0; p < trend.periods().size(); p++) {
            sheet.value(p + 2, 0, trend.granularity().label(trend.periods().get(p)));
            for (int s = 0; s < trend.series().size(); s++) {
                figure(sheet, p + 2, s + 1, trend.series().get(s).figures().get(p), trend.indicator().isRate());
            }
        }
        notice(sheet, trend.periods().size() + 3);
        areaLine(sheet, trend.periods().size() + 4);
        sheet.width(0, 14);
        sheet.freezePane(1, 2);
    }

    private void comparison(Worksheet sheet, Comparison comparison) {
        sheet.value(0, 0, title(comparison.indicator().name(locale), comparison.indicator().unitSymbol()) + " · "
                + Frequency.MONTHLY.label(comparison.from()) + " – " + Frequency.MONTHLY.label(comparison.to()));
        header(sheet, 1, List.of("dashboard.column.rank", "dashboard.column.name", "dashboard.column.value",
                "dashboard.column.numerator", "dashboard.column.denominator"));
        int r = 2;
        for (ComparisonRow row : comparison.rows()) {
            sheet.value(r, 0, r - 1);
            sheet.value(r, 1, row.name());
            figure(sheet, r, 2, row.figure(), comparison.indicator().isRate());
            if (!row.figure().suppressed()) {
                number(sheet, r, 3, row.figure().numerator());
                number(sheet, r, 4, row.figure().denominator());
            }
            r++;
        }
        notice(sheet, r + 1);
        areaLine(sheet, r + 2);
        sheet.width(1, 30);
        sheet.freezePane(2, 2);
    }

    private void heatmap(Worksheet sheet, ReportForm form, List<AreaCompletenessRow> areaRows, List<HeatmapRow> rows) {
        sheet.value(0, 0, form.name(locale));
        int r = 1;
        if (!areaRows.isEmpty()) {
            sheet.value(r, 0, labels.get("dashboard.column.area"));
            List<HeatmapSummary> periods = areaRows.getFirst().cells();
            for (int c = 0; c < periods.size(); c++) {
                sheet.value(r, c + 1, form.frequency().label(periods.get(c).period()));
            }
            Xlsx.headerStyle(sheet, r, periods.size());
            r++;
            for (AreaCompletenessRow row : areaRows) {
                sheet.value(r, 0, row.name(locale));
                for (int c = 0; c < row.cells().size(); c++) {
                    HeatmapSummary cell = row.cells().get(c);
                    sheet.value(r, c + 1, labels.get("dashboard.heatmap.areaCell", cell.received(), cell.expected()));
                }
                r++;
            }
            r++;
        }
        int header = r;
        sheet.value(header, 0, labels.get("dashboard.column.institution"));
        List<HeatmapCell> first = rows.isEmpty() ? List.of() : rows.getFirst().cells();
        for (int c = 0; c < first.size(); c++) {
            sheet.value(header, c + 1, form.frequency().label(first.get(c).period()));
        }
        Xlsx.headerStyle(sheet, header, first.size());
        for (HeatmapRow row : rows) {
            r++;
            sheet.value(r, 0, row.name());
            for (int c = 0; c < row.cells().size(); c++) {
                sheet.value(r, c + 1, labels.get(row.cells().get(c).state().messageKey()));
            }
        }
        areaLine(sheet, r + 2);
        sheet.width(0, 30);
        sheet.freezePane(1, 2);
    }

    /** "地区：乐清市": which area the sheet shows. */
    private void areaLine(Worksheet sheet, int row) {
        sheet.value(row, 0, labels.get("dashboard.export.area", area));
    }

    private void header(Worksheet sheet, int row, List<String> keys) {
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(row, c, labels.get(keys.get(c)));
        }
        Xlsx.headerStyle(sheet, row, keys.size() - 1);
    }

    /** A withheld count as "&lt;5", a withheld rate as "—", as on screen. */
    private void figure(Worksheet sheet, int r, int c, Figure figure, boolean rate) {
        if (figure.suppressed()) {
            sheet.value(r, c, rate ? "—" : "<" + suppressedBelow);
        } else {
            number(sheet, r, c, figure.value());
        }
    }

    private void notice(Worksheet sheet, int row) {
        if (suppressedBelow > 0) {
            sheet.value(row, 0, labels.get("dashboard.suppressed.notice", suppressedBelow));
        }
    }

    private static void number(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            // plain digits: the cell is written with toString, which would give 5E+1 for a stripped 50
            sheet.value(r, c, new BigDecimal(value.stripTrailingZeros().toPlainString()));
        }
    }

    private static String title(String name, String unit) {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }
}
