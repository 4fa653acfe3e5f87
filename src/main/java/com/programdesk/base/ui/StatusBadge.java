package com.programdesk.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;

/**
 * A Lumo badge in a grid cell, rendered in the browser: a component per row would cost server
 * memory in every session for every visible row.
 */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static <T> LitRenderer<T> of(SerializablePredicate<T> positive, SerializableFunction<T, String> label) {
        return LitRenderer.<T>of("<span theme=\"badge ${item.badgeTheme}\">${item.badgeLabel}</span>")
                .withProperty("badgeTheme", item -> positive.test(item) ? "success" : "contrast")
                .withProperty("badgeLabel", label::apply);
    }
}
