package com.programdesk.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The summary line and the per-view table of the steady phase (between two CPU samples). */
final class LoadSummary {

    private LoadSummary() {
    }

    static String render(List<RoundTrips.Row> all, CpuSample from, CpuSample to, int users, int cores) {
        List<RoundTrips.Row> steady = all.stream()
                .filter(r -> r.endMillis() >= from.atMillis() && r.endMillis() <= to.atMillis()).toList();
        double seconds = (to.atMillis() - from.atMillis()) / 1000.0;
        long errors = steady.stream().filter(r -> !r.ok()).count();
        long errorsAll = all.stream().filter(r -> !r.ok()).count();
        int n = steady.size();
        double app = cpuMs(from.appTicks(), to.appTicks());
        double db = cpuMs(from.dbTicks(), to.dbTicks());
        double gen = cpuMs(from.generatorTicks(), to.generatorTicks());
        double busy = 100.0 * (to.machineBusy() - from.machineBusy()) / Math.max(1, to.machineTotal() - from.machineTotal());
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "SUMMARY users=%d steady=%.0fs p50/p95/p99=%s/%s/%s ms errors=%d (whole run %d) round-trips/s=%.1f "
                        + "app-cpu=%s ms/rt db-cpu=%s ms/rt (app %s %%, db %s %%, generator %s %% of %d cores) machine-busy=%.0f%%%n",
                users, seconds, pct(steady, 50), pct(steady, 95), pct(steady, 99), errors, errorsAll, n / seconds,
                perRt(app, n), perRt(db, n), share(app, seconds, cores), share(db, seconds, cores), share(gen, seconds, cores),
                cores, busy));
        out.append(byMinute(steady, from.atMillis(), to.atMillis()));
        out.append(String.format("%n%-16s %7s %8s %24s %14s %24s%n", "view", "clicks", "rt/click",
                "navigate p50/p95/p99 ms", "follow-up p95", "click total p50/p95/p99 ms"));
        Map<String, List<RoundTrips.Row>> byView = new TreeMap<>();
        steady.forEach(r -> byView.computeIfAbsent(r.view(), k -> new ArrayList<>()).add(r));
        byView.forEach((view, rows) -> {
            List<RoundTrips.Row> clicks = only(rows, r -> r.kind().equals("navigate"));
            List<RoundTrips.Row> followUps = only(rows, r -> r.kind().equals("follow-up"));
            List<RoundTrips.Row> totals = clickTotals(rows);
            long browsing = rows.stream().filter(r -> !r.kind().contains(" · ")).count(); // a write flow's round trips: in the writes table
            out.append(String.format("%-16s %7d %8.1f %24s %14s %24s%s%n", view, clicks.size(),
                    clicks.isEmpty() ? 0.0 : (double) browsing / clicks.size(),
                    pct(clicks, 50) + " / " + pct(clicks, 95) + " / " + pct(clicks, 99), pct(followUps, 95),
                    pct(totals, 50) + " / " + pct(totals, 95) + " / " + pct(totals, 99),
                    rows.stream().anyMatch(r -> !r.ok()) ? "  errors " + rows.stream().filter(r -> !r.ok()).count() : ""));
        });
        out.append(Writes.render(steady, from.atMillis(), to.atMillis()));
        return out.toString();
    }

    /**
     * p95 and round trips/s of each minute of the steady phase: whether a tail came from the whole phase or from its
     * first minute (the backlog of the ramp's last logins) or a slower stretch of the machine.
     */
    private static String byMinute(List<RoundTrips.Row> steady, long fromMillis, long toMillis) {
        int minutes = (int) Math.max(1, Math.round((toMillis - fromMillis) / 60_000.0));
        List<List<RoundTrips.Row>> byMinute = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            byMinute.add(new ArrayList<>());
        }
        // the last minute runs to the phase's end (a phase of 300.01 s has five minutes, not a sixth of 10 ms)
        steady.forEach(r -> byMinute.get((int) Math.min(minutes - 1, (r.endMillis() - fromMillis) / 60_000)).add(r));
        StringBuilder p95 = new StringBuilder();
        StringBuilder rate = new StringBuilder();
        for (int i = 0; i < minutes; i++) {
            long length = i == minutes - 1 ? toMillis - fromMillis - i * 60_000L : 60_000;
            p95.append(' ').append(pct(byMinute.get(i), 95));
            rate.append(' ').append(Math.round(byMinute.get(i).size() * 1000.0 / Math.max(1, length)));
        }
        return "steady phase by minute: p95 ms" + p95 + " | round trips/s" + rate + System.lineSeparator();
    }

    /** navigate + its follow-ups of one user, as one click costs. */
    private static List<RoundTrips.Row> clickTotals(List<RoundTrips.Row> rows) {
        List<RoundTrips.Row> totals = new ArrayList<>();
        Map<Long, RoundTrips.Row> open = new TreeMap<>();
        rows.stream().sorted(Comparator.comparingLong(RoundTrips.Row::endMillis)).forEach(r -> {
            if (r.kind().equals("navigate")) {
                RoundTrips.Row prev = open.put(r.userId(), r);
                if (prev != null) {
                    totals.add(prev);
                }
            } else if (r.kind().equals("follow-up") && open.containsKey(r.userId())) {
                RoundTrips.Row p = open.get(r.userId());
                open.put(r.userId(), new RoundTrips.Row(r.endMillis(), p.view(), p.kind(), p.millis() + r.millis(), p.ok() && r.ok(), p.userId()));
            }
        });
        totals.addAll(open.values());
        return totals;
    }

    private static List<RoundTrips.Row> only(List<RoundTrips.Row> rows, Predicate<RoundTrips.Row> p) {
        return rows.stream().filter(p).toList();
    }

    static String pct(List<RoundTrips.Row> rows, int p) {
        if (rows.isEmpty()) {
            return "-";
        }
        long[] ms = rows.stream().mapToLong(RoundTrips.Row::millis).sorted().toArray();
        return String.valueOf(ms[Math.max(0, (int) Math.ceil(p / 100.0 * ms.length) - 1)]);
    }

    private static double cpuMs(long from, long to) {
        return from < 0 || to < 0 ? -1 : (to - from) * CpuSample.MS_PER_TICK;
    }

    private static String perRt(double cpuMs, int n) {
        return cpuMs < 0 || n == 0 ? "n/a" : String.format("%.2f", cpuMs / n);
    }

    private static String share(double cpuMs, double seconds, int cores) {
        return cpuMs < 0 ? "n/a" : String.format("%.0f", 100.0 * cpuMs / (seconds * 1000 * cores));
    }
}
