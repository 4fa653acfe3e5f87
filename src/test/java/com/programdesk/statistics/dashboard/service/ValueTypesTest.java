package com.programdesk.statistics.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.CatalogueFixture;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.RuleOperator;
import com.programdesk.statistics.catalog.domain.Severity;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.ComparisonRow;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.imports.service.ReportImportService;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.service.IndicatorMaintenance;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.statistics.reporting.service.ReportRejectedException;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.statistics.rules.domain.RuleDefinition;
import com.programdesk.statistics.rules.service.RuleMaintenance;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Value types (slice 2 of issue 17): a coordinator adds "PAC clinic open" (是/否, counted) and "share of
 * counselled women who chose long-acting contraception" (a percentage, averaged), puts them on a form, two
 * hospitals file March and April; the dashboard averages the percentage over the hospitals and over the months,
 * counts the yes, and a rule and an indicator read 12.5 % as 12.5.
 */
@ProgramDeskTest
class ValueTypesTest {

    private static final LocalDate MARCH_2019 = LocalDate.of(2019, 3, 1);
    private static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);
    /** 乐清市: the demo coordinator's area, where the fixture's hospitals are. */
    private static final String YUEQING = "330382";

    @Autowired
    ElementMaintenance elements;
    @Autowired
    FormMaintenance forms;
    @Autowired
    IndicatorMaintenance indicators;
    @Autowired
    RuleMaintenance rules;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    ReportService reports;
    @Autowired
    ReportImportService imports;
    @Autowired
    DashboardService dashboards;
    @Autowired
    IndicatorValues indicatorValues;
    @Autowired
    ReportFixture fixture;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    private ElementDefinition clinicOpen;
    private ElementDefinition larcShare;
    private FormDefinition form;
    private long hospitalA;
    private long hospitalB;
    private String codeA;

    @BeforeEach
    void aFormWithAYesNoAndAPercentage() {
        clinicOpen = demoUsers.as("coordinator", () -> elements.save(element("PAC门诊开设", ValueType.YES_NO, Aggregation.SUM, "是/否")));
        larcShare = demoUsers.as("coordinator", () -> elements.save(element("咨询后选择长效避孕比例", ValueType.PERCENTAGE,
                Aggregation.AVERAGE, "%")));
        form = demoUsers.as("coordinator", () -> forms.save(form(clinicOpen.getId(), larcShare.getId())));
        codeA = TestData.unique("T-VT-A-");
        hospitalA = fixture.hospital(codeA, TestData.unique("值类型测试甲医院"));
        hospitalB = fixture.hospital(TestData.unique("T-VT-B-"), TestData.unique("值类型测试乙医院"));
        demoUsers.as("coordinator", () -> catalog.assign(form.getId(), List.of(hospitalA, hospitalB)));
    }

    /** Indicators made here are retired again, so the dashboards' lists stay the seeded ones for other tests. */
    @AfterEach
    void retireIndicatorsMadeHere() {
        demoUsers.as("admin", () -> indicators.search("T_VT_", false, 0, 100).stream().filter(i -> i.code().startsWith("T_VT_"))
                .forEach(i -> indicators.setRetired(indicators.find(i.id()).orElseThrow(), true)));
    }

    @Test
    void theDashboardAveragesAPercentageOverTheHospitalsAndTheMonthsAndCountsTheYes() {
        file(hospitalA, MARCH_2019, 1, 1250);
        file(hospitalB, MARCH_2019, 0, 1750);
        file(hospitalA, APRIL_2019, 1, 2000);
        file(hospitalB, APRIL_2019, 1, 3000);
        long yueqing = testData.areaId(YUEQING);
        Indicator share = saved(indicator("#{" + larcShare.getCode() + "}"));
        Indicator open = saved(indicator("#{" + clinicOpen.getCode() + "}"));

        assertThat(share.isPercentage()).as("shown with %").isTrue();
        assertThat(share.unitSymbol()).isEqualTo("%");
        assertThat(open.unitSymbol()).isEmpty();
        assertThat(area(yueqing, share, MARCH_2019, MARCH_2019, Frequency.MONTHLY).value())
                .as("March: (12.5 + 17.5) / 2 hospitals").isEqualByComparingTo("15");
        assertThat(area(yueqing, share, MARCH_2019, APRIL_2019, Frequency.YEARLY).value())
                .as("the year: (12.5 + 17.5 + 20 + 30) / 4 reported values").isEqualByComparingTo("20");
        assertThat(area(yueqing, open, MARCH_2019, MARCH_2019, Frequency.MONTHLY).value()).as("one clinic of two open in March")
                .isEqualByComparingTo("1");
        assertThat(area(yueqing, open, MARCH_2019, APRIL_2019, Frequency.YEARLY).value()).as("a sum of yes/no counts the yes")
                .isEqualByComparingTo("3");

        // each hospital over the two months: its average
        List<ComparisonRow> compared = demoUsers.as("coordinator", () -> dashboards.compare(yueqing, share.id(), MARCH_2019,
                APRIL_2019.plusMonths(1).minusDays(1), List.of(hospitalA, hospitalB), 10)).rows();
        assertThat(compared).extracting(ComparisonRow::id).containsExactly(hospitalB, hospitalA);
        assertThat(compared.get(0).figure().value()).as("(17.5 + 30) / 2").isEqualByComparingTo("23.75");
        assertThat(compared.get(1).figure().value()).as("(12.5 + 20) / 2").isEqualByComparingTo("16.25");
        Figure hospitalLine = demoUsers.as("coordinator", () -> dashboards.trend(yueqing, share.id(), MARCH_2019, APRIL_2019,
                Frequency.YEARLY, List.of(hospitalA))).series().get(1).figures().getFirst();
        assertThat(hospitalLine.value()).isEqualByComparingTo("16.25");

        // the targets' reader (IndicatorValues): the area and two hospitals over the two months alike
        assertThat(demoUsers.as("coordinator", () -> indicatorValues.value(share, Scope.area(yueqing), MARCH_2019,
                APRIL_2019.plusMonths(1).minusDays(1)))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        assertThat(demoUsers.as("coordinator", () -> indicatorValues.institutions(share, List.of(hospitalA, hospitalB), MARCH_2019,
                MARCH_2019.plusMonths(1).minusDays(1)))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
        assertThat(demoUsers.as("coordinator", () -> indicatorValues.value(open, Scope.area(yueqing), MARCH_2019,
                APRIL_2019.plusMonths(1).minusDays(1)))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));

        // the running totals keep the count an average divides by
        assertThat(jdbc.sql("SELECT total, reporters FROM stat_total WHERE data_element_id = ? AND period_start = ?")
                .params(larcShare.getId(), MARCH_2019).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                .containsExactly(3000L, 2L);
        assertThat(jdbc.sql("SELECT SUM(periods) FROM stat_fact_year WHERE data_element_id = ?").param(larcShare.getId())
                .query(Long.class).single()).isEqualTo(4L);
    }

    @Test
    void anIndicatorAndARuleReadAPercentageAsAPercentage() {
        long yueqing = testData.areaId(YUEQING);
        demoUsers.as("coordinator", () -> rules.save(rule("#{" + larcShare.getCode() + "}", RuleOperator.AT_MOST, "50")));
        String pct = larcShare.getCode();

        // 12.5 % <= 50 holds: read as 1250 it would not
        file(hospitalA, MARCH_2019, 1, 1250);
        assertThatThrownBy(() -> file(hospitalB, MARCH_2019, 1, 6000)).isInstanceOfSatisfying(ReportRejectedException.class,
                e -> assertThat(e.violations()).extracting(v -> v.elementCode()).containsExactly(pct));

        IndicatorDefinition halved = indicator("#{" + pct + "} / 2");
        assertThat(demoUsers.as("coordinator", () -> indicators.preview(halved, yueqing, MARCH_2019)).value())
                .as("#{X} of 12.5 % is 12.5, not 1250").isEqualByComparingTo("6.25");
        IndicatorDefinition perYes = indicator("#{" + pct + "}");
        perYes.setDenominatorExpression("#{" + clinicOpen.getCode() + "}");
        assertThat(demoUsers.as("coordinator", () -> indicators.preview(perYes, yueqing, MARCH_2019)).value())
                .as("yes = 1").isEqualByComparingTo("12.5");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedAtItsRowAndNothingIsSaved() {
        assertThatThrownBy(() -> file(hospitalA, MARCH_2019, 2, 1250)).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(clinicOpen.getCode());
            assertThat(e.messageKey()).isEqualTo("statistics.error.yesNo");
        });
        assertThatThrownBy(() -> file(hospitalA, MARCH_2019, 1, 10_001)).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(larcShare.getCode());
            assertThat(e.messageKey()).isEqualTo("statistics.error.percentRange");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE report_form_id = ?").param(form.getId()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aSplitElementStaysASummedWholeNumberAndTypeAndAggregationAreFixedOnceValuesAreFiled() {
        long ageGroup = jdbc.sql("SELECT id FROM category WHERE code = 'AGE_GROUP'").query(Long.class).single();
        ElementDefinition splitYesNo = element("分年龄是否", ValueType.YES_NO, Aggregation.SUM, "是/否");
        splitYesNo.setFirstCategoryId(ageGroup);
        refused(() -> demoUsers.as("coordinator", () -> elements.save(splitYesNo)), "valueType", "dataElement.error.combinationWholeNumbers");
        ElementDefinition splitAverage = element("分年龄平均", ValueType.WHOLE_NUMBER, Aggregation.AVERAGE, "人");
        splitAverage.setFirstCategoryId(ageGroup);
        refused(() -> demoUsers.as("coordinator", () -> elements.save(splitAverage)), "aggregation", "dataElement.error.combinationSummed");

        file(hospitalA, MARCH_2019, 1, 1250);
        ElementDefinition stored = demoUsers.as("coordinator", () -> elements.find(larcShare.getId()).orElseThrow());
        ElementDefinition latest = stored.copy();
        latest.setAggregation(Aggregation.LATEST);
        refused(() -> demoUsers.as("coordinator", () -> elements.save(latest)), "aggregation", "dataElement.error.valuesFiled");
        ElementDefinition whole = stored.copy();
        whole.setValueType(ValueType.WHOLE_NUMBER);
        refused(() -> demoUsers.as("coordinator", () -> elements.save(whole)), "valueType", "dataElement.error.valuesFiled");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void theImportReadsYesNoAndPercentagesAndNamesEachBadValueAtItsRow() {
        String header = "机构编码,统计期," + clinicOpen.getNameZh() + "," + larcShare.getCode() + "\n";
        ImportSummary refused = demoUsers.as("coordinator", () -> imports.confirm(csv(header
                + codeA + ",2019-05,可能,12.5%\n"
                + codeA + ",2019-06,是,101\n"
                + codeA + ",2019-07,否,12.345\n"), "bad.csv", new ImportProgress()));
        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).extracting(ImportProblem::row, ImportProblem::kind, ImportProblem::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ImportProblemKind.VALUE_NOT_YES_NO, "可能"),
                org.assertj.core.groups.Tuple.tuple(3, ImportProblemKind.VALUE_NOT_PERCENT, "101"),
                org.assertj.core.groups.Tuple.tuple(4, ImportProblemKind.VALUE_NOT_PERCENT, "12.345"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE report_form_id = ?").param(form.getId()).query(Long.class).single())
                .isZero();

        ImportSummary imported = demoUsers.as("coordinator", () -> imports.confirm(csv(header
                + codeA + ",2019-05,是,12.5%\n"
                + codeA + ",2019-06,no,12.5\n"
                + codeA + ",2019-07,1,100\n"), "good.csv", new ImportProgress()));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.written()).isTrue();
        assertThat(stored(LocalDate.of(2019, 5, 1))).containsEntry(clinicOpen.getCode(), 1L).containsEntry(larcShare.getCode(), 1250L);
        assertThat(stored(LocalDate.of(2019, 6, 1))).containsEntry(clinicOpen.getCode(), 0L).containsEntry(larcShare.getCode(), 1250L);
        assertThat(stored(LocalDate.of(2019, 7, 1))).containsEntry(clinicOpen.getCode(), 1L).containsEntry(larcShare.getCode(), 10_000L);
    }

    /** The institution's values of the month, submitted and approved. */
    private void file(long hospital, LocalDate month, long open, long shareInHundredths) {
        demoUsers.as("coordinator", () -> {
            Map<String, ReportCell> cells = new HashMap<>();
            cells.put(clinicOpen.getCode(), new ReportCell(open, null));
            cells.put(larcShare.getCode(), new ReportCell(shareInHundredths, null));
            return reports.approve(reports.submit(reports.open(form.getId(), hospital, month), cells), null);
        });
    }

    private Figure area(long areaId, Indicator indicator, LocalDate from, LocalDate to, Frequency granularity) {
        return demoUsers.as("coordinator", () -> dashboards.trend(areaId, indicator.id(), from, to, granularity, List.of()))
                .series().getFirst().figures().getFirst();
    }

    private Indicator saved(IndicatorDefinition definition) {
        return demoUsers.as("coordinator", () -> {
            indicators.save(definition);
            return catalog.indicatorByCode(definition.getCode()).orElseThrow();
        });
    }

    private Map<String, Long> stored(LocalDate month) {
        Map<String, Long> values = new HashMap<>();
        jdbc.sql("""
                SELECT e.code, v.value FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id
                JOIN data_element e ON e.id = v.data_element_id WHERE r.report_form_id = ? AND r.period_start = ?""")
                .params(form.getId(), month).query(rs -> {
                    values.put(rs.getString("code"), rs.getLong("value"));
                });
        return values;
    }

    private static ElementDefinition element(String name, ValueType type, Aggregation aggregation, String unit) {
        return CatalogueFixture.element("VT_", name, "Value type test element", type, aggregation, unit);
    }

    private FormDefinition form(long... elementIds) {
        return CatalogueFixture.monthlyForm("VT_FORM_", "流产后关爱服务质量月报", "Post-abortion care quality",
                java.util.Arrays.stream(elementIds).mapToObj(id -> new FormRow(id, null, null)).toList(), MARCH_2019);
    }

    private RuleDefinition rule(String left, RuleOperator operator, String right) {
        RuleDefinition rule = new RuleDefinition(form.getId());
        rule.setCode(TestData.unique("VT_RULE_").toUpperCase());
        rule.setLeftExpression(left);
        rule.setOperator(operator);
        rule.setRightExpression(right);
        rule.setSeverity(Severity.ERROR);
        rule.setMessageZh("选择长效避孕的比例不应超过 50%");
        rule.setMessageEn("The share should not exceed 50%");
        return rule;
    }

    private static IndicatorDefinition indicator(String numerator) {
        return CatalogueFixture.indicator("T_VT_", "值类型指标", "Value type test indicator", numerator, Direction.RISING_IS_GOOD);
    }

    private static Path csv(String text) {
        return CatalogueFixture.csv("value-types", text);
    }
}
