package com.programdesk.program.targets.ui;

import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.domain.TargetStatus;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.springframework.web.util.HtmlUtils;

/**
 * One target and its status. Counts: "78 / 120 场", a bar with a marker where it should be by
 * today. Levels (rates): "4.2 ‰" against "目标 ≤ 5 ‰". Rising and falling targets: this year's
 * value, an arrow and last year's value over the same periods.
 *
 * <p>Drawn as one element with its markup, not a component per line: the home page and the dashboard show a card for
 * each target of each running program on every visit, and as components a card cost ten nodes to build and send.
 */
public class TargetProgressCard extends Div {

    private final NumberFormat numbers;
    private final StringBuilder html = new StringBuilder();

    public TargetProgressCard(TargetProgress progress) {
        addClassName("target-progress");
        numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(2);
        Target target = progress.target();
        String status = progress.withheld() ? getTranslation("target.withheld")
                : progress.denominatorMissing() ? getTranslation("target.denominatorMissing")
                : getTranslation(progress.status().messageKey());
        html.append("<div class=\"target-header\">");
        span("target-name", target.getName());
        html.append("<span theme=\"badge ").append(theme(progress.status())).append("\">").append(escape(status)).append("</span></div>");
        if (progress.withheld()) {
            span("target-expected", getTranslation("target.withheld.explain"));
        } else if (progress.denominatorMissing()) {
            span("target-expected", getTranslation("target.denominatorMissing.explain"));
        } else if (target.getDirection().isTrend()) {
            addTrend(progress);
        } else if (target.getMeasure() == TargetMeasure.REPORTED_INDICATOR && progress.expected() == null && progress.actual() != null) {
            addLevel(progress);
        } else {
            addCount(progress);
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    private void addCount(TargetProgress progress) {
        String unit = progress.target().getUnit();
        track(progress, true);
        html.append("<div>");
        span("target-figures", progress.actual() == null ? getTranslation("target.status.NO_DATA")
                : getTranslation("target.figures", format(progress.actual()), format(progress.target().getTargetValue()), unit));
        span("target-expected", progress.expected() == null ? "" : getTranslation("target.expectedToday", format(progress.expected()), unit));
        html.append("</div>");
    }

    private void addLevel(TargetProgress progress) {
        String unit = progress.target().getUnit();
        track(progress, false);
        html.append("<div>");
        span("target-figures", getTranslation("target.figures.value", format(progress.actual()), unit));
        span("target-expected", getTranslation("target.goal." + progress.target().getDirection().name(),
                format(progress.target().getTargetValue()), unit));
        html.append("</div>");
    }

    private void addTrend(TargetProgress progress) {
        String unit = progress.target().getUnit();
        html.append("<div>");
        span("target-figures", progress.actual() == null ? getTranslation("target.status.NO_DATA")
                : getTranslation("target.figures.value", format(progress.actual()), unit));
        if (progress.actual() != null && progress.expected() != null) {
            int change = progress.actual().compareTo(progress.expected());
            html.append("<span class=\"target-arrow ").append(theme(progress.status())).append("\" aria-label=\"")
                    .append(escape(getTranslation(change > 0 ? "target.change.up" : change < 0 ? "target.change.down" : "target.change.same")))
                    .append("\">").append(change > 0 ? "↑" : change < 0 ? "↓" : "→").append("</span>");
        }
        span("target-expected", progress.expected() == null ? getTranslation("target.lastYearMissing")
                : getTranslation("target.lastYear", format(progress.expected()), unit));
        html.append("</div>");
        span("target-expected", getTranslation("target.goal." + progress.target().getDirection().name(), "", unit));
    }

    /** The bar up to the actual value, and for counts a marker where it should be by today. */
    private void track(TargetProgress progress, boolean withExpected) {
        html.append("<div class=\"target-track\"><vaadin-progress-bar min=\"0\" max=\"100\" value=\"").append(progress.percentOfTarget())
                .append("\" theme=\"").append(variant(progress.status())).append("\" aria-label=\"").append(escape(progress.target().getName()))
                .append("\"></vaadin-progress-bar>");
        if (withExpected && progress.expected() != null) {
            html.append("<div class=\"target-expected-marker\" style=\"inset-inline-start: ").append(progress.percentExpected()).append("%\"></div>");
        }
        html.append("</div>");
    }

    private void span(String className, String text) {
        html.append("<span class=\"").append(className).append("\">").append(escape(text)).append("</span>");
    }

    private String format(BigDecimal value) {
        return value == null ? "" : numbers.format(value.stripTrailingZeros());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String theme(TargetStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case BEHIND -> "error";
            case NO_DATA -> "contrast";
        };
    }

    /** The progress bar's theme (Lumo's success, contrast and error variants). */
    private static String variant(TargetStatus status) {
        return switch (status) {
            case ACHIEVED, ON_TRACK -> "success";
            case AT_RISK, NO_DATA -> "contrast";
            case BEHIND -> "error";
        };
    }
}
