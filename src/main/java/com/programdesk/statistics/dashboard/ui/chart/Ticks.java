package com.programdesk.statistics.dashboard.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A value axis from zero with "nice" steps (1, 2 or 5 × 10ⁿ), about five of them. */
record Ticks(double max, List<Double> values) {

    static Ticks upTo(double highest) {
        double top = highest <= 0 ? 1 : highest;
        double raw = top / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude <= 1 ? magnitude : raw / magnitude <= 2 ? 2 * magnitude : raw / magnitude <= 5 ? 5 * magnitude : 10 * magnitude;
        double max = Math.ceil(top / step) * step;
        List<Double> values = new ArrayList<>();
        for (int i = 0; i * step <= max + step / 1000; i++) {
            values.add(i * step);
        }
        return new Ticks(max, values);
    }

    static String label(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
