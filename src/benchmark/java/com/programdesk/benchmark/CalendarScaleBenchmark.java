package com.programdesk.benchmark;

import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: a benchmark, run on demand with
 * {@code ./mvnw -Pbenchmarks -DskipProduction test -Dtest=CalendarScaleBenchmark} (docs/benchmarks.md). Generates 20,000 activities (with audiences) into the test
 * MariaDB, then measures the server time of a month page and of computing all targets of a program.
 * Prints and writes the figures to target/benchmarks/calendar-scale.txt; it asserts nothing about time.
 */
@Tag("benchmark")
@ProgramDeskTest
class CalendarScaleBenchmark {

    private static final int ACTIVITIES = 20_000;
    private static final int RUNS = 50;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActivityService activities;
    @Autowired
    TargetService targets;
    @Autowired
    DemoUsers demoUsers;

    @Test
    void monthPageAndTargetsWith20000Activities() throws IOException {
        long pilot = jdbc.sql("SELECT id FROM program WHERE document_number = '乐卫发〔2024〕25号'").query(Long.class).single();
        long generated = generate(pilot);
        List<String> report = new ArrayList<>();
        report.add("activities in the database: " + jdbc.sql("SELECT COUNT(*) FROM activity").query(Long.class).single()
                + " (" + generated + " generated into the pilot program 2023-09 … 2024-08)");
        LocalDate may = LocalDate.of(2024, 5, 1);
        demoUsers.login("coordinator");
        try {
            report.add(measure("month page (dated + undated, 6 weeks)", () -> activities.dated(may.minusDays(2), may.plusDays(40), ActivityFilter.none()).size()
                    + activities.undated(may.minusDays(2), may.plusDays(40), ActivityFilter.none()).size()));
            report.add(measure("month page filtered by type", () -> activities.dated(may.minusDays(2), may.plusDays(40),
                    new ActivityFilter(null, com.programdesk.program.activities.domain.ActivityType.LECTURE, null, null, null)).size()));
            report.add(measure("all targets of the pilot program (3)", () -> targets.progress(pilot).size()));
            report.add(measure("agenda list, first page of 50", () -> activities.agenda(may, may.plusDays(30), ActivityFilter.none(), 0, 50).size()
                    + activities.countAgenda(may, may.plusDays(30), ActivityFilter.none())));
        } finally {
            demoUsers.logout();
        }
        Path out = Path.of("target", "benchmarks", "calendar-scale.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private String measure(String name, Supplier<Integer> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        long[] nanos = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = work.get();
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%-45s rows %5d   p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms", name, rows,
                nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    /** Plain batched inserts: the benchmark measures reads, not the service's write path. */
    private long generate(long programId) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM activity").query(Long.class).single();
        if (existing >= ACTIVITIES) {
            return 0;
        }
        List<Long> organisers = jdbc.sql("SELECT id FROM institution").query(Long.class).list();
        String[] types = {"LECTURE", "SALON", "FREE_CLINIC", "CAMPAIGN_DAY", "TRAINING", "LIVE_STREAM"};
        String[] statuses = {"DONE", "DONE", "DONE", "PLANNED", "CONFIRMED", "CANCELLED"};
        String[] audiences = {"MIDDLE_SCHOOL", "COLLEGE", "PUBLIC", "MENOPAUSAL_WOMEN"};
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2023, 9, 1);
        long count = 0;
        for (int batch = 0; batch < ACTIVITIES / 1000; batch++) {
            StringBuilder sql = new StringBuilder("INSERT INTO activity (program_id, title, type, format, starts_at, ends_at, "
                    + "window_start, window_end, place, organiser_id, planned_attendance, actual_attendance, status) VALUES ");
            for (int i = 0; i < 1000; i++) {
                LocalDate day = start.plusDays(random.nextInt(365));
                int hour = 8 + random.nextInt(10);
                String status = statuses[random.nextInt(statuses.length)];
                sql.append(i == 0 ? "" : ",").append("(").append(programId).append(",'生成的活动 ").append(batch * 1000 + i)
                        .append("','").append(types[random.nextInt(types.length)]).append("','OFFLINE','")
                        .append(day).append(' ').append(hour).append(":00','").append(day).append(' ').append(hour + 2).append(":00','")
                        .append(day).append("','").append(day).append("','会场").append(random.nextInt(200)).append("',")
                        .append(organisers.get(random.nextInt(organisers.size()))).append(",60,")
                        .append("DONE".equals(status) ? String.valueOf(20 + random.nextInt(80)) : "NULL").append(",'").append(status).append("')");
            }
            jdbc.sql(sql.toString()).update();
            count += 1000;
        }
        jdbc.sql("INSERT IGNORE INTO activity_audience (activity_id, audience) SELECT id, ELT(1 + (id % 4), ?, ?, ?, ?) FROM activity")
                .params((Object[]) audiences).update();
        return count;
    }
}
