package com.programdesk.statistics.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.domain.TargetStatus;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.security.service.SystemActor;
import com.programdesk.statistics.catalog.domain.CatalogueImport;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.ValidationRule;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.cataloguefile.service.CatalogueFile;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed plans' missing measures (早孕建卡, 产后避孕落实, 非意愿妊娠 / 未婚 / 非医学需要人流, 药物流产, referrals by
 * kind) come into the demo from a catalogue file, are reported for two years, and the Qixian early-pregnancy care
 * action's targets read them.
 */
@ProgramDeskTest
class DemoSeedMeasuresTest {

    private static final List<String> CLINICS = List.of("YQ-MCH", "SX-MCH", "YQ-H2", "YQ-HQ-HC", "SX-CH-QX");

    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    CatalogueFile catalogueFile;
    @Autowired
    DashboardService dashboard;
    @Autowired
    TargetService targets;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedMeasuresComeFromTheDemoCatalogueFileAsTheProvincesOwn() throws IOException {
        demoUsers.as("admin", () -> {
            ReportForm form = catalog.formByCode("CARE_KEY_MEASURES").orElseThrow();
            assertThat(form.nameZh()).isEqualTo("早孕与人流关爱重点指标月报表");
            assertThat(form.frequency()).isEqualTo(Frequency.MONTHLY);
            assertThat(form.elements()).extracting(r -> r.element().code()).containsExactly("EP_FIRST_VISITS", "EP_REGISTERED",
                    "DELIVERIES", "POSTPARTUM_CONTRACEPTION", "UNINTENDED_ABORTIONS", "UNMARRIED_ABORTIONS", "NON_MEDICAL_ABORTIONS",
                    "MEDICAL_ABORTIONS", "REFERRALS_DRUG_GENETIC", "REFERRALS_ENDOMETRIUM", "REFERRALS_HIGH_RISK");
            assertThat(form.rulesInForce()).extracting(ValidationRule::code)
                    .containsExactlyInAnyOrder("JUMP_MEDICAL_ABORTIONS", "POSTPARTUM_WITHIN_DELIVERIES", "REGISTERED_WITHIN_FIRST_VISITS");
            assertThat(List.of("UNINTENDED_ABORTION_RATE", "POSTPARTUM_CONTRACEPTION_RATE", "MEDICAL_ABORTION_SHARE"))
                    .extracting(code -> catalog.indicatorByCode(code).orElseThrow())
                    .extracting(Indicator::nameZh, Indicator::direction)
                    .containsExactly(tuple("非意愿妊娠流产率", Direction.FALLING_IS_GOOD), tuple("产后避孕落实率", Direction.RISING_IS_GOOD),
                            tuple("药物流产占比", Direction.RISING_IS_GOOD));
        });
        assertThat(jdbc.sql("SELECT code FROM data_element WHERE code IN ('REFERRALS_DRUG_GENETIC', 'REFERRALS_ENDOMETRIUM', 'REFERRALS_HIGH_RISK')"
                + " AND area_id IS NULL").query(String.class).list()).as("the referrals by kind, kept by the province").hasSize(3);
        assertThat(jdbc.sql("SELECT DISTINCT actor FROM audit_event WHERE entity_type = 'Indicator' AND action = 'CREATE' AND entity_id = "
                + "(SELECT id FROM indicator WHERE code = 'UNINTENDED_ABORTION_RATE')").query(String.class).list()).containsExactly("system");

        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/demo/catalogue-seed-measures.json")) {
            file = in.readAllBytes();
        }
        assertThat(jdbc.sql("""
                SELECT c.code FROM data_element e JOIN category c ON c.id = e.first_category_id WHERE e.code = 'UNINTENDED_ABORTIONS'""")
                .query(String.class).single()).as("split by 人流原因").isEqualTo("ABORTION_REASON");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_element WHERE parent_id IS NOT NULL AND NOT retired AND code LIKE 'UNINTENDED\\_ABORTIONS.%'")
                .query(Integer.class).single()).as("its four cells").isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_element WHERE option_combo = ''").query(Integer.class).single())
                .as("an element split by nothing has no cells").isZero();
        CatalogueImport again = SystemActor.call(() -> catalogueFile.check(file));
        assertThat(again.problems()).isEmpty();
        assertThat(again.changes()).as("loading the demo catalogue file again changes nothing").isEmpty();
    }

    @Test
    void theClinicsReportedTheMeasuresForTwoYearsAndTheDashboardShowsTheRateFalling() {
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        for (String clinic : CLINICS) {
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM stat_report r JOIN report_form f ON f.id = r.report_form_id
                    WHERE f.code = 'CARE_KEY_MEASURES' AND r.institution_id = :institution AND r.status = 'APPROVED'
                      AND r.period_start BETWEEN :from AND :to""")
                    .param("institution", testData.institutionId(clinic)).param("from", lastMonth.minusMonths(23)).param("to", lastMonth)
                    .query(Integer.class).single()).as(clinic).isEqualTo(24);
        }

        int lastYear = LocalDate.now().getYear() - 1;
        demoUsers.as("admin", () -> {
            Indicator rate = catalog.indicatorByCode("UNINTENDED_ABORTION_RATE").orElseThrow();
            Trend trend = dashboard.trend(null, rate.id(), LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31), Frequency.YEARLY,
                    List.of());
            Figure figure = trend.series().getFirst().figures().getFirst();
            BigDecimal unintended = sum("UNINTENDED_ABORTIONS", lastYear);
            BigDecimal firstVisits = sum("EP_FIRST_VISITS", lastYear);
            List<BigDecimal> byReason = List.of("WORK_ECONOMY", "CONTRACEPTION_FAILED", "NO_CONTRACEPTION", "OTHER").stream()
                    .map(reason -> sum("UNINTENDED_ABORTIONS." + reason, lastYear)).toList();
            assertThat(byReason).as("by 人流原因").allSatisfy(cell -> assertThat(cell).isPositive());
            assertThat(byReason.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as("the reasons sum to the count")
                    .isEqualByComparingTo(unintended);
            assertThat(figure.numerator()).isEqualByComparingTo(unintended);
            assertThat(figure.denominator()).isEqualByComparingTo(firstVisits);
            assertThat(figure.value()).isEqualByComparingTo(unintended.multiply(BigDecimal.valueOf(100)).divide(firstVisits, 2, RoundingMode.HALF_UP));
            assertThat(figure.value()).isBetween(new BigDecimal("20"), new BigDecimal("32"));

            List<Figure> months = dashboard.trend(null, rate.id(), lastMonth.minusMonths(23), lastMonth, Frequency.MONTHLY, List.of())
                    .series().getFirst().figures();
            BigDecimal first = months.subList(0, 6).stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal last = months.subList(18, 24).stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(last).as("falling slowly over the two years").isLessThan(first);
        });
    }

    @Test
    void theQixianEarlyPregnancyCareActionsTargetsReadTheReportedRates() {
        long action = testData.programIdTitled("齐贤分院“早孕关爱行动”工作方案");
        demoUsers.as("keqiao.coordinator", () -> {
            List<TargetProgress> reported = targets.progress(action).stream()
                    .filter(p -> p.target().getMeasure() == TargetMeasure.REPORTED_INDICATOR).toList();
            assertThat(reported).extracting(p -> p.target().getName()).containsExactly("非意愿妊娠流产率", "重复流产率");
            TargetProgress unintended = reported.getFirst();
            assertThat(unintended.actual()).as("this year's rate").isNotNull();
            assertThat(unintended.expected()).as("last year's over the same days").isNotNull();
            assertThat(unintended.actual()).isLessThan(unintended.expected());
            assertThat(unintended.status()).isEqualTo(TargetStatus.ON_TRACK);
            assertThat(reported.get(1).status()).as("the repeat abortion rate has figures too").isNotEqualTo(TargetStatus.NO_DATA);
        });
    }

    private BigDecimal sum(String element, int year) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(v.value), 0) FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id
                JOIN data_element e ON e.id = v.data_element_id
                WHERE e.code = :element AND r.status = 'APPROVED' AND r.period_start BETWEEN :from AND :to""")
                .param("element", element).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 1))
                .query(BigDecimal.class).single();
    }
}
