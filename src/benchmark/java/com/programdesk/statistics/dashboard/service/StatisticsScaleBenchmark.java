package com.programdesk.statistics.dashboard.service;

import com.programdesk.program.targets.service.TargetService;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.DashboardSelection;
import com.programdesk.statistics.reporting.domain.ReportFilter;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.service.CompletenessService;
import com.programdesk.statistics.reporting.service.FilingService;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.statistics.reporting.service.HeatmapService;
import com.programdesk.testsupport.DemoUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Not a test: the province-scale benchmark, run on demand with {@code bench/statistics-scale.sh} (the {@code benchmarks}
 * profile; docs/benchmarks.md). On first use it generates 3,000 institutions with five years of reports (about
 * 7 million values, with the benchmark-only form {@link ProvinceBenchmarkForm}) into the scale database
 * ({@link ScaleDatabase}, outside the repository) and checks stat_fact and the aggregates against the approved values; then it times the dashboards' reads as the services and the dashboard's query shapes run them,
 * with warm-up, and writes median, p95 and the EXPLAIN plans to target/benchmarks/statistics-scale.txt.
 * It asserts nothing about time. {@code -Dscale.institutions} (3000), {@code -Dscale.runs} (100),
 * {@code -Dscale.generateOnly=true}.
 */
@Tag("benchmark")
@SpringBootTest
@ContextConfiguration(initializers = ScaleDatabase.class)
class StatisticsScaleBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = Integer.getInteger("scale.runs", 100);
    private static final int INSTITUTIONS = Integer.getInteger("scale.institutions", 3000);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorValues values;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    ReportService reports;
    @Autowired
    TargetService targets;
    @Autowired
    CompletenessService completenessService;
    @Autowired
    FilingService filings;
    @Autowired
    DashboardService dashboards;

    @Autowired
    HeatmapService heatmaps;
    @Autowired
    PopulationService populationService;
    @Autowired
    AreaTotals areaTotals;
    @Autowired
    AreaPopulations areaPopulations;
    @Autowired
    DemoUsers demoUsers;

    private final List<String> report = new ArrayList<>();

    @Test
    void dashboardsOnAProvince() throws IOException {
        demoUsers.login("coordinator");
        try {
            generateUnlessPresent();
            // the whole installation, as the demo's coordinator read it before areas (it is 乐清市's now)
            demoUsers.login(ProvinceStatistics.BUREAU);
            sizes();
            if (!Boolean.getBoolean("scale.generateOnly")) {
                print("load average before: " + loadAverage());
                measureLevels();
                measureServices();
                measureDashboardService();
                measureDashboardShapes();
                print("load average after: " + loadAverage() + " (2 cores; other builds share them)");
            }
        } finally {
            demoUsers.logout();
            Path out = Path.of("target", "benchmarks", Boolean.getBoolean("scale.generateOnly") ? "statistics-scale-generation.txt" : "statistics-scale.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
        }
    }

    private void generateUnlessPresent() {
        ProvinceStatistics province = new ProvinceStatistics(ScaleDatabase.url(), ScaleDatabase.username(), ScaleDatabase.password(),
                Path.of("target", "scale-files"), LocalDateTime.now());
        if (province.present()) {
            print("province already generated in " + ScaleDatabase.url());
        } else {
            print("generating " + INSTITUTIONS + " institutions into " + ScaleDatabase.url());
            province.addBenchmarkForm();
            province.generate(INSTITUTIONS, catalog.forms()).forEach((key, value) -> print(String.format(Locale.ROOT, "  %-40s %,12d", key, value)));
            long started = System.nanoTime();
            reports.recountCompleteness();
            print(String.format(Locale.ROOT, "  %-40s %,12d", "ms count stat_(area_)completeness", (System.nanoTime() - started) / 1_000_000));
            started = System.nanoTime();
            areaTotals.rebuild();
            print(String.format(Locale.ROOT, "  %-40s %,12d", "ms rebuild stat_area_total", (System.nanoTime() - started) / 1_000_000));
            started = System.nanoTime();
            areaPopulations.rebuild();
            print(String.format(Locale.ROOT, "  %-40s %,12d", "ms rebuild area_population sums", (System.nanoTime() - started) / 1_000_000));
            started = System.nanoTime();
            jdbc.sql("ANALYZE TABLE area, stat_area_total, stat_area_completeness, area_population").query().listOfRows();
            print(String.format(Locale.ROOT, "  %-40s %,12d", "ms analyze the area tables", (System.nanoTime() - started) / 1_000_000));
        }
        print("consistency checks (each count must be 0):");
        province.verify().forEach((key, value) -> print(String.format(Locale.ROOT, "  %-62s %,10d", key, value)));
    }

    private void sizes() {
        print("");
        print("rows and size (data + indexes):");
        jdbc.sql("""
                SELECT table_name, table_rows, ROUND(data_length / 1048576) AS data_mb, ROUND(index_length / 1048576) AS index_mb
                FROM information_schema.tables WHERE table_schema = DATABASE()
                  AND table_name IN ('area', 'institution', 'report_form_institution', 'stat_report', 'stat_value', 'stat_fact', 'stat_total',
                                     'stat_completeness', 'stat_fact_year', 'stat_area_total', 'stat_area_completeness', 'area_population')
                ORDER BY table_name""")
                .query((rs, n) -> String.format(Locale.ROOT, "  %-25s %,11d rows (exact) %6d MB data %6d MB indexes", rs.getString(1),
                        jdbc.sql("SELECT COUNT(*) FROM " + rs.getString(1)).query(Long.class).single(), rs.getLong(3), rs.getLong(4)))
                .list().forEach(this::print);
        print("  innodb_buffer_pool_size " + jdbc.sql("SELECT @@innodb_buffer_pool_size / 1048576").query(Long.class).single() + " MB, "
                + jdbc.sql("SELECT VERSION()").query(String.class).single());
    }

    /**
     * The dashboard of one area of each level (province, city, county, township) as that area's coordinator opens it:
     * each read on its own, then the first page as a whole (targets, trend, the children compared, the heatmap with its
     * area rows and summary), with the EXPLAIN of each statement.
     */
    private void measureLevels() {
        long repeatRate = indicator("REPEAT_ABORTION_RATE").id();
        long abortionRate = indicator("INDUCED_ABORTION_RATE").id();
        long underTwenty = indicator(ProvinceBenchmarkForm.CELL_INDICATOR).id();
        long early = form("EARLY_PREGNANCY").id();
        long women = jdbc.sql("SELECT id FROM data_element WHERE code = 'WCBA_POPULATION'").query(Long.class).single();
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        LocalDate monthEnd = lastMonth.plusMonths(1).minusDays(1);
        LocalDate fiveYears = lastMonth.minusMonths(59);
        LocalDate twelveMonths = lastMonth.minusMonths(11);
        List<String[]> explained = new ArrayList<>();
        for (String user : ProvinceStatistics.LEVEL_USERS) {
            Map<String, Object> area = jdbc.sql("""
                    SELECT a.id, a.path, a.name_zh, a.level, (SELECT COUNT(*) FROM area c WHERE c.parent_id = a.id AND c.active) AS children,
                           (SELECT COUNT(*) FROM institution i JOIN area b ON b.id = i.area_id WHERE b.path LIKE CONCAT(a.path, '%')) AS institutions,
                           (SELECT MAX(p.id) FROM program p WHERE p.area_id = a.id) AS program
                    FROM app_user u JOIN area a ON a.id = u.area_id WHERE u.username = :user""").param("user", user).query().singleRow();
            long areaId = ((Number) area.get("id")).longValue();
            long program = ((Number) area.get("program")).longValue();
            demoUsers.login(user);
            print("");
            print(String.format(Locale.ROOT, "%-72s %7s %9s %9s %9s", "level " + area.get("level") + ": " + area.get("name_zh") + " ("
                    + area.get("children") + " areas below, " + area.get("institutions") + " institutions), as " + user, "rows", "p50 ms", "p95 ms", "max ms"));
            measure("  trend: the area's line, repeat-abortion rate, by month over 5 years",
                    () -> dashboards.trend(areaId, repeatRate, fiveYears, monthEnd, Frequency.MONTHLY, List.of()).series().size());
            measure("  trend: the area's line, induced-abortion rate (÷ its population), 5 years",
                    () -> dashboards.trend(areaId, abortionRate, fiveYears, monthEnd, Frequency.MONTHLY, List.of()).series().size());
            measure("  compareChildren: repeat-abortion rate, last 12 months",
                    () -> dashboards.compareChildren(areaId, repeatRate, twelveMonths, monthEnd).rows().size());
            measure("  compareChildren: induced-abortion rate (each child's population), 12 months",
                    () -> dashboards.compareChildren(areaId, abortionRate, twelveMonths, monthEnd).rows().size());
            measure("  compare: the area's institutions ranked, 12 months, top 30",
                    () -> dashboards.compare(areaId, repeatRate, twelveMonths, monthEnd, List.of(), 30).rows().size());
            measure("  trend: medical abortions under 20 (a split element's cell ÷ its total), 5 years",
                    () -> dashboards.trend(areaId, underTwenty, fiveYears, monthEnd, Frequency.MONTHLY, List.of()).series().size());
            measure("  compareChildren: medical abortions under 20 (cell ÷ total), 12 months",
                    () -> dashboards.compareChildren(areaId, underTwenty, twelveMonths, monthEnd).rows().size());
            measure("  compare: institutions ranked by the under-20 share, 12 months, top 30",
                    () -> dashboards.compare(areaId, underTwenty, twelveMonths, monthEnd, List.of(), 30).rows().size());
            measure("  heatmap: first 20 institutions × 12 months + countHeatmapRows",
                    () -> heatmaps.heatmap(early, areaId, twelveMonths, monthEnd, List.of(), 0, 20).size() + heatmaps.countHeatmapRows(early, areaId, List.of()) * 0);
            measure("  heatmapSummary: 12 months (stat_area_completeness)", () -> heatmaps.heatmapSummary(early, areaId, twelveMonths, monthEnd).size());
            measure("  areaRows: the areas below × 12 months", () -> heatmaps.areaRows(early, areaId, twelveMonths, monthEnd).size());
            measure("  TargetService.progress: the area's program (4 reported targets)", () -> targets.progress(program).size());
            measure("  CompletenessService.byPeriod: own area, 12 months", () -> completenessService.byPeriod(early, twelveMonths, monthEnd).size());
            measure("  reportingInstitutions: first 50", () -> dashboards.reportingInstitutions(areaId, "", 0, 50).size());
            measure("  PopulationService.figures: the area and those below, 5 years",
                    () -> populationService.figures(areaId, women, lastMonth.getYear() - 4, lastMonth.getYear()).size());
            measure("  area picker: the areas below, first page of 50", () -> dashboards.childAreas(areaId, 0, 50).size());
            measure("  the dashboard's first page as a whole (targets, trend, children, heatmap, summary, area rows)", () ->
                    targets.progress(program).size()
                            + dashboards.trend(areaId, repeatRate, twelveMonths, monthEnd, Frequency.MONTHLY, List.of()).series().size()
                            + dashboards.compareChildren(areaId, repeatRate, twelveMonths, monthEnd).rows().size()
                            + heatmaps.heatmap(early, areaId, twelveMonths, monthEnd, List.of(), 0, 20).size()
                            + heatmaps.countHeatmapRows(early, areaId, List.of())
                            + heatmaps.heatmapSummary(early, areaId, twelveMonths, monthEnd).size()
                            + heatmaps.areaRows(early, areaId, twelveMonths, monthEnd).size());
            if (!user.equals("scale.township") && !user.equals("scale.city")) {
                DashboardSelection selection = new DashboardSelection(program, areaId, repeatRate, twelveMonths, monthEnd, Frequency.MONTHLY,
                        List.of(), early);
                measure("  writeXlsx: the area, 12 months (a download, not a page)", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    dashboards.writeXlsx(selection, (key, params) -> key, Locale.SIMPLIFIED_CHINESE, out);
                    return out.size() / 1024;
                }, 3, 10);
            }
            String path = (String) area.get("path");
            List<Long> children = jdbc.sql("SELECT id FROM area WHERE parent_id = :area AND active").param("area", areaId).query(Long.class).list();
            List<Long> below = jdbc.sql("SELECT i.id FROM institution i JOIN area a ON a.id = i.area_id WHERE a.path LIKE :path")
                    .param("path", path + "%").query(Long.class).list();
            Map<String, Object> params = new java.util.HashMap<>(Map.of("area", areaId, "path", path + "%", "num", numeratorId(indicator("REPEAT_ABORTION_RATE")),
                    "den", denominatorId(indicator("REPEAT_ABORTION_RATE")), "women", women, "form", early, "from", twelveMonths,
                    "to", monthEnd, "fiveYears", fiveYears, "year", lastMonth.getYear()));
            params.put("children", children.isEmpty() ? List.of(-1L) : children);
            params.put("institutions", below.isEmpty() ? List.of(-1L) : below);
            explained.add(new String[] {user + " (" + area.get("name_zh") + ")"});
            for (Map.Entry<String, String> shape : AreaShapes.ALL.entrySet()) {
                explained.add(explainLines(shape.getKey(), shape.getValue(), params));
            }
        }
        demoUsers.login(ProvinceStatistics.BUREAU);
        print("");
        print("EXPLAIN of the area reads, per level:");
        explained.forEach(lines -> java.util.Arrays.stream(lines).forEach(this::print));
    }

    private String[] explainLines(String name, String sql, Map<String, Object> params) {
        List<String> lines = new ArrayList<>();
        lines.add("  " + name + ":");
        jdbc.sql("EXPLAIN " + sql).params(params).query((rs, n) -> String.format(Locale.ROOT, "    %-3s %-12s %-8s %-32s rows %-8s %s",
                rs.getString("id"), rs.getString("table"), rs.getString("type"), rs.getString("key"), rs.getString("rows"),
                rs.getString("Extra") == null ? "" : rs.getString("Extra"))).list().forEach(lines::add);
        return lines.toArray(String[]::new);
    }

    private void measureServices() {
        Indicator repeatRate = indicator("REPEAT_ABORTION_RATE");
        Indicator abortionRate = indicator("INDUCED_ABORTION_RATE");
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        LocalDate fiveYears = lastMonth.minusMonths(59);
        LocalDate yearStart = LocalDate.of(lastMonth.getYear() - 1, 1, 1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        List<Long> chosen = chosenInstitutions();
        List<Long> bureaus = jdbc.sql("SELECT id FROM institution WHERE code LIKE 'ZJ-%' AND type = 'HEALTH_BUREAU' ORDER BY code LIMIT 5")
                .query(Long.class).list();
        long plan = jdbc.sql("SELECT MAX(id) FROM program WHERE title LIKE '%年度生殖健康促进工作计划'").query(Long.class).single();
        long early = form("EARLY_PREGNANCY").id();
        print("");
        print(String.format(Locale.ROOT, "%-72s %7s %9s %9s %9s", "service call (as scale.bureau, bound to no area, unless said)", "rows", "p50 ms", "p95 ms", "max ms"));
        measure("IndicatorValues.city repeat-abortion rate, one year", () -> present(values.city(repeatRate, yearStart, yearEnd)));
        measure("IndicatorValues.city repeat-abortion rate, 5 years", () -> present(values.city(repeatRate, fiveYears, lastMonth.plusMonths(1).minusDays(1))));
        measure("IndicatorValues.city induced-abortion rate (÷ latest population), one year", () -> present(values.city(abortionRate, yearStart, yearEnd)));
        measure("IndicatorValues.institutions repeat rate, 5 institutions, one year", () -> present(values.institutions(repeatRate, chosen, yearStart, yearEnd)));
        measure("IndicatorValues.institutions repeat rate, 5 institutions, 5 years",
                () -> present(values.institutions(repeatRate, chosen, fiveYears, lastMonth.plusMonths(1).minusDays(1))));
        measure("IndicatorValues.institutionElement population (latest), 5 bureaus",
                () -> present(values.institutionElement(denominatorId(abortionRate), bureaus, yearStart, yearEnd)));
        measure("TargetService.progress, current plan (4 reported-indicator targets + others)", () -> targets.progress(plan).size());
        measure("ReportService.search, first page of 50, no filter", () -> reports.search(ReportFilter.all(), 0, 50).size());
        measure("ReportService.count, no filter", () -> reports.count(ReportFilter.all()));
        measure("ReportService.search, page 100 (offset 4,950), no filter", () -> reports.search(ReportFilter.all(), 4950, 50).size());
        measure("ReportService.search + count, form + SUBMITTED (review queue)", () -> {
            ReportFilter queue = new ReportFilter(early, null, ReportStatus.SUBMITTED, null, null);
            return reports.search(queue, 0, 50).size() + reports.count(queue) * 0;
        });
        measure("ReportService.search + count, one institution, 5 years", () -> {
            ReportFilter one = new ReportFilter(null, chosen.getFirst(), null, fiveYears, lastMonth);
            return reports.search(one, 0, 50).size() + reports.count(one) * 0;
        });
        LocalDate threeYears = lastMonth.minusMonths(CompletenessService.MAX_PERIODS - 1);
        measure("CompletenessService.byPeriod, 12 months", () -> completenessService.byPeriod(early, yearStart, yearEnd).size());
        measure("CompletenessService.byPeriod, 36 months (its widest range)", () -> completenessService.byPeriod(early, threeYears, lastMonth).size());
        measure("CompletenessService.byInstitution, first 50 × 12 months + count", () -> completenessService.byInstitution(early, yearStart, yearEnd, 0, 50)
                .size() + completenessService.countInstitutions(early) * 0);
        measure("CompletenessService.byInstitution, page 40 (offset 1,950) × 36 months",
                () -> completenessService.byInstitution(early, threeYears, lastMonth, 1950, 50).size());
        demoUsers.login(ProvinceStatistics.FILER);
        try {
            measure("FilingService.recent as an institution user", () -> filings.recent().size());
            measure("ReportService.search + count as an institution user, first page", () -> reports.search(ReportFilter.all(), 0, 50).size()
                    + reports.count(ReportFilter.all()) * 0);
        } finally {
            demoUsers.login(ProvinceStatistics.BUREAU);
        }
    }

    private void measureDashboardService() {
        long repeatRate = indicator("REPEAT_ABORTION_RATE").id();
        long abortionRate = indicator("INDUCED_ABORTION_RATE").id();
        long early = form("EARLY_PREGNANCY").id();
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        LocalDate monthEnd = lastMonth.plusMonths(1).minusDays(1);
        LocalDate fiveYears = lastMonth.minusMonths(59);
        LocalDate twelveMonths = lastMonth.minusMonths(11);
        LocalDate wholeYears = LocalDate.of(lastMonth.getYear() - 3, 1, 1);
        LocalDate wholeYearsEnd = LocalDate.of(lastMonth.getYear() - 1, 12, 31);
        List<Long> chosen = chosenInstitutions();
        int assigned = heatmaps.countHeatmapRows(early, List.of());
        print("");
        print(String.format(Locale.ROOT, "%-72s %7s %9s %9s %9s", "DashboardService (as scale.bureau, bound to no area, unless said)", "rows", "p50 ms", "p95 ms", "max ms"));
        measure("trend: city, repeat-abortion rate, by month over 5 years",
                () -> dashboards.trend(repeatRate, fiveYears, monthEnd, Frequency.MONTHLY, List.of()).series().size());
        measure("trend: city + 5 institutions, by month over 5 years",
                () -> dashboards.trend(repeatRate, fiveYears, monthEnd, Frequency.MONTHLY, chosen).series().size());
        measure("trend: city, induced-abortion rate (÷ population), by month over 5 years",
                () -> dashboards.trend(abortionRate, fiveYears, monthEnd, Frequency.MONTHLY, List.of()).series().size());
        measure("institutionTrends: every indicator of one institution, 5 years",
                () -> dashboards.institutionTrends(chosen.getFirst(), fiveYears, monthEnd, Frequency.MONTHLY).size());
        measure("compare: all institutions, last 12 months, top 30",
                () -> dashboards.compare(repeatRate, twelveMonths, monthEnd, List.of(), 30).rows().size());
        measure("compare: all institutions, 3 whole years, top 30",
                () -> dashboards.compare(repeatRate, wholeYears, wholeYearsEnd, List.of(), 30).rows().size());
        measure("compare: all institutions, 60 months (whole years + edge months), top 30",
                () -> dashboards.compare(repeatRate, fiveYears, monthEnd, List.of(), 30).rows().size());
        measure("compare: induced-abortion rate (population per bureau), 12 months",
                () -> dashboards.compare(abortionRate, twelveMonths, monthEnd, List.of(), 30).rows().size());
        measure("heatmap: first 20 institutions × 12 months", () -> heatmaps.heatmap(early, twelveMonths, monthEnd, List.of(), 0, 20).size());
        measure("heatmap: last page (offset " + (assigned - 20) + ") × 12 months",
                () -> heatmaps.heatmap(early, twelveMonths, monthEnd, List.of(), assigned - 20, 20).size());
        measure("countHeatmapRows", () -> heatmaps.countHeatmapRows(early, List.of()));
        measure("heatmapSummary: 12 months", () -> heatmaps.heatmapSummary(early, twelveMonths, monthEnd).size());
        measure("heatmapSummary: 60 months", () -> heatmaps.heatmapSummary(early, fiveYears, monthEnd).size());
        measure("reportingInstitutions: first 50", () -> dashboards.reportingInstitutions(null, 0, 50).size());
        measure("reportingInstitutions: matching 卫生院, first 50", () -> dashboards.reportingInstitutions("卫生院", 0, 50).size());
        measure("heatmap: every institution × 12 months at once (the export's sheet)",
                () -> heatmaps.heatmap(early, twelveMonths, monthEnd, List.of(), 0, Integer.MAX_VALUE).size(), 5, 30);
        measure("compare: every institution, last 12 months (the export's sheet)",
                () -> dashboards.compare(repeatRate, twelveMonths, monthEnd, List.of(), Integer.MAX_VALUE).rows().size(), 5, 30);
        DashboardSelection selection = new DashboardSelection(null, null, repeatRate, twelveMonths, monthEnd, Frequency.MONTHLY, List.of(), early);
        measure("writeXlsx: 12 months, every institution (an export, not a page)", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dashboards.writeXlsx(selection, (key, params) -> key, Locale.SIMPLIFIED_CHINESE, out);
            return out.size() / 1024;
        }, 3, 10);
        demoUsers.login("viewer");
        try {
            measure("trend as a viewer of 乐清市 (small counts withheld), 5 years",
                    () -> dashboards.trend(repeatRate, fiveYears, monthEnd, Frequency.MONTHLY, List.of()).series().size());
            measure("compare as a viewer, last 12 months, top 30", () -> dashboards.compare(repeatRate, twelveMonths, monthEnd, List.of(), 30).rows().size());
        } finally {
            demoUsers.login(ProvinceStatistics.BUREAU);
        }
        demoUsers.login(ProvinceStatistics.FILER);
        try {
            long own = jdbc.sql("SELECT institution_id FROM app_user WHERE username = :name").param("name", ProvinceStatistics.FILER)
                    .query(Long.class).single();
            measure("trend as an institution user, own institution, 5 years",
                    () -> dashboards.trend(repeatRate, fiveYears, monthEnd, Frequency.MONTHLY, List.of(own)).series().size());
            measure("institutionTrends as an institution user, 5 years",
                    () -> dashboards.institutionTrends(own, fiveYears, monthEnd, Frequency.MONTHLY).size());
        } finally {
            demoUsers.login(ProvinceStatistics.BUREAU);
        }
    }

    private void measureDashboardShapes() {
        Indicator repeatRate = indicator("REPEAT_ABORTION_RATE");
        ReportForm early = form("EARLY_PREGNANCY");
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        LocalDate fiveYears = lastMonth.minusMonths(59);
        LocalDate month = lastMonth.minusMonths(2);
        LocalDate yearStart = LocalDate.of(lastMonth.getYear() - 1, 1, 1);
        LocalDate yearEnd = LocalDate.of(lastMonth.getYear() - 1, 12, 1);
        List<Long> chosen = chosenInstitutions();
        Map<String, Object> trend = Map.of("num", numeratorId(repeatRate), "den", denominatorId(repeatRate), "from", fiveYears, "to", lastMonth);
        print("");
        print(String.format(Locale.ROOT, "%-72s %7s %9s %9s %9s", "dashboard query shape (SQL)", "rows", "p50 ms", "p95 ms", "max ms"));
        sql("city trend, one indicator by month over 5 years (stat_total)", DashboardShapes.CITY_TREND, trend);
        sql("5 institutions' trend by month over 5 years (stat_fact)", DashboardShapes.INSTITUTION_TREND,
                Map.of("num", numeratorId(repeatRate), "den", denominatorId(repeatRate), "from", fiveYears, "to", lastMonth, "institutions", chosen));
        Map<String, Object> compare = Map.of("num", numeratorId(repeatRate), "den", denominatorId(repeatRate), "month", month,
                "factor", repeatRate.factor(), "limit", 50, "offset", 0);
        sql("all institutions compared for one month, by rate, first 50", DashboardShapes.COMPARE, compare);
        sql("all institutions compared for one month, by rate, all", DashboardShapes.COMPARE,
                Map.of("num", numeratorId(repeatRate), "den", denominatorId(repeatRate), "month", month, "factor", repeatRate.factor(),
                        "limit", 100_000, "offset", 0));
        Map<String, Object> year = Map.of("form", early.id(), "from", yearStart, "to", yearEnd);
        sql("completeness heatmap, one form × 12 months, all institutions", DashboardShapes.HEATMAP, year);
        measure("completeness heatmap, first 50 institutions by name × 12 months", () -> {
            List<Long> page = jdbc.sql(DashboardShapes.HEATMAP_INSTITUTIONS).params(Map.of("form", early.id(), "limit", 50, "offset", 0))
                    .query(Long.class).list();
            return jdbc.sql(DashboardShapes.HEATMAP_PAGE).params(Map.of("form", early.id(), "from", yearStart, "to", yearEnd, "institutions", page))
                    .query().listOfRows().size();
        });
        Map<String, Object> completeness = Map.of("form", early.id(), "from", yearStart, "to", yearEnd, "months", 1, "dueDay", early.dueDay());
        Map<String, Object> completeness60 = Map.of("form", early.id(), "from", fiveYears, "to", lastMonth, "months", 1, "dueDay", early.dueDay());
        sql("completeness per month counted from stat_report, 12 months", DashboardShapes.COMPLETENESS_FROM_REPORTS, completeness);
        sql("completeness per month counted from stat_report, 60 months", DashboardShapes.COMPLETENESS_FROM_REPORTS, completeness60);
        sql("completeness per month from stat_completeness, 12 months", DashboardShapes.COMPLETENESS, completeness);
        sql("completeness per month from stat_completeness, 60 months", DashboardShapes.COMPLETENESS, completeness60);
        print("");
        print("EXPLAIN of the statements above:");
        explain("IndicatorValues.city (SUM over stat_total)", "SELECT SUM(total) FROM stat_total WHERE data_element_id = :element "
                + "AND period_start BETWEEN :from AND :to AND reporters > 0", Map.of("element", numeratorId(repeatRate), "from", fiveYears, "to", lastMonth));
        explain("IndicatorValues.institutions (SUM over stat_fact)", "SELECT SUM(value) FROM stat_fact WHERE data_element_id = :element "
                + "AND institution_id IN (:institutions) AND period_start BETWEEN :from AND :to",
                Map.of("element", numeratorId(repeatRate), "institutions", chosen, "from", fiveYears, "to", lastMonth));
        explain("ReportService.search, no filter: where the page ends", "SELECT r.period_start FROM stat_report r WHERE 1 = 1 "
                + "ORDER BY r.period_start DESC LIMIT 1 OFFSET 49", Map.of());
        explain("ReportService.search, no filter: the page", "SELECT r.id FROM stat_report r JOIN report_form f ON f.id = r.report_form_id "
                + "JOIN institution i ON i.id = r.institution_id WHERE 1 = 1 AND r.period_start >= :oldest "
                + "ORDER BY r.period_start DESC, f.position, i.name_zh, r.id LIMIT 50", Map.of("oldest", lastMonth));
        explain("ReportService.count, no filter", "SELECT COUNT(*) FROM stat_report r", Map.of());
        explain("city trend", DashboardShapes.CITY_TREND, trend);
        explain("institutions' trend", DashboardShapes.INSTITUTION_TREND,
                Map.of("num", numeratorId(repeatRate), "den", denominatorId(repeatRate), "from", fiveYears, "to", lastMonth, "institutions", chosen));
        explain("compare one month", DashboardShapes.COMPARE, compare);
        explain("heatmap, all institutions", DashboardShapes.HEATMAP, year);
        explain("heatmap page: institutions", DashboardShapes.HEATMAP_INSTITUTIONS, Map.of("form", early.id(), "limit", 50, "offset", 0));
        explain("heatmap page: their reports", DashboardShapes.HEATMAP_PAGE, Map.of("form", early.id(), "from", yearStart, "to", yearEnd,
                "institutions", chosen));
        explain("completeness counted from stat_report", DashboardShapes.COMPLETENESS_FROM_REPORTS, completeness60);
        explain("completeness from stat_completeness", DashboardShapes.COMPLETENESS, completeness60);
        explain("CompletenessService.byPeriod: reports of institutions no longer filing the form", DashboardShapes.UNASSIGNED_REPORTS,
                completeness60);
        explain("DashboardService.compare: whole years (stat_fact_year)", DashboardShapes.DASHBOARD_YEAR_TOTALS,
                Map.of("num", numeratorId(repeatRate), "den", denominatorId(repeatRate), "firstYear", lastMonth.getYear() - 3,
                        "lastYear", lastMonth.getYear() - 1));
        explain("DashboardService.compare: months (stat_fact)", DashboardShapes.DASHBOARD_MONTH_TOTALS,
                Map.of("num", numeratorId(repeatRate), "den", denominatorId(repeatRate), "from", lastMonth.minusMonths(11), "to", lastMonth));
        explain("DashboardService.heatmap: last page", DashboardShapes.DASHBOARD_HEATMAP_PAGE, year);
        explain("DashboardService.institutionTrends: one institution", DashboardShapes.DASHBOARD_INSTITUTION,
                Map.of("institution", chosen.getFirst(), "from", fiveYears.minusYears(3), "to", lastMonth));
    }

    private void sql(String name, String sql, Map<String, Object> params) {
        measure(name, () -> jdbc.sql(sql).params(params).query().listOfRows().size());
    }

    private void explain(String name, String sql, Map<String, Object> params) {
        print("  " + name + ":");
        jdbc.sql("EXPLAIN " + sql).params(params).query((rs, n) -> String.format(Locale.ROOT, "    %-3s %-12s %-8s %-32s rows %-8s %s",
                rs.getString("id"), rs.getString("table"), rs.getString("type"), rs.getString("key"), rs.getString("rows"),
                rs.getString("Extra") == null ? "" : rs.getString("Extra"))).list().forEach(this::print);
    }

    private void measure(String name, Supplier<Integer> work) {
        measure(name, work, WARM_UP, RUNS);
    }

    private void measure(String name, Supplier<Integer> work, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        long[] nanos = new long[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        print(String.format(Locale.ROOT, "%-72s %7d %9.1f %9.1f %9.1f", name, rows, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, nanos[runs - 1] / 1e6));
    }

    private List<Long> chosenInstitutions() {
        return jdbc.sql("""
                SELECT id FROM institution WHERE code IN ('ZJ-0101-001', 'ZJ-0203-002', 'ZJ-0305-007', 'ZJ-0702-015', 'ZJ-1108-020')
                ORDER BY code""").query(Long.class).list();
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).strip() : "unknown";
    }

    /** The element a seeded indicator's numerator names (each names one). */
    private static long numeratorId(Indicator indicator) {
        return indicator.numeratorElementIds().getFirst();
    }

    private static long denominatorId(Indicator indicator) {
        return indicator.denominatorElementIds().getFirst();
    }

    private Indicator indicator(String code) {
        return catalog.indicatorByCode(code).orElseThrow();
    }

    private ReportForm form(String code) {
        return catalog.formByCode(code).orElseThrow();
    }

    private static int present(Optional<?> value) {
        return value.isPresent() ? 1 : 0;
    }

    private void print(String line) {
        System.out.println(line);
        report.add(line);
    }
}
