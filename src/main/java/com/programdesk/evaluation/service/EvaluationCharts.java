package com.programdesk.evaluation.service;

import com.programdesk.base.documents.DocumentFont;
import com.programdesk.evaluation.domain.EvaluationReport;
import com.programdesk.evaluation.domain.EvaluationReport.ActivityLine;
import com.programdesk.evaluation.domain.EvaluationReport.IndicatorLine;
import com.programdesk.evaluation.domain.EvaluationReport.MonthValue;
import com.programdesk.evaluation.domain.EvaluationReport.TargetLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The report's charts drawn headless as PNG images (twice the size they are shown at, for print), with the reports' Chinese font:
 * targets achieved, activities by month, and each reported indicator month by month beside last year's. Both documents embed
 * the same images.
 */
@Component
class EvaluationCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final Color BLUE = new Color(0x1676F3);
    private static final Color GREY = new Color(0xA6A6A6);
    private static final Color LAST_YEAR = new Color(0x6B7280);

    private final DocumentFont font;

    EvaluationCharts(DocumentFont font) {
        System.setProperty("java.awt.headless", "true");
        this.font = font;
    }

    /** The charts of a report; a chart whose section is empty is null. */
    Charts draw(EvaluationReport report, Function<String, String> labels) {
        return new Charts(targets(report.targets(), labels), activities(report.activities(), labels),
                report.indicators().stream().map(line -> indicator(line, labels)).toList());
    }

    record Charts(byte @Nullable [] targets, byte @Nullable [] activities, List<byte[]> indicators) {
    }

    private byte @Nullable [] targets(List<TargetLine> targets, Function<String, String> labels) {
        if (targets.stream().noneMatch(t -> t.percent() != null)) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = labels.apply("evaluation.chart.achieved");
        for (TargetLine target : targets) {
            data.addValue(target.percent() == null ? 0 : target.percent().min(BigDecimal.valueOf(200)), series, shorten(target.name()));
        }
        JFreeChart chart = ChartFactory.createBarChart(labels.apply("evaluation.chart.targets"), null, "%", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        style(chart);
        return png(chart, WIDTH, Math.min(3 * HEIGHT, 90 + 34 * targets.size()));
    }

    private byte @Nullable [] activities(List<ActivityLine> lines, Function<String, String> labels) {
        if (lines.isEmpty()) {
            return null;
        }
        Map<YearMonth, int[]> byMonth = new TreeMap<>();
        for (ActivityLine line : lines) {
            int[] figures = byMonth.computeIfAbsent(line.month(), m -> new int[2]);
            figures[0] += line.activities();
            figures[1] += (int) line.attendance();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = labels.apply("evaluation.chart.activityCount");
        byMonth.forEach((month, figures) -> data.addValue(figures[0], series, month(month)));
        JFreeChart chart = ChartFactory.createBarChart(labels.apply("evaluation.chart.activities"), null,
                labels.apply("evaluation.chart.activityCount"), data, PlotOrientation.VERTICAL, false, false, false);
        style(chart);
        return png(chart, WIDTH, HEIGHT);
    }

    /** This period's months, and the same months a year earlier as a grey dashed line where there were figures then. */
    private byte[] indicator(IndicatorLine line, Function<String, String> labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = labels.apply("evaluation.chart.thisPeriod");
        for (MonthValue value : line.months()) {
            data.addValue(value.value(), series, month(value.month()));
        }
        boolean lastYear = line.months().stream().anyMatch(value -> value.lastYear() != null);
        if (lastYear) {
            String previous = labels.apply("evaluation.chart.lastYear");
            for (MonthValue value : line.months()) {
                data.addValue(value.lastYear(), previous, month(value.month()));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(line.name() + (line.unit() == null ? "" : "（" + line.unit() + "）"), null, null,
                data, PlotOrientation.VERTICAL, lastYear, false, false);
        style(chart);
        if (lastYear && chart.getCategoryPlot().getRenderer() instanceof LineAndShapeRenderer renderer) {
            renderer.setSeriesPaint(1, LAST_YEAR);
            renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
        }
        return png(chart, WIDTH, HEIGHT - 60);
    }

    private void style(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("programdesk");
        theme.setExtraLargeFont(font.awtFont(15, true));
        theme.setLargeFont(font.awtFont(12, false));
        theme.setRegularFont(font.awtFont(11, false));
        theme.setSmallFont(font.awtFont(10, false));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GREY);
        theme.setDomainGridlinePaint(GREY);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setSeriesPaint(0, BLUE);
            bars.setMaximumBarWidth(0.08);
        }
        if (plot.getRenderer() instanceof LineAndShapeRenderer line) {
            line.setSeriesPaint(0, BLUE);
            line.setDefaultShapesVisible(true);
        }
        if (plot.getOrientation() == PlotOrientation.VERTICAL && plot.getCategories().size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, 2, 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String month(YearMonth month) {
        return "%d-%02d".formatted(month.getYear(), month.getMonthValue());
    }

    private static String shorten(String name) {
        return name.length() > 16 ? name.substring(0, 15) + "…" : name;
    }
}
