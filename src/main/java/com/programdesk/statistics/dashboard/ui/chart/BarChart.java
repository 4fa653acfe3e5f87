package com.programdesk.statistics.dashboard.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars, one per area or institution in the given order, drawn as SVG: the name on the left,
 * the value at the bar's end, a tooltip per bar. Each bar carries {@code data-id} and can be
 * focused, so the view can open the area or institution on click or Enter. A withheld value is a short
 * hatched stub labelled like "&lt;5"; no data is "—".
 */
public final class BarChart {

    /** One bar; {@code value} is null when there is none or it is withheld (then {@code valueLabel} says so). */
    public record Bar(String id, String name, Double value, String valueLabel, String tooltip, boolean withheld) {
    }

    private static final double WIDTH = 720;
    private static final double ROW = 24;
    private static final double TOP = 26;
    private static final double FONT = 12;
    private static final double NAME_WIDTH = 190;
    private static final double VALUE_WIDTH = 64;

    private final String label;
    private final List<Bar> bars = new ArrayList<>();

    public BarChart(String label) {
        this.label = label;
    }

    public BarChart bar(Bar bar) {
        bars.add(bar);
        return this;
    }

    public String toSvg() {
        double highest = bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(0);
        Ticks ticks = Ticks.upTo(highest);
        double left = NAME_WIDTH + 8;
        double plotWidth = WIDTH - left - VALUE_WIDTH;
        double height = TOP + Math.max(bars.size(), 1) * ROW + 8;
        SvgWriter svg = new SvgWriter().open(WIDTH, height, "bar-chart", label);
        for (double tick : ticks.values()) {
            double x = left + tick / ticks.max() * plotWidth;
            svg.line(x, TOP - 4, x, height - 8, tick == 0 ? "axis" : "grid");
            svg.text(x, TOP - 10, "middle", "tick", Ticks.label(tick));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            svg.group(SvgWriter.attribute("class", "bar") + SvgWriter.attribute("data-id", bar.id())
                    + SvgWriter.attribute("tabindex", "0") + SvgWriter.attribute("role", "link")
                    + SvgWriter.attribute("aria-label", bar.tooltip()));
            svg.title(bar.tooltip());
            svg.rect(0, y, WIDTH, ROW, "hit", null);
            svg.text(NAME_WIDTH, y + ROW / 2 + 4, "end", "name", SvgWriter.fit(bar.name(), NAME_WIDTH, FONT));
            double length = bar.value() == null ? 0 : bar.value() / ticks.max() * plotWidth;
            if (bar.value() != null) {
                svg.rect(left, y + 4, length, ROW - 8, "fill", null);
            } else if (bar.withheld()) {
                svg.rect(left, y + 4, 14, ROW - 8, "withheld", null);
                length = 14;
            }
            svg.text(left + length + 6, y + ROW / 2 + 4, "start", "value", bar.valueLabel());
            svg.end("g");
        }
        return svg.close();
    }
}
