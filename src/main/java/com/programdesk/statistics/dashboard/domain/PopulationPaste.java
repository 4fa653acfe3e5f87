package com.programdesk.statistics.dashboard.domain;

import java.util.List;

/**
 * What pasting population figures did: how many were saved, or, when any line is wrong, each wrong line with what is
 * wrong in it (then nothing was saved).
 */
public record PopulationPaste(int saved, List<Problem> problems) {

    public PopulationPaste {
        problems = List.copyOf(problems);
    }

    /** A wrong line (1 = the first line pasted) and the message key saying why. */
    public record Problem(int line, String messageKey) {
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
