package com.programdesk.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the write flows ({@link WriteFlows}) did: each flow started, each write confirmed by the
 * app, each flow that found nothing waiting. The summary counts them in the steady phase (and the
 * whole run) and gives each flow's round trips, recorded with the kind "flow · step".
 */
final class Writes {

    enum Outcome { STARTED, DONE, NOTHING_WAITING, CONFLICT }

    record Event(long atMillis, String name, Outcome outcome) { }

    /** The writes in the order the summary lists them (a write not listed here comes after them). */
    static final List<String> ORDER = List.of("report drafts saved", "reports submitted", "reports approved", "tasks assigned", "task progress reported",
            "tasks submitted", "tasks accepted", "tasks returned", "findings recorded", "corrections submitted", "corrections verified", "corrections returned",
            "activities done", "member events logged", "dashboard period changes");

    private static final ConcurrentLinkedQueue<Event> EVENTS = new ConcurrentLinkedQueue<>();

    private Writes() {
    }

    static void started(String flow) {
        EVENTS.add(new Event(System.currentTimeMillis(), flow, Outcome.STARTED));
    }

    static void done(String write) {
        EVENTS.add(new Event(System.currentTimeMillis(), write, Outcome.DONE));
    }

    /** Another session of the same account saved the record first: the app said so, nothing was saved. */
    static void conflict(String flow) {
        EVENTS.add(new Event(System.currentTimeMillis(), flow, Outcome.CONFLICT));
    }

    static void nothingWaiting(String flow) {
        EVENTS.add(new Event(System.currentTimeMillis(), flow, Outcome.NOTHING_WAITING));
    }

    /** The writes line and the per-flow table of the steady phase, or "" when the run had no write flow. */
    static String render(List<RoundTrips.Row> steady, long from, long to) {
        List<Event> all = List.copyOf(EVENTS);
        if (all.isEmpty()) {
            return "";
        }
        List<Event> window = all.stream().filter(e -> e.atMillis() >= from && e.atMillis() <= to).toList();
        Map<String, long[]> writes = new LinkedHashMap<>();
        ORDER.forEach(w -> writes.put(w, new long[2]));
        all.stream().filter(e -> e.outcome() == Outcome.DONE).forEach(e -> writes.computeIfAbsent(e.name(), k -> new long[2])[1]++);
        window.stream().filter(e -> e.outcome() == Outcome.DONE).forEach(e -> writes.get(e.name())[0]++);
        List<String> parts = new ArrayList<>();
        writes.forEach((w, n) -> parts.add(w + " " + n[0] + (n[1] != n[0] ? " (" + n[1] + ")" : "")));
        StringBuilder out = new StringBuilder(String.format("%nWRITES in the steady phase (whole run in brackets where different): %s%n",
                String.join(", ", parts)));

        Map<String, List<RoundTrips.Row>> byFlow = new TreeMap<>();
        for (RoundTrips.Row r : steady) {
            int at = r.kind().indexOf(" · ");
            if (at > 0) {
                byFlow.computeIfAbsent(r.kind().substring(0, at), k -> new ArrayList<>()).add(r);
            }
        }
        window.stream().filter(e -> e.outcome() != Outcome.DONE).forEach(e -> byFlow.computeIfAbsent(e.name(), k -> new ArrayList<>()));
        out.append(String.format("%n%-18s %7s %15s %9s %9s %26s%n", "write flow", "started", "nothing waiting", "conflicts", "rt/flow",
                "round trip p50/p95/p99 ms"));
        byFlow.forEach((flow, rows) -> {
            long started = count(window, flow, Outcome.STARTED);
            out.append(String.format("%-18s %7d %15d %9d %9s %26s%s%n", flow, started, count(window, flow, Outcome.NOTHING_WAITING),
                    count(window, flow, Outcome.CONFLICT),
                    started == 0 ? "-" : String.format("%.1f", (double) rows.size() / started),
                    LoadSummary.pct(rows, 50) + " / " + LoadSummary.pct(rows, 95) + " / " + LoadSummary.pct(rows, 99),
                    rows.stream().anyMatch(r -> !r.ok()) ? "  errors " + rows.stream().filter(r -> !r.ok()).count() : ""));
        });
        return out.toString();
    }

    /**
     * The writes the app confirmed in the whole run, a line "write&lt;TAB&gt;count" each (every kind of
     * {@link #ORDER}, 0 included), for bench/load/consistency.py to hold against the database.
     */
    static void writeTotals(Path file) throws IOException {
        Map<String, Long> totals = new LinkedHashMap<>();
        ORDER.forEach(w -> totals.put(w, 0L));
        EVENTS.stream().filter(e -> e.outcome() == Outcome.DONE).forEach(e -> totals.merge(e.name(), 1L, Long::sum));
        StringBuilder out = new StringBuilder();
        totals.forEach((write, n) -> out.append(write).append('\t').append(n).append('\n'));
        Files.writeString(file, out);
    }

    private static long count(List<Event> events, String name, Outcome outcome) {
        return events.stream().filter(e -> e.outcome() == outcome && e.name().equals(name)).count();
    }
}
