package com.programdesk.statistics.dashboard.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of coloured cells drawn as SVG: institutions (or areas) down, periods across. Each cell has a
 * state class (its colour, set in the stylesheet), a symbol so that it does not rely on colour
 * alone, and a tooltip. An optional first row carries a text per period (the share received). A row
 * given an id carries it as {@code data-id} and can be focused, so the view can open it (drill down).
 */
public final class Heatmap {

    /** One cell: {@code state} becomes the class {@code cell-<state>}. */
    public record Cell(String state, String symbol, String tooltip) {
    }

    private record Row(String id, String name, List<Cell> cells) {
    }

    private static final double NAME_WIDTH = 190;
    private static final double ROW = 24;
    private static final double TOP = 28;
    private static final double FONT = 12;
    private static final double PLOT_WIDTH = 620;
    private static final double MAX_CELL = 52;

    private final String label;
    private final List<String> periods;
    private final List<Row> rows = new ArrayList<>();
    private String summaryName;
    private List<String> summary;

    public Heatmap(String label, List<String> periods) {
        this.label = label;
        this.periods = List.copyOf(periods);
    }

    public Heatmap summary(String name, List<String> texts) {
        this.summaryName = name;
        this.summary = List.copyOf(texts);
        return this;
    }

    public Heatmap row(String name, List<Cell> cells) {
        return row(null, name, cells);
    }

    /** A row that opens something when clicked: {@code id} becomes its {@code data-id}. */
    public Heatmap row(String id, String name, List<Cell> cells) {
        if (cells.size() != periods.size()) {
            throw new IllegalArgumentException("one cell per period");
        }
        rows.add(new Row(id, name, List.copyOf(cells)));
        return this;
    }

    public String toSvg() {
        double cell = Math.min(MAX_CELL, PLOT_WIDTH / Math.max(periods.size(), 1));
        double left = NAME_WIDTH + 8;
        int every = (int) Math.ceil(46 / cell);
        double top = TOP + (summary == null ? 0 : ROW);
        double width = left + periods.size() * cell + 8;
        double height = top + rows.size() * ROW + 4;
        SvgWriter svg = new SvgWriter().open(width, height, "heatmap", label);
        for (int c = 0; c < periods.size(); c++) {
            if (c % every == 0) {
                svg.text(left + c * cell + cell * every / 2, TOP - 10, "middle", "tick", periods.get(c));
            }
        }
        if (summary != null) {
            svg.text(NAME_WIDTH, TOP + ROW / 2 + 4, "end", "name summary", SvgWriter.fit(summaryName, NAME_WIDTH, FONT));
            for (int c = 0; c < periods.size(); c++) {
                if (cell >= 30) {
                    svg.text(left + c * cell + cell / 2, TOP + ROW / 2 + 4, "middle", "summary", summary.get(c));
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = top + r * ROW;
            if (row.id() != null) {
                svg.group(SvgWriter.attribute("class", "row link") + SvgWriter.attribute("data-id", row.id())
                        + SvgWriter.attribute("tabindex", "0") + SvgWriter.attribute("role", "link")
                        + SvgWriter.attribute("aria-label", row.name()));
            }
            svg.text(NAME_WIDTH, y + ROW / 2 + 4, "end", "name", SvgWriter.fit(row.name(), NAME_WIDTH, FONT));
            for (int c = 0; c < periods.size(); c++) {
                Cell state = row.cells().get(c);
                double x = left + c * cell;
                svg.rect(x + 1, y + 1, cell - 2, ROW - 2, "cell cell-" + state.state(), state.tooltip());
                if (cell >= 18 && !state.symbol().isEmpty()) {
                    svg.text(x + cell / 2, y + ROW / 2 + 4, "middle", "symbol on-" + state.state(), state.symbol());
                }
            }
            if (row.id() != null) {
                svg.end("g");
            }
        }
        return svg.close();
    }
}
