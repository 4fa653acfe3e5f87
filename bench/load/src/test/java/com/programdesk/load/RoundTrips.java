package com.programdesk.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every round trip of the run (end time, view, round trip kind, response time, ok), written as CSV for the summary. */
final class RoundTrips {

    record Row(long endMillis, String view, String kind, long millis, boolean ok, long userId) { }

    private static final ConcurrentLinkedQueue<Row> ROWS = new ConcurrentLinkedQueue<>();

    private RoundTrips() {
    }

    static void record(long userId, String view, String kind, long millis, boolean ok) {
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
    }
}
