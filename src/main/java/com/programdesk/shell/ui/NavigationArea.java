package com.programdesk.shell.ui;

import com.vaadin.flow.server.menu.MenuEntry;

/**
 * Areas of the side navigation. A view joins an area through the order in its {@code @Menu}
 * annotation: 0–99 workspace, 100–899 program work, 900 and up administration.
 */
enum NavigationArea {
    WORKSPACE(null, 0, 100),
    PROGRAMS("nav.area.programs", 100, 900),
    ADMINISTRATION("nav.area.administration", 900, Integer.MAX_VALUE);

    private final String labelKey;
    private final double from;
    private final double to;

    NavigationArea(String labelKey, double from, double to) {
        this.labelKey = labelKey;
        this.from = from;
        this.to = to;
    }

    String labelKey() {
        return labelKey;
    }

    boolean contains(MenuEntry entry) {
        double order = entry.order() == null ? 0 : entry.order();
        return order >= from && order < to;
    }
}
