package com.programdesk.statistics.dashboard.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines over periods, drawn as SVG: a value axis from zero with grid lines, period labels (every
 * few when there are many), a legend, and a point with a tooltip per value. A gap is a period
 * without data; a withheld value is a hollow diamond on the axis whose tooltip says why.
 */
public final class LineChart {

    /** One period's value of a series; {@code value} is null when there is none or it is withheld. */
    public record Point(Double value, String tooltip, boolean withheld) {
    }

    private record Series(String name, List<Point> points) {
    }

    private static final double WIDE = 880;
    private static final double LEFT = 52;
    private static final double RIGHT = 16;
    private static final double TOP = 14;
    private static final double PLOT_HEIGHT = 200;
    private static final double FONT = 12;

    private final String label;
    private final List<String> periods;
    private final List<Series> series = new ArrayList<>();
    private double width = WIDE;

    public LineChart(String label, List<String> periods) {
        this.label = label;
        this.periods = List.copyOf(periods);
    }

    /** A narrower drawing (for small multiples): the same fonts stay readable when it is shown smaller. */
    public LineChart width(double width) {
        this.width = width;
        return this;
    }

    public LineChart series(String name, List<Point> points) {
        if (points.size() != periods.size()) {
            throw new IllegalArgumentException("one point per period");
        }
        series.add(new Series(name, List.copyOf(points)));
        return this;
    }

    public String toSvg() {
        double highest = series.stream().flatMap(s -> s.points().stream()).filter(p -> p.value() != null)
                .mapToDouble(Point::value).max().orElse(0);
        Ticks ticks = Ticks.upTo(highest);
        double plotWidth = width - LEFT - RIGHT;
        double bottom = TOP + PLOT_HEIGHT;
        double legendHeight = legendHeight(plotWidth);
        double height = bottom + 24 + legendHeight;
        SvgWriter svg = new SvgWriter().open(width, height, "line-chart", label);
        for (double tick : ticks.values()) {
            double y = bottom - tick / ticks.max() * PLOT_HEIGHT;
            svg.line(LEFT, y, width - RIGHT, y, tick == 0 ? "axis" : "grid");
            svg.text(LEFT - 6, y + 4, "end", "tick", Ticks.label(tick));
        }
        int labels = Math.max(2, (int) (plotWidth / 64));
        int every = Math.max(1, (int) Math.ceil(periods.size() / (double) labels));
        for (int i = 0; i < periods.size(); i++) {
            if (i % every == 0) {
                svg.text(x(i, plotWidth), bottom + 16, "middle", "tick", periods.get(i));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = "s" + (s % 9);
            StringBuilder d = new StringBuilder();
            boolean drawing = false;
            for (int i = 0; i < periods.size(); i++) {
                Point point = line.points().get(i);
                if (point.value() == null) {
                    drawing = false;
                    continue;
                }
                d.append(drawing ? 'L' : 'M').append(SvgWriter.num(x(i, plotWidth))).append(' ')
                        .append(SvgWriter.num(bottom - point.value() / ticks.max() * PLOT_HEIGHT));
                drawing = true;
            }
            svg.group(SvgWriter.attribute("class", "series " + colour));
            if (!d.isEmpty()) {
                svg.path(d.toString(), "line");
            }
            for (int i = 0; i < periods.size(); i++) {
                Point point = line.points().get(i);
                double x = x(i, plotWidth);
                if (point.value() != null) {
                    svg.circle(x, bottom - point.value() / ticks.max() * PLOT_HEIGHT, 3.5, "point", point.tooltip());
                } else if (point.withheld()) {
                    svg.path("M" + SvgWriter.num(x) + " " + SvgWriter.num(bottom - 5) + "l5 5l-5 5l-5-5z", "withheld");
                    svg.raw("<rect x=\"" + SvgWriter.num(x - 6) + "\" y=\"" + SvgWriter.num(bottom - 6)
                            + "\" width=\"12\" height=\"12\" class=\"hit\"><title>" + SvgWriter.escape(point.tooltip()) + "</title></rect>");
                }
            }
            svg.end("g");
        }
        legend(svg, bottom + 30, plotWidth);
        return svg.close();
    }

    private double x(int index, double plotWidth) {
        return periods.size() == 1 ? LEFT + plotWidth / 2 : LEFT + 8 + index * (plotWidth - 16) / (periods.size() - 1);
    }

    private double legendHeight(double plotWidth) {
        int rows = 1;
        double used = 0;
        for (Series line : series) {
            double w = legendItemWidth(line.name());
            if (used + w > plotWidth && used > 0) {
                rows++;
                used = 0;
            }
            used += w;
        }
        return rows * 18;
    }

    private void legend(SvgWriter svg, double top, double plotWidth) {
        double x = LEFT;
        double y = top;
        for (int s = 0; s < series.size(); s++) {
            String name = SvgWriter.fit(series.get(s).name(), 200, FONT);
            double w = legendItemWidth(name);
            if (x + w > LEFT + plotWidth && x > LEFT) {
                x = LEFT;
                y += 18;
            }
            svg.group(SvgWriter.attribute("class", "legend s" + (s % 9)));
            svg.line(x, y - 4, x + 18, y - 4, "line");
            svg.text(x + 24, y, "start", null, name);
            svg.end("g");
            x += w;
        }
    }

    private static double legendItemWidth(String name) {
        return 24 + SvgWriter.textWidth(SvgWriter.fit(name, 200, FONT), FONT) + 18;
    }
}
