package com.programdesk.memberevent.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The years offered in the year pickers: this one and the five before it, newest first. */
final class Years {

    private static final int SHOWN = 6;

    private Years() {
    }

    static List<Integer> recent(Clock clock) {
        int current = LocalDate.now(clock).getYear();
        return IntStream.range(0, SHOWN).mapToObj(back -> current - back).toList();
    }
}
