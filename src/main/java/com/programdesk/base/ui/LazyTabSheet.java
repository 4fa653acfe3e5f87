package com.programdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.function.Supplier;

/**
 * A tab sheet whose tabs build their content the first time they are shown. A tab never opened
 * costs no components, queries or session memory.
 */
public class LazyTabSheet extends TabSheet {

    public Tab addLazy(String label, Supplier<Component> content) {
        Div holder = new Div();
        holder.setSizeFull();
        Tab tab = add(label, holder);
        Runnable fill = () -> {
            if (holder.getChildren().findAny().isEmpty()) {
                holder.add(content.get());
            }
        };
        addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                fill.run();
            }
        });
        if (getSelectedTab() == tab) {
            fill.run();
        }
        return tab;
    }
}
