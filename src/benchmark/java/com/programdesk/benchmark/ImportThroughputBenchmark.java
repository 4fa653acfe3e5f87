package com.programdesk.benchmark;

import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.imports.service.ReportImportService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: a benchmark, run on demand with
 * {@code ./mvnw -Pbenchmarks -DskipProduction test -Dtest=ImportThroughputBenchmark} (docs/benchmarks.md). Generates a long-format CSV of 1,000,000 values (1,000
 * generated institutions × 48 months × the 21 elements of the two monthly forms, cut at one million),
 * then loads it twice into the test MariaDB: first with MariaDB's own {@code LOAD DATA LOCAL INFILE} into
 * a staging table plus {@code INSERT … SELECT} into stat_report and stat_value (no checks at all), then,
 * after deleting those rows, with {@link ReportImportService} (parse, check every row, compare, write),
 * preview and confirm, and the same file once more (nothing to update). Prints and writes the figures
 * to target/benchmarks/import-throughput.txt; it asserts nothing about time.
 */
@Tag("benchmark")
@ProgramDeskTest
class ImportThroughputBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int INSTITUTIONS = 1_000;
    private static final LocalDate FIRST_MONTH = LocalDate.of(2014, 1, 1);
    private static final int MONTHS = 48;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportImportService imports;
    @Autowired
    DemoUsers demoUsers;

    @Test
    void oneMillionValuesAgainstLoadData() throws IOException, SQLException {
        List<String> report = new ArrayList<>();
        institutionsFilingBothMonthlyForms();
        Path csv = Path.of("target", "benchmarks", "import-1m.csv").toAbsolutePath();
        Files.createDirectories(csv.getParent());
        writeCsv(csv);
        report.add(String.format(Locale.ROOT, "file: %,d rows, %.1f MB, %d institutions, %s … %s", ROWS, Files.size(csv) / 1e6,
                INSTITUTIONS, FIRST_MONTH, FIRST_MONTH.plusMonths(MONTHS - 1)));

        long[] loadData = loadData(csv);
        report.add(String.format(Locale.ROOT, "LOAD DATA LOCAL INFILE into staging   %7.2f s", loadData[0] / 1e9));
        report.add(String.format(Locale.ROOT, "INSERT … SELECT stat_report           %7.2f s", loadData[1] / 1e9));
        report.add(String.format(Locale.ROOT, "INSERT … SELECT stat_value            %7.2f s", loadData[2] / 1e9));
        long loadTotal = loadData[0] + loadData[1] + loadData[2];
        report.add(String.format(Locale.ROOT, "LOAD DATA path total                  %7.2f s  (%,.0f values/s)", loadTotal / 1e9, ROWS / (loadTotal / 1e9)));
        deleteGenerated();

        demoUsers.login("coordinator");
        try {
            long start = System.nanoTime();
            ImportSummary preview = imports.preview(csv, "import-1m.csv", new ImportProgress());
            long previewNanos = System.nanoTime() - start;
            report.add(String.format(Locale.ROOT, "import preview (parse + check + compare) %5.2f s  values %,d, errors %d", previewNanos / 1e9,
                    preview.values(), preview.errors()));
            System.gc();
            start = System.nanoTime();
            ImportSummary written = imports.confirm(csv, "import-1m.csv", new ImportProgress());
            long confirmNanos = System.nanoTime() - start;
            report.add(String.format(Locale.ROOT, "import confirm (parse + check + write)   %5.2f s  (%,.0f values/s) written %s, reports %,d, values %,d",
                    confirmNanos / 1e9, ROWS / (confirmNanos / 1e9), written.written(), written.reportsNew(), written.valuesNew()));
            start = System.nanoTime();
            ImportSummary again = imports.confirm(csv, "import-1m.csv", new ImportProgress());
            long againNanos = System.nanoTime() - start;
            report.add(String.format(Locale.ROOT, "same file again (nothing to update)     %5.2f s  unchanged %,d, written %s", againNanos / 1e9,
                    again.valuesUnchanged(), again.written()));
            report.add(String.format(Locale.ROOT, "ratio import confirm / LOAD DATA path: %.2f", (double) confirmNanos / loadTotal));
        } finally {
            demoUsers.logout();
        }
        report.add("stat_value rows now: " + jdbc.sql("SELECT COUNT(*) FROM stat_value").query(Long.class).single());
        Path out = Path.of("target", "benchmarks", "import-throughput.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private void institutionsFilingBothMonthlyForms() {
        if (jdbc.sql("SELECT COUNT(*) FROM institution WHERE code LIKE 'BENCH-%'").query(Integer.class).single() > 0) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO institution (name_zh, code, type) VALUES ");
        for (int i = 1; i <= INSTITUTIONS; i++) {
            sql.append(i == 1 ? "" : ",").append(String.format("('基准机构%04d','BENCH-%04d','TOWNSHIP_HEALTH_CENTRE')", i, i));
        }
        jdbc.sql(sql.toString()).update();
        jdbc.sql("""
                INSERT INTO report_form_institution (report_form_id, institution_id)
                SELECT f.id, i.id FROM report_form f JOIN institution i ON i.code LIKE 'BENCH-%'
                WHERE f.code IN ('EARLY_PREGNANCY', 'BASIC_CONTRACEPTION')""").update();
        jdbc.sql("""
                INSERT IGNORE INTO report_form_listed_institution (report_form_id, institution_id)
                SELECT report_form_id, institution_id FROM report_form_institution""").update();
    }

    private void writeCsv(Path csv) throws IOException {
        List<String> elements = jdbc.sql("""
                SELECT e.code FROM report_form f JOIN report_form_element fe ON fe.report_form_id = f.id JOIN data_element e ON e.id = fe.data_element_id
                WHERE f.code IN ('EARLY_PREGNANCY', 'BASIC_CONTRACEPTION') ORDER BY f.position, fe.position""").query(String.class).list();
        Random random = new Random(42);
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("institution_code,period,element_code,value\n");
            for (int i = 1; i <= INSTITUTIONS && rows < ROWS; i++) {
                for (int m = 0; m < MONTHS && rows < ROWS; m++) {
                    String period = FIRST_MONTH.plusMonths(m).toString().substring(0, 7);
                    for (int e = 0; e < elements.size() && rows < ROWS; e++) {
                        out.write(String.format("BENCH-%04d,%s,%s,%d\n", i, period, elements.get(e), random.nextInt(1000)));
                        rows++;
                    }
                }
            }
        }
    }

    /** MariaDB on its own: the raw file into a staging table, then reports and values by INSERT … SELECT; nanoseconds per step. */
    private long[] loadData(Path csv) throws SQLException {
        String url = TestDatabase.jdbcUrl() + "?allowLocalInfile=true";
        try (Connection connection = DriverManager.getConnection(url, "root", TestDatabase.password()); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS import_stage");
            sql.execute("""
                    CREATE TABLE import_stage (institution_code VARCHAR(30) NOT NULL, period CHAR(7) NOT NULL,
                    element_code VARCHAR(40) NOT NULL, value BIGINT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""");
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            sql.execute("LOAD DATA LOCAL INFILE '" + csv + "' INTO TABLE import_stage CHARACTER SET utf8mb4 "
                    + "FIELDS TERMINATED BY ',' LINES TERMINATED BY '\\n' IGNORE 1 LINES");
            long loaded = System.nanoTime();
            sql.execute("""
                    INSERT INTO stat_report (report_form_id, institution_id, period_start, status, source, created_by, created_at, updated_by, updated_at)
                    SELECT DISTINCT fe.report_form_id, i.id, CAST(CONCAT(s.period, '-01') AS DATE), 'DRAFT', 'IMPORT', 'bench', NOW(3), 'bench', NOW(3)
                    FROM import_stage s JOIN institution i ON i.code = s.institution_code JOIN data_element e ON e.code = s.element_code
                    JOIN report_form_element fe ON fe.data_element_id = e.id""");
            long reports = System.nanoTime();
            sql.execute("""
                    INSERT INTO stat_value (stat_report_id, data_element_id, value)
                    SELECT r.id, e.id, s.value
                    FROM import_stage s JOIN institution i ON i.code = s.institution_code JOIN data_element e ON e.code = s.element_code
                    JOIN report_form_element fe ON fe.data_element_id = e.id
                    JOIN stat_report r ON r.report_form_id = fe.report_form_id AND r.institution_id = i.id
                                      AND r.period_start = CAST(CONCAT(s.period, '-01') AS DATE)
                    ON DUPLICATE KEY UPDATE value = VALUES(value)""");
            connection.commit();
            long values = System.nanoTime();
            connection.setAutoCommit(true);
            sql.execute("DROP TABLE import_stage");
            return new long[] {loaded - start, reports - loaded, values - reports};
        }
    }

    private void deleteGenerated() {
        jdbc.sql("""
                DELETE v FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id JOIN institution i ON i.id = r.institution_id
                WHERE i.code LIKE 'BENCH-%'""").update();
        jdbc.sql("DELETE r FROM stat_report r JOIN institution i ON i.id = r.institution_id WHERE i.code LIKE 'BENCH-%'").update();
    }
}
