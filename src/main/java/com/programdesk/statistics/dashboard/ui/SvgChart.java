package com.programdesk.statistics.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.function.Supplier;

/**
 * A server-drawn SVG chart that does not keep its markup in the session: the markup is built and
 * sent to the browser whenever the chart is attached (again after a tab switch), and then dropped.
 * Only the chart's figures stay, which are a fraction of the markup's size.
 */
@Tag("div")
final class SvgChart extends Component implements HasStyle {

    private final transient Supplier<String> markup;

    SvgChart(Supplier<String> markup, String className) {
        this.markup = markup;
        addClassNames("chart-holder", className);
        addAttachListener(e -> getElement().executeJs("this.innerHTML = $0", markup.get()));
    }

    /** The markup the browser gets. */
    String markup() {
        return markup.get();
    }
}
