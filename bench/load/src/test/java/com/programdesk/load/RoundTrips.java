package com.programdesk.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every round trip of the run (end time, view, round trip kind, response time, ok), written as CSV for the summary. */
final class RoundTrips {

    record Row(long endMillis, String view, String kind, long millis, boolean ok, long userId) { }

    /** A virtual user: its account, the app node that served its login (HAProxy's SERVERID cookie), its first failure. */
    record User(String account, String node, long failedAtMillis, String failure) { }

    private static final ConcurrentLinkedQueue<Row> ROWS = new ConcurrentLinkedQueue<>();
    private static final Map<Long, User> USERS = new ConcurrentHashMap<>();

    /** The user logged in, served by this node ("-" without a load balancer). */
    static void loggedIn(long userId, String account, String node) {
        USERS.merge(userId, new User(account, node, 0, ""), (old, now) -> new User(account, node, old.failedAtMillis(), old.failure()));
    }

    /** The user's first failure and why (a virtual user stops at its first error). */
    static void failed(long userId, String account, String why) {
        String clean = why == null ? "failed" : why.replaceAll("[,\\r\\n]+", " ");
        String reason = clean.length() > 200 ? clean.substring(0, 200) : clean;
        USERS.compute(userId, (id, old) -> old == null ? new User(account == null ? "-" : account, "-", System.currentTimeMillis(), reason)
                : old.failedAtMillis() > 0 ? old : new User(old.account(), old.node(), System.currentTimeMillis(), reason));
    }

    private RoundTrips() {
    }

    static void record(long userId, String view, String kind, long millis, boolean ok) {
        if (!ok) {
            failed(userId, null, view + " " + kind);
        }
        ROWS.add(new Row(System.currentTimeMillis(), view, kind, millis, ok, userId));
    }

    static List<Row> all() {
        return List.copyOf(ROWS);
    }

    static void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("end_ms,user,view,kind,ms,ok");
            for (Row r : ROWS) {
                out.println(r.endMillis() + "," + r.userId() + "," + r.view() + "," + r.kind() + "," + r.millis() + "," + (r.ok() ? 1 : 0));
            }
        }
        // users.csv beside it: which node served each user, and its first failure (ops/cluster/fault-tests reads it)
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file.resolveSibling("users.csv"), StandardCharsets.UTF_8))) {
            out.println("user,account,node,failed_ms,failure");
            USERS.forEach((id, u) -> out.println(id + "," + u.account() + "," + u.node() + "," + u.failedAtMillis() + "," + u.failure()));
        }
    }
}
