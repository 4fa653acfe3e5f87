package com.programdesk.statistics.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetDirection;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.security.domain.Role;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.dashboard.domain.Comparison;
import com.programdesk.statistics.dashboard.domain.ComparisonRow;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.domain.PopulationPaste;
import com.programdesk.statistics.dashboard.domain.PopulationRow;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.HeatmapService;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Figures by area, worked out by hand. Below 温州市 this test has areas of its own: 测试统计县 (330390) with the
 * townships 测试甲镇 and 测试乙镇 and a hospital of its own, and 测试缺数县 (330391) with 测试丙镇, which has no population
 * figure. A coordinator of 温州市 of its own (t.wenzhou.coordinator) files and approves January and February 2019:
 * <pre>
 *   测试甲镇卫生院 (测试甲镇)      Jan 40 induced / 2 repeat, Feb 60 / 3     population 2019: 30,000
 *   测试乙镇卫生院 (测试乙镇)      Jan 100 / 5                               population 2019: 20,000
 *   测试统计县人民医院 (the county) Jan 50 / 1
 *   测试丙镇卫生院 (测试丙镇)      Jan 70 / 1                                no population
 * </pre>
 * so 测试统计县 has 250 induced and 11 repeat abortions and, as the sum of its two townships, 50,000 women:
 * 人工流产率 5.00‰, 重复流产率 44.00‰.
 */
@ProgramDeskTest
class AreaStatisticsTest {

    private static final LocalDate JAN = LocalDate.of(2019, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2019, 2, 1);
    private static final LocalDate FEB_END = LocalDate.of(2019, 2, 28);
    private static final String COORDINATOR = "t.wenzhou.coordinator";

    @Autowired
    ReportFixture fixture;
    @Autowired
    DashboardService dashboards;
    @Autowired
    HeatmapService heatmaps;
    @Autowired
    PopulationService populations;
    @Autowired
    ProgramService programs;
    @Autowired
    TargetService targets;
    @Autowired
    InstitutionService institutions;
    @Autowired
    UserService users;
    @Autowired
    TestData testData;

    private long wenzhou;
    private long county;
    private long jia;
    private long yi;
    private long emptyCounty;
    private long bing;
    private long jiaHospital;
    private long yiHospital;
    private long countyHospital;
    private long bingHospital;
    private long women;

    @BeforeEach
    void aCountyWithTwoTownshipsReportedJanuaryAndFebruary2019() {
        wenzhou = testData.areaId("330300");
        county = fixture.area("330390", AreaLevel.COUNTY, "测试统计县", wenzhou);
        jia = fixture.area("330390001000", AreaLevel.TOWNSHIP, "测试甲镇", county);
        yi = fixture.area("330390002000", AreaLevel.TOWNSHIP, "测试乙镇", county);
        emptyCounty = fixture.area("330391", AreaLevel.COUNTY, "测试缺数县", wenzhou);
        bing = fixture.area("330391001000", AreaLevel.TOWNSHIP, "测试丙镇", emptyCounty);
        if (testData.findUserId(COORDINATOR).isEmpty()) {
            AppUser user = new AppUser(COORDINATOR, "测试温州市协调员", Role.COORDINATOR, null);
            user.setAreaId(wenzhou);
            fixture.demoUsers.as("admin", () -> users.create(user, "Test-2019-pass"));
        }
        jiaHospital = fixture.hospital("T-AREA-JIA", "测试甲镇卫生院", jia);
        yiHospital = fixture.hospital("T-AREA-YI", "测试乙镇卫生院", yi);
        countyHospital = fixture.hospital("T-AREA-XIAN", "测试统计县人民医院", county);
        bingHospital = fixture.hospital("T-AREA-BING", "测试丙镇卫生院", bing);
        women = as(COORDINATOR, () -> populations.elements().getFirst().id());
        if (fixture.jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE institution_id = :i").param("i", jiaHospital).query(Integer.class).single() == 0) {
            fixture.approved(COORDINATOR, jiaHospital, JAN, 40, 2, 10);
            fixture.approved(COORDINATOR, jiaHospital, FEB, 60, 3, 10);
            fixture.approved(COORDINATOR, yiHospital, JAN, 100, 5, 10);
            fixture.approved(COORDINATOR, countyHospital, JAN, 50, 1, 10);
            fixture.approved(COORDINATOR, bingHospital, JAN, 70, 1, 10);
            fixture.demoUsers.as(COORDINATOR, () -> {
                populations.enter(jia, women, 2019, 30_000L);
                populations.enter(yi, women, 2019, 20_000L);
            });
        }
    }

    @Test
    void anAreasRateDividesItsOwnCountsByItsOwnPopulation() {
        long rate = fixture.indicator("INDUCED_ABORTION_RATE").id();

        Comparison townships = as(COORDINATOR, () -> dashboards.compareChildren(county, rate, JAN, FEB_END));
        assertThat(figure(townships, "测试乙镇").value()).isEqualByComparingTo("5.00");      // 100 / 20,000
        assertThat(figure(townships, "测试甲镇").value()).isEqualByComparingTo("3.33");      // 100 / 30,000
        assertThat(figure(townships, "测试甲镇").denominator()).isEqualByComparingTo("30000");
        Figure hospital = figure(townships, "测试统计县人民医院");
        assertThat(hospital.denominatorMissing()).as("an institution has no population of its own").isTrue();
        assertThat(hospital.value()).isNull();
        assertThat(townships.rows()).extracting(ComparisonRow::name).startsWith("测试乙镇", "测试甲镇");

        Comparison counties = as(COORDINATOR, () -> dashboards.compareChildren(wenzhou, rate, JAN, FEB_END));
        Figure ours = figure(counties, "测试统计县");
        assertThat(ours.numerator()).isEqualByComparingTo("250");
        assertThat(ours.denominator()).as("the sum of its two townships").isEqualByComparingTo("50000");
        assertThat(ours.value()).isEqualByComparingTo("5.00");
        Figure missing = figure(counties, "测试缺数县");
        assertThat(missing.denominatorMissing()).as("70 abortions, but no population: no rate, never another area's").isTrue();
        assertThat(missing.value()).isNull();

        long repeat = fixture.indicator("REPEAT_ABORTION_RATE").id();
        Figure countyRepeat = as(COORDINATOR, () -> dashboards.trend(county, repeat, JAN, FEB_END, Frequency.QUARTERLY, List.of()))
                .series().getFirst().figures().getFirst();
        assertThat(countyRepeat.value()).isEqualByComparingTo("44.00");                    // 11 / 250

        PopulationRow countyFigures = as(COORDINATOR, () -> populations.figures(county, women, 2019, 2019)).getFirst();
        assertThat(countyFigures.area().id()).isEqualTo(county);
        assertThat(countyFigures.byYear().get(2019)).isEqualTo(new PopulationRow.PopulationFigure(50_000, PopulationRow.Source.ROLLED_UP));
        assertThat(as(COORDINATOR, () -> populations.figures(emptyCounty, women, 2019, 2019)).getFirst().byYear()).isEmpty();
    }

    @Test
    void aProgramsTargetsReadItsAreaOrOnlyItsParticipants() {
        Program countyPlan = as(COORDINATOR, () -> {
            Program plan = new Program(TestData.unique("测试统计县方案 "), JAN, FEB_END);
            plan.setAreaId(county);
            return programs.save(plan, List.of("流产后关爱"));
        });
        Target abortionRate = target(countyPlan, "人工流产率", "INDUCED_ABORTION_RATE", "10");
        Target repeatRate = target(countyPlan, "重复流产率", "REPEAT_ABORTION_RATE", "50");
        assertThat(progress(countyPlan, abortionRate).actual()).isEqualByComparingTo("5.00");
        assertThat(progress(countyPlan, repeatRate).actual()).as("all three of the county's institutions, none of 测试缺数县")
                .isEqualByComparingTo("44.00");

        Program jiaAction = as(COORDINATOR, () -> {
            Program plan = new Program(TestData.unique("测试甲镇行动 "), JAN, FEB_END);
            plan.setAreaId(county);
            Program saved = programs.save(plan, List.of("流产后关爱"));
            programs.setParticipants(saved, List.of(jiaHospital));
            return saved;
        });
        Target jiaRepeat = target(jiaAction, "重复流产率", "REPEAT_ABORTION_RATE", "50");
        Target jiaAbortionRate = target(jiaAction, "人工流产率", "INDUCED_ABORTION_RATE", "10");
        assertThat(progress(jiaAction, jiaRepeat).actual()).as("its one participant: 5 of 100").isEqualByComparingTo("50.00");
        TargetProgress perPopulation = progress(jiaAction, jiaAbortionRate);
        assertThat(perPopulation.actual()).isNull();
        assertThat(perPopulation.denominatorMissing()).as("a list of institutions has no population").isTrue();
    }

    @Test
    void anAreasTotalIsTheSumOfEverythingBelowItAtEveryLevel() {
        long induced = element("INDUCED_ABORTIONS");
        assertThat(areaTotal(county, induced, JAN)).isEqualTo(areaTotal(jia, induced, JAN) + areaTotal(yi, induced, JAN) + 50);
        assertThat(areaTotal(county, induced, JAN)).isEqualTo(190);
        // every area of the tree, demo and tests alike, against its institutions' approved values
        List<Map<String, Object>> wrong = fixture.jdbc.sql("""
                SELECT a.id, a.name_zh, COALESCE(t.total, 0) AS total, COALESCE(x.facts, 0) AS facts
                FROM area a
                LEFT JOIN stat_area_total t ON t.area_id = a.id AND t.data_element_id = :element AND t.period_start = :month
                LEFT JOIN (SELECT anc.id AS area_id, SUM(f.value) AS facts FROM stat_fact f JOIN institution i ON i.id = f.institution_id
                           JOIN area ia ON ia.id = i.area_id JOIN area anc ON ia.path LIKE CONCAT(anc.path, '%')
                           WHERE f.data_element_id = :element AND f.period_start = :month GROUP BY anc.id) x ON x.area_id = a.id
                WHERE COALESCE(t.total, 0) <> COALESCE(x.facts, 0)""")
                .param("element", induced).param("month", JAN).query().listOfRows();
        assertThat(wrong).isEmpty();
    }

    @Test
    void reopeningAReportTakesItsFiguresOutOfEveryLevel() {
        long induced = element("INDUCED_ABORTIONS");
        LocalDate march = LocalDate.of(2019, 3, 1);
        List<Long> levels = List.of(jia, county, wenzhou, testData.areaId("330000"));
        List<Long> before = levels.stream().map(area -> areaTotal(area, induced, march)).toList();

        StatReport approved = fixture.approved(COORDINATOR, jiaHospital, march, 30, 1, 5);
        assertThat(levels.stream().map(area -> areaTotal(area, induced, march)).toList())
                .containsExactlyElementsOf(before.stream().map(total -> total + 30).toList());

        fixture.demoUsers.as(COORDINATOR, () -> fixture.reports.reopen(approved, "测试：数据有误"));
        assertThat(levels.stream().map(area -> areaTotal(area, induced, march)).toList()).containsExactlyElementsOf(before);
        assertThat(fixture.jdbc.sql("SELECT COUNT(*) FROM stat_area_total WHERE area_id = :area AND period_start = :month")
                .param("area", jia).param("month", march).query(Integer.class).single()).as("no empty rows left behind").isZero();
    }

    @Test
    void movingAnInstitutionMovesItsFiguresAndItsReportsCounts() {
        long induced = element("INDUCED_ABORTIONS");
        LocalDate june = LocalDate.of(2019, 6, 1);
        long moving = fixture.hospital(TestData.unique("T-MOVE-"), TestData.unique("测试迁移卫生院"), jia);
        long jiaBefore = areaTotal(jia, induced, june);
        long countyBefore = areaTotal(county, induced, june);
        long wenzhouBefore = areaTotal(wenzhou, induced, june);
        int yiApprovedBefore = approvedReports(yi, june);
        fixture.approved(COORDINATOR, moving, june, 80, 4, 20);
        assertThat(areaTotal(jia, induced, june)).isEqualTo(jiaBefore + 80);

        moveTo(moving, yi);
        assertThat(areaTotal(jia, induced, june)).isEqualTo(jiaBefore);
        assertThat(areaTotal(yi, induced, june)).isEqualTo(80);
        assertThat(areaTotal(county, induced, june)).as("still within the county").isEqualTo(countyBefore + 80);
        assertThat(approvedReports(yi, june)).isEqualTo(yiApprovedBefore + 1);

        moveTo(moving, bing);
        assertThat(areaTotal(county, induced, june)).isEqualTo(countyBefore);
        assertThat(areaTotal(emptyCounty, induced, june)).isEqualTo(80);
        assertThat(areaTotal(wenzhou, induced, june)).as("still within 温州市").isEqualTo(wenzhouBefore + 80);
        assertThat(approvedReports(yi, june)).isEqualTo(yiApprovedBefore);
        assertThat(approvedReports(emptyCounty, june)).isEqualTo(1);
    }

    @Test
    void aCoordinatorReadsAndEntersOnlyAreasWithinItsOwn() {
        long rate = fixture.indicator("INDUCED_ABORTION_RATE").id();
        assertThatThrownBy(() -> as("keqiao.coordinator", () -> dashboards.trend(county, rate, JAN, FEB_END, Frequency.MONTHLY, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("keqiao.coordinator", () -> dashboards.compareChildren(wenzhou, rate, JAN, FEB_END)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("keqiao.coordinator", () -> heatmaps.heatmapSummary(fixture.form().id(), county, JAN, FEB_END)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("mch.staff", () -> dashboards.compareChildren(null, rate, JAN, FEB_END)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.demoUsers.as("keqiao.coordinator", () -> populations.enter(jia, women, 2019, 1L)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("area.error.outsideScope"));
        assertThat(as(COORDINATOR, () -> dashboards.searchAreas("测试", 0, 50))).extracting(a -> a.nameZh())
                .contains("测试甲镇", "测试统计县").allMatch(name -> !name.equals("柯桥区"));
        assertThat(as("keqiao.coordinator", () -> dashboards.searchAreas("测试", 0, 50))).isEmpty();
    }

    @Test
    void populationFiguresAreRefusedAtTheirFieldAndAPasteIsAllOrNothing() {
        assertThatThrownBy(() -> fixture.demoUsers.as(COORDINATOR, () -> populations.enter(bing, women, 1999, 1000L)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> fixture.demoUsers.as(COORDINATOR, () -> populations.enter(bing, women, 2019, -1L)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("value"));

        PopulationPaste refused = as(COORDINATOR, () -> populations.paste(women, """
                330391001000\t2020\t12000
                330391001000\t2020\t12000
                330399999000\t2020\t500
                330391001000\t20x0\t500
                330603005000\t2020\t500
                330391001000\t2019\t1.5"""));
        assertThat(refused.problems()).extracting(PopulationPaste.Problem::line, PopulationPaste.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "population.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(3, "population.error.areaUnknown"),
                org.assertj.core.groups.Tuple.tuple(4, "population.error.year"),
                org.assertj.core.groups.Tuple.tuple(5, "area.error.outsideScope"),
                org.assertj.core.groups.Tuple.tuple(6, "population.error.value"));
        assertThat(as(COORDINATOR, () -> populations.figures(bing, women, 2020, 2020)).getFirst().byYear()).as("nothing saved").isEmpty();

        PopulationPaste pasted = as(COORDINATOR, () -> populations.paste(women, "330391001000,2020,12000\n"));
        assertThat(pasted.saved()).isEqualTo(1);
        assertThat(as(COORDINATOR, () -> populations.figures(emptyCounty, women, 2020, 2020)))
                .extracting(row -> row.byYear().get(2020)).as("测试缺数县 is the sum of its one township now")
                .containsExactly(new PopulationRow.PopulationFigure(12_000, PopulationRow.Source.ROLLED_UP),
                        new PopulationRow.PopulationFigure(12_000, PopulationRow.Source.ENTERED));
        fixture.demoUsers.as(COORDINATOR, () -> populations.enter(bing, women, 2020, null));
        assertThat(as(COORDINATOR, () -> populations.figures(emptyCounty, women, 2020, 2020))).as("cleared: no sum either")
                .allMatch(row -> row.byYear().isEmpty());
    }

    private Figure figure(Comparison comparison, String name) {
        return comparison.rows().stream().filter(r -> name.equals(r.name())).findFirst().orElseThrow().figure();
    }

    private Target target(Program program, String name, String indicatorCode, String value) {
        Target target = new Target(program.getId(), name, fixture.indicator(indicatorCode).unitSymbol(), TargetMeasure.REPORTED_INDICATOR,
                new BigDecimal(value));
        target.setDirection(TargetDirection.AT_MOST);
        target.setIndicatorId(fixture.indicator(indicatorCode).id());
        return as(COORDINATOR, () -> targets.save(target));
    }

    private TargetProgress progress(Program program, Target target) {
        return as(COORDINATOR, () -> targets.progress(program.getId())).stream()
                .filter(p -> p.target().getId().equals(target.getId())).findFirst().orElseThrow();
    }

    private void moveTo(long institutionId, long areaId) {
        fixture.demoUsers.as("admin", () -> {
            Institution institution = institutions.find(institutionId).orElseThrow();
            institution.setAreaId(areaId);
            institutions.save(institution);
        });
    }

    private long areaTotal(long areaId, long elementId, LocalDate month) {
        return fixture.jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM stat_area_total WHERE data_element_id = :element AND area_id = :area AND period_start = :month")
                .param("element", elementId).param("area", areaId).param("month", month).query(Long.class).single();
    }

    private int approvedReports(long areaId, LocalDate month) {
        return fixture.jdbc.sql("""
                SELECT COALESCE(SUM(approved), 0) FROM stat_area_completeness WHERE report_form_id = :form AND area_id = :area AND period_start = :month""")
                .param("form", fixture.form().id()).param("area", areaId).param("month", month).query(Integer.class).single();
    }

    private long element(String code) {
        return fixture.jdbc.sql("SELECT id FROM data_element WHERE code = :code").param("code", code).query(Long.class).single();
    }

    private <T> T as(String user, Supplier<T> work) {
        return fixture.demoUsers.as(user, work);
    }
}
