package com.programdesk.program.ui;

import com.programdesk.program.domain.TargetProgress;
import com.programdesk.program.domain.TargetStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.math.BigDecimal;
import java.text.NumberFormat;

/** One target: name, "78 / 120 场", a bar with a marker where it should be by today, and its status. */
public class TargetProgressCard extends Div {

    public TargetProgressCard(TargetProgress progress) {
        addClassName("target-progress");
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(1);
        String unit = progress.target().getUnit();
        Span name = new Span(progress.target().getName());
        name.addClassName("target-name");
        Span figures = new Span(progress.actual() == null ? getTranslation("target.status.NO_DATA")
                : getTranslation("target.figures", format(numbers, progress.actual()), format(numbers, progress.target().getTargetValue()), unit));
        figures.addClassName("target-figures");
        Span status = new Span(getTranslation(progress.status().messageKey()));
        status.getElement().getThemeList().add("badge " + theme(progress.status()));

        ProgressBar bar = new ProgressBar(0, 100, progress.percentOfTarget());
        bar.addThemeVariants(variant(progress.status()));
        bar.getElement().setAttribute("aria-label", progress.target().getName());
        Div marker = new Div();
        marker.addClassName("target-expected-marker");
        marker.getStyle().set("inset-inline-start", progress.percentExpected() + "%");
        Div track = new Div(bar, marker);
        track.addClassName("target-track");
        Span expected = new Span(progress.expected() == null ? "" : getTranslation("target.expectedToday",
                format(numbers, progress.expected()), unit));
        expected.addClassName("target-expected");

        Div header = new Div(name, status);
        header.addClassName("target-header");
        add(header, track, new Div(figures, expected));
    }

    private static String format(NumberFormat numbers, BigDecimal value) {
        return numbers.format(value.stripTrailingZeros());
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
            case AT_RISK -> ProgressBarVariant.LUMO_CONTRAST;
            case BEHIND -> ProgressBarVariant.LUMO_ERROR;
            case NO_DATA -> ProgressBarVariant.LUMO_CONTRAST;
        };
    }
}
