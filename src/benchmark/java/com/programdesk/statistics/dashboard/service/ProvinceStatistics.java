package com.programdesk.statistics.dashboard.service;

import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.OptionCell;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Province-scale statistics for benchmarks: {@link ProvinceInstitutions}, their form assignments (the seeded forms and
 * the benchmark-only {@link ProvinceBenchmarkForm}: 41 values per institution-month) and five years of reports ending
 * last month, about 7 million values, written to tab-separated files and loaded with {@code LOAD DATA LOCAL INFILE} into the
 * Liquibase schema (indexes in place). Most reports are approved, with their stat_fact rows, the stat_total sums
 * and reporter counts added exactly as {@link StatFacts#add} adds them, and the stat_fact_year sums of the new
 * institutions (summed while the facts are written, loaded as a file); the newest
 * months have submitted, returned, draft and missing reports, and some institutions are late, for the completeness
 * heatmap. Everything is reproducible (fixed seeds) except that the months end with the current one.
 */
final class ProvinceStatistics {

    static final String CODE_PREFIX = "ZJ-";
    static final String FILER = "scale.staff";
    /** Coordinators of one area of each level, each with a program of that area (the dashboards read per area). */
    static final List<String> LEVEL_USERS = List.of("scale.province", "scale.city", "scale.county", "scale.township");
    /** A coordinator bound to no area: the whole installation, as the demo's coordinator was before areas. */
    static final String BUREAU = "scale.bureau";
    private static final int MONTHS = 60;
    private static final String ACTOR = "scale.generator";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String url;
    private final String username;
    private final String password;
    private final Path folder;
    private final LocalDateTime now;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    /** Approved flow values summed per element, year and institution (value, periods), as stat_fact_year holds them. */
    private final Map<Long, Map<Integer, Map<Long, long[]>>> years = new TreeMap<>();

    ProvinceStatistics(String url, String username, String password, Path folder, LocalDateTime now) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.folder = folder;
        this.now = now;
    }

    /**
     * Whether a province was generated into this database already. One generated before the benchmark form existed
     * (3.6 million values instead of 7) is refused rather than measured.
     */
    boolean present() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM institution WHERE code LIKE '" + CODE_PREFIX + "%'")) {
            rs.next();
            boolean present = rs.getLong(1) > 0;
            if (present) {
                try (ResultSet placed = statement.executeQuery("SELECT COUNT(*) FROM institution WHERE code LIKE '" + CODE_PREFIX + "%' AND area_id IS NULL")) {
                    placed.next();
                    if (placed.getLong(1) > 0) {
                        throw new IllegalStateException("This database holds a province generated before areas (its institutions have none): "
                                + "delete the SCALE_DATA folder (or drop the database) and run again");
                    }
                }
            }
            if (present && !ProvinceBenchmarkForm.exists(connection)) {
                throw new IllegalStateException("This database holds a province generated without the benchmark form "
                        + ProvinceBenchmarkForm.CODE + " (about 3.6 million values): delete the SCALE_DATA folder (or drop the database) and run again");
            }
            return present;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the benchmark-only form {@link ProvinceBenchmarkForm} to this database's catalog; call before {@link #generate}. */
    void addBenchmarkForm() {
        try (Connection connection = connect()) {
            if (!ProvinceBenchmarkForm.exists(connection)) {
                ProvinceBenchmarkForm.create(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates and loads the province; returns what took how long (ms) and how many rows each table got. */
    Map<String, Long> generate(int institutionCount, List<ReportForm> forms) {
        try (Connection connection = connect()) {
            long started = System.nanoTime();
            ProvinceAreas areas = ProvinceAreas.plan(connection, ProvinceInstitutions.cities());
            areas.insert(connection);
            rows.put("area (new)", (long) areas.created().size());
            lap("plan and insert the areas", started);
            Set<String> taken = new HashSet<>();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT name_zh FROM institution")) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
            // the demo has 绍兴市柯桥区卫生健康局 too: the generated one gets a name of its own instead of being dropped by the load
            List<ProvinceInstitutions.Generated> institutions = ProvinceInstitutions.generate(institutionCount,
                    maxId(connection, "institution") + 1, areas).stream()
                    .map(i -> taken.contains(i.nameZh()) ? i.named(i.nameZh() + "（基准数据）") : i).toList();
            Map<ReportForm, List<ProvinceInstitutions.Generated>> assignments = assignments(forms, institutions);
            Map<Long, Map<LocalDate, long[]>> totals = writeFiles(institutions, assignments, maxId(connection, "stat_report") + 1);
            lap("write the files", started);
            load(connection, institutions, assignments, totals);
            townshipPopulations(connection, areas);
            levels(connection, areas);
            timings.put("total", (System.nanoTime() - started) / 1_000_000);
            deleteFiles();
            return result();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The consistency checks: stat_fact holds exactly the approved non-empty values, stat_total and stat_fact_year the
     * sums and counts of stat_fact, stat_completeness the reports' states and timeliness. Each count must be 0.
     */
    Map<String, Long> verify() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("approved values missing from stat_fact or different", """
                SELECT COUNT(*) FROM stat_report r JOIN stat_value v ON v.stat_report_id = r.id
                LEFT JOIN stat_fact f ON f.data_element_id = v.data_element_id AND f.period_start = r.period_start AND f.institution_id = r.institution_id
                WHERE r.status = 'APPROVED' AND v.value IS NOT NULL AND (f.value IS NULL OR f.value <> v.value)""");
        checks.put("reports of an institution that does not exist (a row the load dropped)", """
                SELECT COUNT(*) FROM stat_report r LEFT JOIN institution i ON i.id = r.institution_id WHERE i.id IS NULL""");
        checks.put("stat_fact rows without an approved value", """
                SELECT (SELECT COUNT(*) FROM stat_fact)
                     - (SELECT COUNT(*) FROM stat_report r JOIN stat_value v ON v.stat_report_id = r.id WHERE r.status = 'APPROVED' AND v.value IS NOT NULL)""");
        checks.put("stat_total rows not equal to the sums of stat_fact", """
                SELECT COUNT(*) FROM (SELECT data_element_id, period_start, SUM(value) AS total, COUNT(*) AS reporters FROM stat_fact
                                      GROUP BY data_element_id, period_start) f
                LEFT JOIN stat_total t ON t.data_element_id = f.data_element_id AND t.period_start = f.period_start
                WHERE t.total IS NULL OR t.total <> f.total OR t.reporters <> f.reporters""");
        checks.put("stat_total rows with reporters but no facts", """
                SELECT COUNT(*) FROM stat_total t WHERE t.reporters > 0 AND NOT EXISTS
                    (SELECT 1 FROM stat_fact f WHERE f.data_element_id = t.data_element_id AND f.period_start = t.period_start)""");
        checks.put("stat_fact_year rows not equal to the yearly sums of stat_fact", """
                SELECT COUNT(*) FROM (SELECT f.data_element_id, YEAR(f.period_start) AS year, f.institution_id, SUM(f.value) AS value, COUNT(*) AS periods
                                      FROM stat_fact f JOIN data_element e ON e.id = f.data_element_id AND e.aggregation IN ('SUM', 'AVERAGE')
                                      GROUP BY f.data_element_id, YEAR(f.period_start), f.institution_id) x
                LEFT JOIN stat_fact_year y ON y.data_element_id = x.data_element_id AND y.year = x.year AND y.institution_id = x.institution_id
                WHERE y.value IS NULL OR y.value <> x.value OR y.periods <> x.periods""");
        checks.put("stat_fact_year rows without facts", """
                SELECT (SELECT COUNT(*) FROM stat_fact_year WHERE periods > 0) - (SELECT COUNT(*) FROM (SELECT 1 FROM stat_fact f
                    JOIN data_element e ON e.id = f.data_element_id AND e.aggregation IN ('SUM', 'AVERAGE')
                    GROUP BY f.data_element_id, YEAR(f.period_start), f.institution_id) x)""");
        checks.put("stat_completeness rows not equal to a count of the reports", """
                SELECT COUNT(*) FROM (SELECT r.report_form_id, r.period_start, SUM(r.status = 'DRAFT') AS drafts, SUM(r.status = 'SUBMITTED') AS submitted,
                                             SUM(r.status = 'LEVEL_APPROVED') AS level_approved,
                                             SUM(r.status = 'RETURNED') AS returned, SUM(r.status = 'APPROVED') AS approved,
                                             SUM(r.status IN ('SUBMITTED', 'LEVEL_APPROVED', 'APPROVED') AND COALESCE(r.first_submitted_at < DATE_ADD(DATE_ADD(r.period_start, INTERVAL CASE f.frequency
                                                 WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12 ELSE 1 END MONTH), INTERVAL f.due_day DAY), 0)) AS on_time
                                      FROM stat_report r JOIN report_form f ON f.id = r.report_form_id GROUP BY r.report_form_id, r.period_start) x
                LEFT JOIN stat_completeness c ON c.report_form_id = x.report_form_id AND c.period_start = x.period_start
                WHERE c.report_form_id IS NULL OR (c.drafts, c.submitted, c.level_approved, c.returned, c.approved, c.on_time)
                                                  <> (x.drafts, x.submitted, x.level_approved, x.returned, x.approved, x.on_time)""");
        String province = "(SELECT id FROM area WHERE code = '330000')";
        checks.put("stat_area_total of 浙江省 not equal to stat_total (every reporting institution lies in it)", """
                SELECT COUNT(*) FROM stat_total t JOIN data_element e ON e.id = t.data_element_id AND e.aggregation IN ('SUM', 'AVERAGE')
                LEFT JOIN stat_area_total a ON a.data_element_id = t.data_element_id AND a.period_start = t.period_start AND a.area_id = %s
                WHERE t.reporters > 0 AND (a.total IS NULL OR a.total <> t.total OR a.reporters <> t.reporters)""".formatted(province));
        checks.put("stat_area_total of a city or county not equal to its children's sums plus its own institutions' facts", """
                SELECT COUNT(*) FROM stat_area_total t JOIN area p ON p.id = t.area_id AND p.level IN ('PROVINCE', 'CITY', 'COUNTY')
                LEFT JOIN (SELECT c.data_element_id, c.period_start, a.parent_id, SUM(c.total) AS total FROM stat_area_total c
                           JOIN area a ON a.id = c.area_id GROUP BY c.data_element_id, c.period_start, a.parent_id) x
                       ON x.parent_id = t.area_id AND x.data_element_id = t.data_element_id AND x.period_start = t.period_start
                LEFT JOIN (SELECT f.data_element_id, f.period_start, i.area_id, SUM(f.value) AS total FROM stat_fact f
                           JOIN institution i ON i.id = f.institution_id JOIN area ia ON ia.id = i.area_id AND ia.level <> 'TOWNSHIP'
                           GROUP BY f.data_element_id, f.period_start, i.area_id) d
                       ON d.area_id = t.area_id AND d.data_element_id = t.data_element_id AND d.period_start = t.period_start
                WHERE t.total <> COALESCE(x.total, 0) + COALESCE(d.total, 0)""");
        checks.put("stat_area_completeness of 浙江省 not equal to stat_completeness", """
                SELECT COUNT(*) FROM stat_completeness c
                LEFT JOIN stat_area_completeness a ON a.report_form_id = c.report_form_id AND a.period_start = c.period_start AND a.area_id = %s
                WHERE (c.drafts, c.submitted, c.returned, c.approved, c.on_time)
                      <> (COALESCE(a.drafts, 0), COALESCE(a.submitted, 0), COALESCE(a.returned, 0), COALESCE(a.approved, 0), COALESCE(a.on_time, 0))"""
                .formatted(province));
        checks.put("cities without a population figure of a year in which every county has one", """
                SELECT COUNT(*) FROM area c CROSS JOIN (SELECT DISTINCT year FROM area_population) y
                WHERE c.level = 'CITY' AND c.parent_id = %s
                  AND NOT EXISTS (SELECT 1 FROM area_population p WHERE p.area_id = c.id AND p.year = y.year)
                  AND NOT EXISTS (SELECT 1 FROM area k WHERE k.parent_id = c.id AND k.active
                                  AND NOT EXISTS (SELECT 1 FROM area_population q WHERE q.area_id = k.id AND q.year = y.year))"""
                .formatted(province));
        Map<String, Long> result = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> check : checks.entrySet()) {
                long started = System.nanoTime();
                try (ResultSet rs = statement.executeQuery(check.getValue())) {
                    rs.next();
                    result.put(check.getKey(), rs.getLong(1));
                }
                result.put(check.getKey() + " (ms)", (System.nanoTime() - started) / 1_000_000);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /**
     * Every institution but the bureaus files the three monthly forms (the two seeded ones and the benchmark form),
     * hospitals also the quarterly survey, bureaus the yearly population.
     */
    private static Map<ReportForm, List<ProvinceInstitutions.Generated>> assignments(List<ReportForm> forms,
                                                                                     List<ProvinceInstitutions.Generated> institutions) {
        Map<String, Predicate<ProvinceInstitutions.Generated>> filers = Map.of(
                "EARLY_PREGNANCY", i -> i.type() != InstitutionType.HEALTH_BUREAU,
                "BASIC_CONTRACEPTION", i -> i.type() != InstitutionType.HEALTH_BUREAU,
                ProvinceBenchmarkForm.CODE, i -> i.type() != InstitutionType.HEALTH_BUREAU,
                "AWARENESS_SURVEY", i -> i.type() == InstitutionType.MCH_HOSPITAL || i.type() == InstitutionType.GENERAL_HOSPITAL,
                "AREA_POPULATION", i -> i.type() == InstitutionType.HEALTH_BUREAU);
        Map<ReportForm, List<ProvinceInstitutions.Generated>> result = new LinkedHashMap<>();
        for (ReportForm form : forms) {
            Predicate<ProvinceInstitutions.Generated> files = filers.get(form.code());
            if (files != null) {
                result.put(form, institutions.stream().filter(files).toList());
            }
        }
        return result;
    }

    /** What a report of the form holds a value for: each row's element, and a split element's option cells too. */
    private static List<DataElement> filed(ReportForm form) {
        return form.elements().stream().flatMap(row -> Stream.concat(Stream.of(row.element()),
                row.cells().stream().map(OptionCell::element))).toList();
    }

    /**
     * Writes the report, value and fact files period by period, so that report ids and stat_value come out in
     * primary-key order, and the facts per element in (period, institution) order: each file appends to its index.
     */
    private Map<Long, Map<LocalDate, long[]>> writeFiles(List<ProvinceInstitutions.Generated> institutions,
                                                         Map<ReportForm, List<ProvinceInstitutions.Generated>> assignments,
                                                         long firstReportId) throws IOException {
        Files.createDirectories(folder);
        try (Writer out = writer("institution.tsv")) {
            for (ProvinceInstitutions.Generated i : institutions) {
                line(out, i.id(), i.nameZh(), i.nameEn(), i.shortName(), i.code(), i.type().name(), i.township(), i.areaId());
            }
        }
        try (Writer out = writer("report_form_institution.tsv")) {
            for (Map.Entry<ReportForm, List<ProvinceInstitutions.Generated>> assignment : assignments.entrySet()) {
                for (ProvinceInstitutions.Generated i : assignment.getValue()) {
                    line(out, assignment.getKey().id(), i.id());
                }
            }
        }
        Map<Long, Map<LocalDate, long[]>> totals = new TreeMap<>();
        Map<Long, Writer> facts = new TreeMap<>();
        for (ReportForm form : assignments.keySet()) {
            for (DataElement element : filed(form)) {
                facts.put(element.id(), writer("stat_fact_" + element.id() + ".tsv"));
            }
        }
        LocalDate lastMonth = now.toLocalDate().withDayOfMonth(1).minusMonths(1);
        LocalDate firstMonth = lastMonth.minusMonths(MONTHS - 1);
        Profiles profiles = new Profiles(institutions);
        long reportId = firstReportId;
        long values = 0;
        try (Writer reports = writer("stat_report.tsv"); Writer valueFile = writer("stat_value.tsv")) {
            for (LocalDate month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
                for (Map.Entry<ReportForm, List<ProvinceInstitutions.Generated>> assignment : assignments.entrySet()) {
                    ReportForm form = assignment.getKey();
                    if (!form.frequency().isPeriodStart(month) || !form.periodEnd(month).isBefore(now.toLocalDate())) {
                        continue;
                    }
                    int periodsBack = (int) (ChronoUnit.MONTHS.between(month, lastMonth) / form.frequency().months());
                    double progress = ChronoUnit.MONTHS.between(firstMonth, month) / (double) (MONTHS - 1);
                    for (ProvinceInstitutions.Generated institution : assignment.getValue()) {
                        SplittableRandom random = new SplittableRandom(institution.id() * 1_000_003L + month.toEpochDay() * 31 + form.id());
                        ReportStatus status = profiles.status(institution, form.frequency(), periodsBack, random);
                        if (status == null) {
                            continue;
                        }
                        writeReport(reports, reportId, form, institution, month, status, profiles, random);
                        Map<String, Long> generated = ProvinceValues.of(form.code(), institution, month, progress, random);
                        for (DataElement element : filed(form)) {
                            long elementId = element.id();
                            long value = generated.get(element.code());
                            line(valueFile, reportId, elementId, value);
                            values++;
                            if (status == ReportStatus.APPROVED) {
                                line(facts.get(elementId), elementId, month, institution.id(), value);
                                add(totals.computeIfAbsent(elementId, e -> new TreeMap<>()).computeIfAbsent(month, m -> new long[2]), value);
                                if (element.aggregation().isTotalled()) {
                                    add(years.computeIfAbsent(elementId, e -> new TreeMap<>()).computeIfAbsent(month.getYear(), y -> new TreeMap<>())
                                            .computeIfAbsent(institution.id(), i -> new long[2]), value);
                                }
                            }
                        }
                        reportId++;
                    }
                }
            }
        } finally {
            for (Writer writer : facts.values()) {
                writer.close();
            }
        }
        rows.put("institution", (long) institutions.size());
        rows.put("report_form_institution", assignments.values().stream().mapToLong(List::size).sum());
        rows.put("stat_report", reportId - firstReportId);
        rows.put("stat_value", values);
        rows.put("stat_fact", totals.values().stream().flatMap(m -> m.values().stream()).mapToLong(t -> t[1]).sum());
        writeYears();
        return totals;
    }

    /** In primary-key order (element, year, institution), so that the load appends. */
    private void writeYears() throws IOException {
        long count = 0;
        try (Writer out = writer("stat_fact_year.tsv")) {
            for (Map.Entry<Long, Map<Integer, Map<Long, long[]>>> element : years.entrySet()) {
                for (Map.Entry<Integer, Map<Long, long[]>> year : element.getValue().entrySet()) {
                    for (Map.Entry<Long, long[]> institution : year.getValue().entrySet()) {
                        line(out, element.getKey(), year.getKey(), institution.getKey(), institution.getValue()[0], institution.getValue()[1]);
                        count++;
                    }
                }
            }
        }
        rows.put("stat_fact_year", count);
    }

    private static void add(long[] sumAndCount, long value) {
        sumAndCount[0] += value;
        sumAndCount[1]++;
    }

    private void writeReport(Writer out, long id, ReportForm form, ProvinceInstitutions.Generated institution, LocalDate period,
                             ReportStatus status, Profiles profiles, SplittableRandom random) throws IOException {
        LocalDateTime due = form.dueDate(period).atTime(17, 0);
        LocalDateTime firstSubmitted = profiles.late(institution, random)
                ? due.plusDays(1 + random.nextInt(12)).withHour(9 + random.nextInt(8))
                : due.minusDays(random.nextInt(5)).withHour(9 + random.nextInt(8));
        firstSubmitted = earlier(firstSubmitted.withMinute(random.nextInt(60)), now.minusHours(2));
        boolean returnedOnce = status == ReportStatus.RETURNED || (status == ReportStatus.APPROVED && random.nextInt(100) < 2);
        LocalDateTime submitted = returnedOnce && status != ReportStatus.RETURNED ? earlier(firstSubmitted.plusDays(2), now.minusHours(1)) : firstSubmitted;
        LocalDateTime reviewed = earlier(submitted.plusDays(1 + random.nextInt(3)).withHour(10), now);
        LocalDateTime created = firstSubmitted.minusHours(3);
        boolean draft = status == ReportStatus.DRAFT;
        LocalDateTime updated = draft ? created : status == ReportStatus.SUBMITTED ? submitted : reviewed;
        String source = period.isBefore(now.toLocalDate().minusYears(3)) && institution.id() % 3 == 0 ? "IMPORT" : "ENTRY";
        line(out, id, form.id(), institution.id(), period, status.name(), source, returnedOnce ? 1 : 0,
                draft ? null : TIME.format(firstSubmitted), draft ? null : TIME.format(submitted), draft ? null : FILER,
                status == ReportStatus.APPROVED ? TIME.format(reviewed) : null, ACTOR, TIME.format(created), ACTOR, TIME.format(updated));
    }

    private void load(Connection connection, List<ProvinceInstitutions.Generated> institutions,
                      Map<ReportForm, List<ProvinceInstitutions.Generated>> assignments, Map<Long, Map<LocalDate, long[]>> totals)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            // the files are consistent by construction; the usual bulk-load settings, the indexes stay in place
            statement.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            loadFile(statement, "institution", "(id, name_zh, name_en, short_name, code, type, township, area_id)");
            loadFile(statement, "report_form_institution", "(report_form_id, institution_id)");
            // the assignments are a list (changelog 041): report_form_institution is its result
            statement.execute("INSERT IGNORE INTO report_form_listed_institution (report_form_id, institution_id)"
                    + " SELECT report_form_id, institution_id FROM report_form_institution");
            loadFile(statement, "stat_report", "(id, report_form_id, institution_id, period_start, status, source, return_count, "
                    + "first_submitted_at, submitted_at, submitted_by, approved_at, created_by, created_at, updated_by, updated_at)");
            loadFile(statement, "stat_value", "(stat_report_id, data_element_id, value)");
            long started = System.nanoTime();
            for (Long elementId : totals.keySet()) {
                statement.execute(loadStatement("stat_fact_" + elementId + ".tsv", "stat_fact", "(data_element_id, period_start, institution_id, value)"));
            }
            lap("load stat_fact", started);
            addTotals(connection, totals);
            // the institutions are new, so their yearly sums are new rows: loaded like the facts they sum up
            loadFile(statement, "stat_fact_year", "(data_element_id, year, institution_id, value, periods)");
            statement.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            filer(connection, institutions, assignments);
            started = System.nanoTime();
            statement.execute("ANALYZE TABLE institution, report_form_institution, stat_report, stat_value, stat_fact, stat_total, stat_fact_year");
            lap("analyze the tables", started);
        }
    }

    private void loadFile(Statement statement, String table, String columns) throws SQLException {
        long started = System.nanoTime();
        statement.execute(loadStatement(table + ".tsv", table, columns));
        lap("load " + table, started);
    }

    private String loadStatement(String file, String table, String columns) {
        return "LOAD DATA LOCAL INFILE '" + folder.resolve(file).toAbsolutePath().toString().replace("\\", "/")
                + "' INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' " + columns;
    }

    /** Exactly what {@link StatFacts#add} does per approved report, summed per element and period first. */
    private void addTotals(Connection connection, Map<Long, Map<LocalDate, long[]>> totals) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO stat_total (data_element_id, period_start, total, reporters) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE total = total + VALUES(total), reporters = reporters + VALUES(reporters)""")) {
            for (Map.Entry<Long, Map<LocalDate, long[]>> element : totals.entrySet()) {
                for (Map.Entry<LocalDate, long[]> period : element.getValue().entrySet()) {
                    upsert.setLong(1, element.getKey());
                    upsert.setObject(2, period.getKey());
                    upsert.setLong(3, period.getValue()[0]);
                    upsert.setInt(4, (int) period.getValue()[1]);
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        }
        lap("add to stat_total", started);
    }

    /**
     * Women of childbearing age of every generated township, five years (as if imported by the counties): the counties'
     * own figures come from their bureaus' yearly reports, the cities' and the province's are the sums.
     */
    private void townshipPopulations(Connection connection, ProvinceAreas areas) throws SQLException {
        long started = System.nanoTime();
        LocalDate lastMonth = now.toLocalDate().withDayOfMonth(1).minusMonths(1);
        int firstYear = lastMonth.minusMonths(MONTHS - 1).getYear();
        long count = 0;
        long women;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM data_element WHERE code = 'WCBA_POPULATION'")) {
            rs.next();
            women = rs.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO area_population (area_id, data_element_id, year, value, entered) VALUES (?, ?, ?, ?, TRUE)""")) {
            for (ProvinceAreas.Generated township : areas.townships()) {
                if (township.existing()) {
                    continue;
                }
                long base = 4_000 + new SplittableRandom(township.id()).nextLong(21_000);
                for (int year = firstYear; year <= lastMonth.getYear(); year++) {
                    insert.setLong(1, township.id());
                    insert.setLong(2, women);
                    insert.setInt(3, year);
                    insert.setLong(4, Math.round(base * Math.pow(0.995, year - 2020)));
                    insert.addBatch();
                    count++;
                }
            }
            insert.executeBatch();
        }
        rows.put("area_population (townships)", count);
        lap("insert the townships' population", started);
    }

    /**
     * One area of each level to measure, each with a coordinator bound to it ({@link #LEVEL_USERS}) and a program of the
     * area with the demo plan's four reported-indicator targets over the last twelve months: 浙江省, 杭州市, 乐清市 (the
     * demo's county, with its demo institutions) and a generated township of 乐清市.
     */
    private void levels(Connection connection, ProvinceAreas areas) throws SQLException {
        ProvinceAreas.County yueqing = areas.counties().stream().filter(c -> c.county().code().equals("330382")).findFirst()
                .orElse(areas.counties().getFirst());
        ProvinceAreas.Generated township = yueqing.townships().stream().filter(t -> !t.existing()).findFirst().orElseThrow();
        List<ProvinceAreas.Generated> levels = List.of(areas.province(), areas.cities().getFirst(), yueqing.county(), township);
        LocalDate lastMonth = now.toLocalDate().withDayOfMonth(1).minusMonths(1);
        try (PreparedStatement bureau = connection.prepareStatement("""
                INSERT INTO app_user (username, display_name, password_hash, role) SELECT ?, '全省统计（基准数据）', password_hash, 'COORDINATOR'
                FROM app_user WHERE username = 'mch.staff'""")) {
            bureau.setString(1, BUREAU);
            bureau.executeUpdate();
        }
        try (PreparedStatement user = connection.prepareStatement("""
                INSERT INTO app_user (username, display_name, password_hash, role, area_id)
                SELECT ?, ?, password_hash, 'COORDINATOR', ? FROM app_user WHERE username = 'mch.staff'""");
             PreparedStatement program = connection.prepareStatement("""
                INSERT INTO program (title, period_start, period_end, status, area_id) VALUES (?, ?, ?, 'ACTIVE', ?)""",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement targets = connection.prepareStatement("""
                INSERT INTO target (program_id, name, unit, direction, target_value, measure, indicator_id, expected_by, position)
                SELECT ?, t.name, t.unit, t.direction, t.target_value, t.measure, t.indicator_id, t.expected_by, t.position
                FROM target t JOIN program p ON p.id = t.program_id
                WHERE p.title LIKE '%年度生殖健康促进工作计划' AND t.indicator_id IS NOT NULL""")) {
            for (int i = 0; i < levels.size(); i++) {
                ProvinceAreas.Generated area = levels.get(i);
                user.setString(1, LEVEL_USERS.get(i));
                user.setString(2, area.nameZh() + "协调员（基准数据）");
                user.setLong(3, area.id());
                user.executeUpdate();
                program.setString(1, area.nameZh() + "生殖健康促进工作计划（基准数据）");
                program.setObject(2, lastMonth.minusMonths(11));
                program.setObject(3, lastMonth.plusMonths(1).minusDays(1));
                program.setLong(4, area.id());
                program.executeUpdate();
                try (ResultSet keys = program.getGeneratedKeys()) {
                    keys.next();
                    targets.setLong(1, keys.getLong(1));
                }
                targets.executeUpdate();
            }
        }
    }

    /** An institution user of a generated township health centre, for the institution's own report list. */
    private static void filer(Connection connection, List<ProvinceInstitutions.Generated> institutions,
                              Map<ReportForm, List<ProvinceInstitutions.Generated>> assignments) throws SQLException {
        long township = assignments.values().stream().flatMap(List::stream)
                .filter(i -> i.type() == InstitutionType.TOWNSHIP_HEALTH_CENTRE).findFirst()
                .orElse(institutions.getFirst()).id();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO app_user (username, display_name, password_hash, role, institution_id)
                SELECT ?, '乡镇卫生院填报员（基准数据）', password_hash, 'INSTITUTION', ? FROM app_user WHERE username = 'mch.staff'""")) {
            insert.setString(1, FILER);
            insert.setLong(2, township);
            insert.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "allowLocalInfile=true", username, password);
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The files are only the way in; a province's take about 170 MB. */
    private void deleteFiles() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                Files.delete(file);
            }
        }
    }

    private Writer writer(String file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void line(Writer out, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(fields[i] == null ? "\\N" : fields[i].toString());
        }
        out.write('\n');
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private void lap(String step, long startedNanos) {
        timings.put(step, (System.nanoTime() - startedNanos) / 1_000_000);
    }

    private Map<String, Long> result() {
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach((table, count) -> result.put("rows " + table, count));
        timings.forEach((step, ms) -> result.put(String.format(Locale.ROOT, "ms %s", step), ms));
        return result;
    }

    /** Who is late, who went silent lately, and how the newest periods stand. */
    private static final class Profiles {

        private final Map<Long, Integer> silentMonths = new HashMap<>();
        private final Set<Long> lateProne = new HashSet<>();

        Profiles(List<ProvinceInstitutions.Generated> institutions) {
            SplittableRandom random = new SplittableRandom(7);
            for (ProvinceInstitutions.Generated institution : institutions) {
                int dice = random.nextInt(1000);
                if (dice < 5) {
                    silentMonths.put(institution.id(), 3 + random.nextInt(6));
                } else if (dice < 55) {
                    lateProne.add(institution.id());
                }
            }
        }

        /** The report's status, or null when it was never filed. */
        ReportStatus status(ProvinceInstitutions.Generated institution, Frequency frequency, int periodsBack, SplittableRandom random) {
            if (frequency == Frequency.MONTHLY && periodsBack < silentMonths.getOrDefault(institution.id(), 0)) {
                return null;
            }
            int dice = random.nextInt(1000);
            if (periodsBack == 0) {
                return dice < 120 ? null : dice < 200 ? ReportStatus.DRAFT : dice < 250 ? ReportStatus.RETURNED
                        : dice < 600 ? ReportStatus.SUBMITTED : ReportStatus.APPROVED;
            }
            if (periodsBack == 1) {
                return dice < 40 ? null : dice < 50 ? ReportStatus.RETURNED : dice < 90 ? ReportStatus.SUBMITTED : ReportStatus.APPROVED;
            }
            return dice < 15 ? null : ReportStatus.APPROVED;
        }

        boolean late(ProvinceInstitutions.Generated institution, SplittableRandom random) {
            return random.nextInt(100) < (lateProne.contains(institution.id()) ? 60 : 3);
        }
    }
}
