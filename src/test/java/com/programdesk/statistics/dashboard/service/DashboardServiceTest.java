package com.programdesk.statistics.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.dashboard.domain.Comparison;
import com.programdesk.statistics.dashboard.domain.ComparisonRow;
import com.programdesk.statistics.dashboard.domain.DashboardSelection;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.statistics.dashboard.domain.TrendSeries;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.service.IndicatorMaintenance;
import com.programdesk.statistics.reporting.domain.CellState;
import com.programdesk.statistics.reporting.domain.HeatmapCell;
import com.programdesk.statistics.reporting.domain.HeatmapRow;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.HeatmapService;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboards' figures against values worked out by hand: trend points, the comparison's order,
 * the heatmap's states, what a viewer is not shown, and what a hospital reaches. Two hospitals of
 * this test's own, in a township of the tests' own below 乐清市 (测试统计街道), report January–June 2019;
 * the township's line is theirs alone.
 */
@ProgramDeskTest
class DashboardServiceTest {

    private static final LocalDate JAN = LocalDate.of(2019, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2019, 2, 1);

    @Autowired
    DashboardService dashboards;
    @Autowired
    HeatmapService heatmaps;
    @Autowired
    ReportFixture fixture;
    @Autowired
    IndicatorMaintenance indicators;

    private long a;
    private long b;
    private long township;
    private long repeatRate;

    @BeforeEach
    void twoHospitalsReportedJanuaryAndFebruary() {
        List<Long> hospitals = fixture.twoHospitalsWithJanuaryAndFebruary2019();
        a = hospitals.get(0);
        b = hospitals.get(1);
        township = fixture.township(ReportFixture.TOWNSHIP, "测试统计街道");
        repeatRate = fixture.indicator("REPEAT_ABORTION_RATE").id();
    }

    @Test
    void trendPointsAreApprovedRatesPerMonthForTheAreaAndEachInstitution() {
        Trend trend = as("coordinator", () -> dashboards.trend(township, repeatRate, JAN, FEB, Frequency.MONTHLY, List.of(a, b)));

        assertThat(trend.periods()).containsExactly(JAN, FEB);
        assertThat(trend.series()).extracting(TrendSeries::name).containsExactly("测试统计街道", "测试甲医院", "测试乙医院");
        assertThat(values(trend.series().get(0))).containsExactly("100.00", "120.00");
        assertThat(values(trend.series().get(1))).containsExactly("50.00", "120.00");
        assertThat(values(trend.series().get(2))).containsExactly("133.33", null);
        assertThat(trend.series().get(1).figures().getFirst().numerator()).isEqualByComparingTo("2");

        Trend quarter = as("coordinator", () -> dashboards.trend(township, repeatRate, JAN, FEB, Frequency.QUARTERLY, List.of()));
        assertThat(quarter.periods()).containsExactly(JAN);
        assertThat(values(quarter.series().getFirst())).containsExactly("106.67");
    }

    @Test
    void institutionsAreComparedHighestFirstOverMonthsAndWholeYearsAlike() {
        Comparison months = as("coordinator", () -> dashboards.compare(repeatRate, JAN, FEB, List.of(a, b), 10));
        assertThat(months.rows()).extracting(ComparisonRow::name).containsExactly("测试乙医院", "测试甲医院");
        assertThat(months.rows()).extracting(r -> r.figure().value()).containsExactly(new BigDecimal("133.33"), new BigDecimal("88.89"));

        Comparison wholeYear = as("coordinator", () -> dashboards.compare(repeatRate, JAN, LocalDate.of(2019, 12, 1), List.of(a, b), 10));
        Comparison yearAndMonths = as("coordinator", () -> dashboards.compare(repeatRate, LocalDate.of(2018, 11, 1),
                LocalDate.of(2020, 2, 1), List.of(a, b), 10));
        assertThat(wholeYear.rows()).usingRecursiveComparison().isEqualTo(months.rows());
        assertThat(yearAndMonths.rows()).usingRecursiveComparison().isEqualTo(months.rows());

        Comparison first = as("coordinator", () -> dashboards.compare(repeatRate, JAN, FEB, List.of(a, b), 1));
        assertThat(first.rows()).hasSize(1);
        assertThat(first.count()).isEqualTo(2);
    }

    @Test
    void aViewerIsNotShownAFigureFromWhichASmallCountItNamesCouldBeWorkedOut() {
        IndicatorDefinition firstTime = new IndicatorDefinition();
        firstTime.setCode(TestData.unique("T_FIRST_TIME_").toUpperCase());
        firstTime.setNameZh(TestData.unique("首次人流例数"));
        firstTime.setNameEn("First-time induced abortions");
        firstTime.setNumeratorExpression("#{INDUCED_ABORTIONS} - #{REPEAT_ABORTIONS}");
        firstTime.setFactor(1);
        firstTime.setDecimals(0);
        firstTime.setDirection(Direction.FALLING_IS_GOOD);
        long firstTimeId = as("admin", () -> indicators.save(firstTime)).getId();

        // January of 测试甲医院: 40 induced, 2 of them repeat; 38 shown beside the 40 would give the 2 away
        Trend coordinator = as("coordinator", () -> dashboards.trend(firstTimeId, JAN, FEB, Frequency.MONTHLY, List.of(a)));
        assertThat(values(coordinator.series().get(1))).containsExactly("38", "44");
        Trend viewer = as("viewer", () -> dashboards.trend(firstTimeId, JAN, FEB, Frequency.MONTHLY, List.of(a)));
        assertThat(viewer.series().get(1).figures().getFirst().suppressed()).isTrue();
        assertThat(values(viewer.series().get(1))).containsExactly(null, "44");
        Comparison compared = as("viewer", () -> dashboards.compare(firstTimeId, JAN, JAN, List.of(a, b), 10));
        assertThat(compared.rows()).filteredOn(r -> r.name().equals("测试甲医院")).singleElement()
                .satisfies(r -> assertThat(r.figure().suppressed()).isTrue());
    }

    @Test
    void aViewerIsNotShownSmallCountsNorRatesComputedFromThem() {
        Trend viewer = as("viewer", () -> dashboards.trend(repeatRate, JAN, FEB, Frequency.MONTHLY, List.of(a, b)));
        Figure januaryOfA = viewer.series().get(1).figures().getFirst();
        assertThat(januaryOfA.suppressed()).isTrue();
        assertThat(januaryOfA.value()).isNull();
        assertThat(januaryOfA.numerator()).isNull();
        assertThat(januaryOfA.denominator()).isNull();
        assertThat(values(viewer.series().get(2))).containsExactly("133.33", null);
        assertThat(values(viewer.series().get(1))).containsExactly(null, "120.00");

        Trend coordinator = as("coordinator", () -> dashboards.trend(repeatRate, JAN, FEB, Frequency.MONTHLY, List.of(a)));
        assertThat(coordinator.series().get(1).figures().getFirst().suppressed()).isFalse();

        long repeatCount = fixture.jdbc.sql("SELECT id FROM indicator WHERE code = 'INDUCED_ABORTIONS'").query(Long.class).single();
        assertThat(values(as("viewer", () -> dashboards.trend(repeatCount, JAN, FEB, Frequency.MONTHLY, List.of(a))).series().get(1)))
                .containsExactly("40", "50");
        assertThat(as("viewer", () -> dashboards.suppressedBelow())).isEqualTo(5);
        assertThat(as("coordinator", () -> dashboards.suppressedBelow())).isZero();

        Comparison compared = as("viewer", () -> dashboards.compare(repeatRate, JAN, JAN, List.of(a, b), 10));
        assertThat(compared.rows()).extracting(ComparisonRow::name).containsExactly("测试乙医院", "测试甲医院");
        assertThat(compared.rows().get(1).figure().suppressed()).isTrue();
    }

    @Test
    void theHeatmapColoursEachMonthByItsReport() {
        long c = fixture.hospital("T-DASH-C", "测试丙医院");
        LocalDate jul = LocalDate.of(2019, 7, 1);
        LocalDate aug = LocalDate.of(2019, 8, 1);
        LocalDate sep = LocalDate.of(2019, 9, 1);
        LocalDate oct = LocalDate.of(2019, 10, 1);
        if (fixture.jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE institution_id = :c").param("c", c).query(Integer.class).single() == 0) {
            StatReport onTime = fixture.approved(c, jul, 30, 1, 5);
            fixture.firstSubmittedOn(onTime, LocalDate.of(2019, 8, 5));
            StatReport late = fixture.approved(c, aug, 30, 1, 5);
            fixture.firstSubmittedOn(late, LocalDate.of(2019, 9, 6));
            StatReport waiting = fixture.submitted(c, sep, 30, 1, 5);
            fixture.firstSubmittedOn(waiting, LocalDate.of(2019, 10, 3));
            fixture.returned(c, oct, 30, 1, 5);
            fixture.draft(b, jul, 30, 1, 5);
        }
        List<HeatmapRow> rows = as("coordinator", () -> heatmaps.heatmap(fixture.form().id(), jul, oct, List.of(b, c), 0, 10));

        assertThat(rows).extracting(HeatmapRow::name).containsExactly("测试乙医院", "测试丙医院");
        assertThat(rows.get(1).cells()).extracting(HeatmapCell::state)
                .containsExactly(CellState.APPROVED, CellState.LATE, CellState.SUBMITTED, CellState.IN_PROGRESS);
        assertThat(rows.get(0).cells()).extracting(HeatmapCell::state)
                .containsExactly(CellState.MISSING, CellState.MISSING, CellState.MISSING, CellState.MISSING);
        assertThat(rows.get(1).cells().get(1).dueDate()).isEqualTo(LocalDate.of(2019, 9, 5));

        LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
        List<HeatmapRow> now = as("coordinator", () -> heatmaps.heatmap(fixture.form().id(), thisMonth, thisMonth, List.of(c), 0, 10));
        assertThat(now.getFirst().cells().getFirst().state()).isEqualTo(CellState.NOT_DUE);

        assertThat(as("coordinator", () -> heatmaps.countHeatmapRows(fixture.form().id(), List.of(a, b, c)))).isEqualTo(3);
        assertThat(as("coordinator", () -> heatmaps.heatmap(fixture.form().id(), jul, oct, List.of(a, b, c), 1, 1)))
                .extracting(HeatmapRow::name).containsExactly("测试乙医院");
        assertThat(as("coordinator", () -> heatmaps.heatmapSummary(fixture.form().id(), jul, jul)).getFirst().received()).isPositive();
    }

    @Test
    void theExportsHeatmapOfEveryInstitutionHoldsThePagesOneAfterAnother() {
        long d = fixture.hospital("T-DASH-D", "测试丁医院");
        if (fixture.jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE institution_id = :d").param("d", d).query(Integer.class).single() == 0) {
            fixture.draft(d, LocalDate.of(2019, 5, 1), 30, 1, 5);
        }
        fixture.unassign(d);
        long form = fixture.form().id();
        LocalDate dec = LocalDate.of(2019, 12, 1);
        int count = as("coordinator", () -> heatmaps.countHeatmapRows(form, List.of()));
        List<HeatmapRow> pages = new ArrayList<>();
        for (int offset = 0; offset < count; offset += 5) {
            int from = offset;
            pages.addAll(as("coordinator", () -> heatmaps.heatmap(form, JAN, dec, List.of(), from, 5)));
        }

        // more rows than a page looks up one by one: read from the form's range of reports
        List<HeatmapRow> whole = as("coordinator", () -> heatmaps.heatmap(form, JAN, dec, List.of(), 0, Integer.MAX_VALUE));

        assertThat(whole).hasSize(count).isEqualTo(pages);
        // bound to no area, the administrator's whole heatmap reads the form's range of reports at once, like its pages
        int all = as("admin", () -> heatmaps.countHeatmapRows(form, List.of()));
        List<HeatmapRow> allPages = new ArrayList<>();
        for (int offset = 0; offset < all; offset += 5) {
            int from = offset;
            allPages.addAll(as("admin", () -> heatmaps.heatmap(form, JAN, dec, List.of(), from, 5)));
        }
        assertThat(as("admin", () -> heatmaps.heatmap(form, JAN, dec, List.of(), 0, Integer.MAX_VALUE))).hasSize(all).isEqualTo(allPages);
        assertThat(whole).extracting(HeatmapRow::name).contains("测试甲医院", "测试乙医院").doesNotContain("测试丁医院");
        HeatmapRow hospitalA = whole.stream().filter(row -> row.institutionId() == a).findFirst().orElseThrow();
        assertThat(hospitalA.cells()).extracting(HeatmapCell::status).startsWith(ReportStatus.APPROVED, ReportStatus.APPROVED, null);
    }

    @Test
    void aHospitalReachesOnlyItsOwnFigures() {
        long mch = fixture.institutionId("YQ-MCH");
        fixture.assign(mch);

        Trend own = as("mch.staff", () -> dashboards.trend(repeatRate, JAN, FEB, Frequency.MONTHLY, List.of()));
        assertThat(own.series()).extracting(TrendSeries::institutionId).containsExactly(mch);
        assertThat(as("mch.staff", () -> dashboards.seesAreas())).isFalse();
        assertThatThrownBy(() -> as("mch.staff", () -> dashboards.trend(repeatRate, JAN, FEB, Frequency.MONTHLY, List.of(a))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("mch.staff", () -> dashboards.institutionTrends(a, JAN, FEB, Frequency.MONTHLY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("mch.staff", () -> dashboards.compare(repeatRate, JAN, FEB, List.of(), 10)).rows())
                .allMatch(r -> r.id() == mch && !r.isArea());
        assertThat(as("mch.staff", () -> heatmaps.heatmap(fixture.form().id(), JAN, FEB, List.of(), 0, 50)))
                .extracting(HeatmapRow::institutionId).containsExactly(mch);
        assertThat(as("mch.staff", () -> heatmaps.heatmapSummary(fixture.form().id(), JAN, FEB))).isEmpty();
        assertThat(as("mch.staff", () -> dashboards.reportingInstitutions("", 0, 50))).extracting(i -> i.id()).containsExactly(mch);
    }

    @Test
    void badRangesAndTooManyLinesAreRefusedAtTheirField() {
        assertThatThrownBy(() -> as("coordinator", () -> dashboards.trend(repeatRate, FEB, JAN, Frequency.MONTHLY, List.of())))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> as("coordinator", () -> dashboards.trend(repeatRate, LocalDate.of(2000, 1, 1), JAN, Frequency.MONTHLY,
                List.of()))).isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("dashboard.error.rangeTooLong"));
        // nine institutions of 乐清市, all within the coordinator's reach: only their number is refused
        List<Long> nine = fixture.jdbc.sql("""
                SELECT id FROM institution WHERE area_id IN (SELECT id FROM area WHERE path LIKE CONCAT((SELECT path FROM area WHERE code = '330382'), '%'))
                ORDER BY id LIMIT 9""").query(Long.class).list();
        assertThatThrownBy(() -> as("coordinator", () -> dashboards.trend(repeatRate, JAN, FEB, Frequency.MONTHLY, nine)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("institutions"));
    }

    @Test
    void theExcelExportHoldsTheShownFiguresAndWithholdsSmallCountsFromViewers() {
        DashboardSelection selection = new DashboardSelection(null, township, repeatRate, JAN, FEB, Frequency.MONTHLY, List.of(a, b),
                fixture.form().id());

        Map<String, String> coordinator = sheets(as("coordinator", () -> export(selection)));
        assertThat(coordinator.get("xl/worksheets/sheet2.xml")).contains("测试甲医院", "2019-01", ">50<", ">133.33<");
        assertThat(coordinator.get("xl/worksheets/sheet3.xml")).contains("测试乙医院", ">133.33<", ">88.89<");
        assertThat(coordinator).as("every sheet names the area it shows").allSatisfy((name, xml) -> {
            if (name.startsWith("xl/worksheets/sheet")) {
                assertThat(xml).contains("dashboard.export.area[测试统计街道]");
            }
        });

        Map<String, String> viewer = sheets(as("viewer", () -> export(selection)));
        assertThat(viewer.get("xl/worksheets/sheet2.xml")).contains("—", ">133.33<").doesNotContain(">50<");
        // over both months the hospital had 8 repeat abortions of 90: enough to be shown
        assertThat(viewer.get("xl/worksheets/sheet3.xml")).contains(">88.89<");
    }

    private byte[] export(DashboardSelection selection) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dashboards.writeXlsx(selection, (key, params) -> params.length == 0 ? key : key + Arrays.toString(params), Locale.SIMPLIFIED_CHINESE, out);
        return out.toByteArray();
    }

    /** Every sheet's XML with shared strings put back in place, so that cell texts can be searched. */
    private static Map<String, String> sheets(byte[] xlsx) {
        Map<String, String> parts = new TreeMap<>();
        try {
            Path file = Files.createTempFile("dashboard", ".xlsx");
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> shared = parts.getOrDefault("xl/sharedStrings.xml", "").lines().toList().isEmpty() ? List.of()
                : Arrays.stream(parts.get("xl/sharedStrings.xml").split("<si>")).skip(1)
                        .map(si -> unescape(si.replaceAll("(?s).*?<t[^>]*>(.*?)</t>.*", "$1"))).toList();
        parts.replaceAll((name, xml) -> name.startsWith("xl/worksheets/") ? inline(xml, shared) : xml);
        return parts;
    }

    private static String unescape(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml).replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String inline(String xml, List<String> shared) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("<c([^>]*?)t=\"s\"([^>]*)><v>(\\d+)</v></c>").matcher(xml);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<c" + m.group(1) + m.group(2) + "><v>"
                    + shared.get(Integer.parseInt(m.group(3))) + "</v></c>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> values(TrendSeries series) {
        return series.figures().stream().map(f -> f.value() == null ? null : f.value().toPlainString()).toList();
    }

    private <T> T as(String user, Supplier<T> work) {
        return fixture.demoUsers.as(user, work);
    }
}
