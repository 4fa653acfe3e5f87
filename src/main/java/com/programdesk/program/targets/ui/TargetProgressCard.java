package com.programdesk.program.targets.ui;

import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.domain.TargetStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.math.BigDecimal;
import java.text.NumberFormat;

/**
 * One target and its status. Counts: "78 / 120 场", a bar with a marker where it should be by
 * today. Levels (rates): "4.2 ‰" against "目标 ≤ 5 ‰". Rising and falling targets: this year's
 * value, an arrow and last year's value over the same periods.
 */
public class TargetProgressCard extends Div {

    private final NumberFormat numbers;

    public TargetProgressCard(TargetProgress progress) {
        addClassName("target-progress");
        numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(2);
        Target target = progress.target();
        Span name = new Span(target.getName());
        name.addClassName("target-name");
        Span status = new Span(getTranslation(progress.status().messageKey()));
        status.getElement().getThemeList().add("badge " + theme(progress.status()));
        Div header = new Div(name, status);
        header.addClassName("target-header");
        add(header);
        if (progress.withheld()) {
            status.setText(getTranslation("target.withheld"));
            Span figures = new Span(getTranslation("target.withheld.explain"));
            figures.addClassName("target-expected");
            add(figures);
        } else if (progress.denominatorMissing()) {
            status.setText(getTranslation("target.denominatorMissing"));
            Span figures = new Span(getTranslation("target.denominatorMissing.explain"));
            figures.addClassName("target-expected");
            add(figures);
        } else if (target.getDirection().isTrend()) {
            addTrend(progress);
        } else if (target.getMeasure() == TargetMeasure.REPORTED_INDICATOR && progress.expected() == null && progress.actual() != null) {
            addLevel(progress);
        } else {
            addCount(progress);
        }
    }

    private void addCount(TargetProgress progress) {
        String unit = progress.target().getUnit();
        Span figures = new Span(progress.actual() == null ? getTranslation("target.status.NO_DATA")
                : getTranslation("target.figures", format(progress.actual()), format(progress.target().getTargetValue()), unit));
        figures.addClassName("target-figures");
        Div track = new Div(bar(progress));
        track.addClassName("target-track");
        if (progress.expected() != null) {
            Div marker = new Div();
            marker.addClassName("target-expected-marker");
            marker.getStyle().set("inset-inline-start", progress.percentExpected() + "%");
            track.add(marker);
        }
        Span expected = new Span(progress.expected() == null ? "" : getTranslation("target.expectedToday", format(progress.expected()), unit));
        expected.addClassName("target-expected");
        add(track, new Div(figures, expected));
    }

    private void addLevel(TargetProgress progress) {
        String unit = progress.target().getUnit();
        Span figures = new Span(getTranslation("target.figures.value", format(progress.actual()), unit));
        figures.addClassName("target-figures");
        Span goal = new Span(getTranslation("target.goal." + progress.target().getDirection().name(),
                format(progress.target().getTargetValue()), unit));
        goal.addClassName("target-expected");
        Div track = new Div(bar(progress));
        track.addClassName("target-track");
        add(track, new Div(figures, goal));
    }

    private void addTrend(TargetProgress progress) {
        String unit = progress.target().getUnit();
        Span figures = new Span(progress.actual() == null ? getTranslation("target.status.NO_DATA")
                : getTranslation("target.figures.value", format(progress.actual()), unit));
        figures.addClassName("target-figures");
        Div line = new Div(figures);
        if (progress.actual() != null && progress.expected() != null) {
            int change = progress.actual().compareTo(progress.expected());
            Span arrow = new Span(change > 0 ? "↑" : change < 0 ? "↓" : "→");
            arrow.addClassNames("target-arrow", theme(progress.status()));
            arrow.getElement().setAttribute("aria-label", getTranslation(change > 0 ? "target.change.up" : change < 0
                    ? "target.change.down" : "target.change.same"));
            line.add(arrow);
        }
        Span lastYear = new Span(progress.expected() == null ? getTranslation("target.lastYearMissing")
                : getTranslation("target.lastYear", format(progress.expected()), unit));
        lastYear.addClassName("target-expected");
        line.add(lastYear);
        Span goal = new Span(getTranslation("target.goal." + progress.target().getDirection().name(), "", unit));
        goal.addClassName("target-expected");
        add(line, goal);
    }

    private ProgressBar bar(TargetProgress progress) {
        ProgressBar bar = new ProgressBar(0, 100, progress.percentOfTarget());
        bar.addThemeVariants(variant(progress.status()));
        bar.getElement().setAttribute("aria-label", progress.target().getName());
        return bar;
    }

    private String format(BigDecimal value) {
        return value == null ? "" : numbers.format(value.stripTrailingZeros());
    }

    private static String theme(TargetStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case BEHIND -> "error";
            case NO_DATA -> "contrast";
        };
    }

    private static ProgressBarVariant variant(TargetStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK -> ProgressBarVariant.LUMO_SUCCESS;
            case AT_RISK, NO_DATA -> ProgressBarVariant.LUMO_CONTRAST;
            case BEHIND -> ProgressBarVariant.LUMO_ERROR;
        };
    }
}
