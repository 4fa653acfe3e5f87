package com.programdesk.statistics.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's Yueqing plan reads Yueqing only: its 人工流产率 is the abortions approved for Yueqing's own hospitals
 * divided by 乐清市's women of childbearing age (filed by 乐清市卫生健康局 on the yearly form), computed here from
 * the reports themselves; the two Shaoxing hospitals' abortions (38 % of all) are not in it. The Qixian program
 * reads 齐贤分院 alone.
 */
@ProgramDeskTest
class DemoAreaRatesTest {

    private static final List<String> YUEQING = List.of("YQ-MCH", "YQ-H2", "YQ-HQ-HC");
    private static final List<String> SHAOXING = List.of("SX-MCH", "SX-CH-QX");

    @Autowired
    DashboardService dashboards;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    TargetService targets;
    @Autowired
    ProgramService programs;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void yueqingsAbortionRateOfLastYearIsYueqingsAbortionsOverYueqingsWomen() {
        int lastYear = LocalDate.now().getYear() - 1;
        LocalDate from = LocalDate.of(lastYear, 1, 1);
        LocalDate to = LocalDate.of(lastYear, 12, 31);
        long yueqingAbortions = approved("INDUCED_ABORTIONS", YUEQING, from, to);
        long shaoxingAbortions = approved("INDUCED_ABORTIONS", SHAOXING, from, to);
        long women = population(lastYear);
        assertThat(women).isEqualTo(352_400);
        assertThat(shaoxingAbortions).isPositive();

        long rate = demoUsers.as("coordinator", () -> catalog.indicatorByCode("INDUCED_ABORTION_RATE").orElseThrow().id());
        Figure yueqing = demoUsers.as("coordinator", () -> dashboards.trend(testData.areaId("330382"), rate, from, to, Frequency.YEARLY, List.of()))
                .series().getFirst().figures().getFirst();

        assertThat(yueqing.numerator()).isEqualByComparingTo(BigDecimal.valueOf(yueqingAbortions));
        assertThat(yueqing.denominator()).isEqualByComparingTo(BigDecimal.valueOf(women));
        assertThat(yueqing.value()).isEqualByComparingTo(perMille(yueqingAbortions, women))
                .isNotEqualByComparingTo(perMille(yueqingAbortions + shaoxingAbortions, women));
        assertThat(jdbc.sql("""
                SELECT entered AND source_institution_id = :bureau FROM area_population
                WHERE area_id = :area AND year = :year""").param("bureau", testData.institutionId("YQ-HB"))
                .param("area", testData.areaId("330382")).param("year", lastYear)
                .query(Boolean.class).single()).as("乐清市's own figure, from its bureau's approved yearly report").isTrue();
    }

    @Test
    void theYueqingPlansAbortionRateTargetReadsYueqingOnly() {
        Program plan = demoUsers.as("coordinator", () -> programs.search(null, PageRequest.of(0, 50)).stream()
                .filter(p -> p.getTitle().contains("年度生殖健康促进工作计划")).findFirst().orElseThrow());
        LocalDate today = LocalDate.now();
        LocalDate reportedFrom = plan.getPeriodStart();
        LocalDate newest = jdbc.sql("""
                SELECT MAX(r.period_start) FROM stat_report r JOIN institution i ON i.id = r.institution_id JOIN report_form f ON f.id = r.report_form_id
                WHERE f.code = 'EARLY_PREGNANCY' AND r.status = 'APPROVED' AND i.code IN (:codes) AND r.period_start BETWEEN :from AND :today""")
                .param("codes", YUEQING).param("from", reportedFrom).param("today", today).query(LocalDate.class).optional().orElse(null);
        if (newest == null) {
            return; // in September the plan has just begun and none of its months is approved yet
        }
        LocalDate reportedTo = Frequency.MONTHLY.periodEnd(newest);
        long abortions = approved("INDUCED_ABORTIONS", YUEQING, reportedFrom, reportedTo);
        // this year's figure is filed after the year ends: the year-end figure of the year before serves
        long women = population(reportedTo.getYear()) > 0 ? population(reportedTo.getYear()) : population(reportedTo.getYear() - 1);

        TargetProgress abortionRate = demoUsers.as("coordinator", () -> targets.progress(plan.getId())).stream()
                .filter(p -> p.target().getName().equals("人工流产率")).findFirst().orElseThrow();

        assertThat(abortionRate.actual()).isEqualByComparingTo(perMille(abortions, women));
        assertThat(abortionRate.denominatorMissing()).isFalse();
    }

    @Test
    void theQixianProgramsRepeatAbortionRateIsQixiansOwn() {
        Program action = demoUsers.as("keqiao.coordinator", () -> programs.search(null, PageRequest.of(0, 50)).stream()
                .filter(p -> p.getTitle().contains("早孕关爱行动")).findFirst().orElseThrow());
        LocalDate to = action.getPeriodEnd();
        long repeat = approved("REPEAT_ABORTIONS", List.of("SX-CH-QX"), action.getPeriodStart(), to);
        long induced = approved("INDUCED_ABORTIONS", List.of("SX-CH-QX"), action.getPeriodStart(), to);

        TargetProgress repeatRate = demoUsers.as("keqiao.coordinator", () -> targets.progress(action.getId())).stream()
                .filter(p -> p.target().getName().equals("重复流产率")).findFirst().orElseThrow();

        assertThat(induced).isPositive();
        assertThat(repeatRate.actual()).isEqualByComparingTo(perMille(repeat, induced));
    }

    /** The approved values of an element of these institutions' early-pregnancy reports for periods in [from, to]. */
    private long approved(String element, List<String> institutions, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(v.value), 0) FROM stat_report r JOIN stat_value v ON v.stat_report_id = r.id
                JOIN data_element e ON e.id = v.data_element_id JOIN institution i ON i.id = r.institution_id
                JOIN report_form f ON f.id = r.report_form_id
                WHERE f.code = 'EARLY_PREGNANCY' AND r.status = 'APPROVED' AND e.code = :element AND i.code IN (:codes)
                  AND r.period_start BETWEEN :from AND :to""")
                .param("element", element).param("codes", institutions).param("from", from).param("to", to).query(Long.class).single();
    }

    /** 乐清市's women of childbearing age of a year, as 乐清市卫生健康局 filed them (0 when not filed or not approved). */
    private long population(int year) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(v.value), 0) FROM stat_report r JOIN stat_value v ON v.stat_report_id = r.id
                JOIN institution i ON i.id = r.institution_id JOIN report_form f ON f.id = r.report_form_id
                WHERE f.code = 'AREA_POPULATION' AND r.status = 'APPROVED' AND i.code = 'YQ-HB' AND r.period_start = :year""")
                .param("year", LocalDate.of(year, 1, 1)).query(Long.class).single();
    }

    private static BigDecimal perMille(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator * 1000).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
