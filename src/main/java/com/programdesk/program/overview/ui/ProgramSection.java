package com.programdesk.program.overview.ui;

import com.programdesk.program.plan.domain.Program;
import com.vaadin.flow.component.Component;

/**
 * A tab that a feature built on programs adds to the program page (the evaluation reports), without the program feature knowing
 * it: a Spring bean of the other feature's ui package implements this, the page asks every one for its tab.
 */
public interface ProgramSection {

    /** The tab's caption, a message key. */
    String titleKey();

    /**
     * The tab's content for the program, created when the tab is first opened.
     *
     * @param planner whether the reader plans programs (administrators and coordinators)
     */
    Component create(Program program, boolean planner);
}
