package com.programdesk.statistics.indicators.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Direction;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.Figure;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.statistics.expressions.service.ExpressionRefusedException;
import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.domain.IndicatorSummary;
import com.programdesk.statistics.indicators.domain.PreviewFigure;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The bureau keeps its indicators (指标) in the portal: numerator and denominator typed as expressions over data
 * elements, previewed for an area and month with the demo's approved reports, each change audited, every bad
 * expression refused at its field with nothing stored; the seeded indicators read the same after the migration.
 */
@ProgramDeskTest
class IndicatorMaintenanceTest {

    /** 乐清市: the demo coordinator's area, whose institutions file the demo's reports. */
    private static final String YUEQING = "330382";

    @Autowired
    IndicatorMaintenance indicators;
    @Autowired
    ElementMaintenance elements;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    DashboardService dashboards;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    /** Indicators made here are retired again, so the dashboards' lists stay the seeded ones for other tests. */
    @AfterEach
    void retireWhatWasMade() {
        demoUsers.as("admin", () -> {
            for (IndicatorSummary made : indicators.search("T_", false, 0, 1000).stream().filter(i -> i.code().startsWith("T_")).toList()) {
                IndicatorDefinition indicator = indicators.find(made.id()).orElseThrow();
                indicators.setRetired(indicator, true);
            }
        });
    }

    @Test
    void aCoordinatorCreatesARepeatAbortionRateFromExpressionsAndItsPreviewShowsTheDemoMonth() {
        String code = TestData.unique("T_REPEAT_").toUpperCase();
        String name = TestData.unique("复流率（自定）");
        IndicatorDefinition draft = indicator(code, name, "#{REPEAT_ABORTIONS}", "#{INDUCED_ABORTIONS}", 1000);
        long yueqing = testData.areaId(YUEQING);
        LocalDate month = newestMonth(yueqing, "REPEAT_ABORTIONS");

        PreviewFigure unsaved = demoUsers.as("coordinator", () -> indicators.preview(draft, yueqing, month));
        IndicatorDefinition saved = demoUsers.as("coordinator", () -> indicators.save(draft));
        PreviewFigure preview = demoUsers.as("coordinator", () -> indicators.preview(saved, null, month.plusDays(14)));

        BigDecimal repeats = areaTotal(yueqing, "REPEAT_ABORTIONS", month);
        BigDecimal induced = areaTotal(yueqing, "INDUCED_ABORTIONS", month);
        BigDecimal byHand = repeats.multiply(BigDecimal.valueOf(1000)).divide(induced, 2, RoundingMode.HALF_UP);
        assertThat(preview.value()).as("乐清市, the coordinator's own area, in %s", month).isEqualByComparingTo(byHand);
        assertThat(preview.numerator()).isEqualByComparingTo(repeats);
        assertThat(preview.denominator()).isEqualByComparingTo(induced);
        assertThat(unsaved).as("the editor previews before saving").isEqualTo(preview);
        assertThat(saved.getCode()).isEqualTo(code);
        assertThat(saved.getAreaId()).isEqualTo(yueqing);
        assertThat(saved.getDirection()).isEqualTo(Direction.FALLING_IS_GOOD);
        assertThat(demoUsers.as("coordinator", () -> indicators.search(code, false, 0, 10))).singleElement().satisfies(row -> {
            assertThat(row.name(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(name);
            assertThat(row.formula()).isEqualTo("(#{REPEAT_ABORTIONS}) / (#{INDUCED_ABORTIONS})");
            assertThat(row.mayEdit()).isTrue();
        });
        Indicator offered = demoUsers.as("coordinator", () -> catalog.indicatorByCode(code)).orElseThrow();
        Figure onTheDashboard = demoUsers.as("coordinator",
                () -> dashboards.trend(yueqing, offered.id(), month, month, Frequency.MONTHLY, List.of())).series().getFirst().figures().getFirst();
        assertThat(onTheDashboard.value()).as("the dashboard shows what the preview said").isEqualByComparingTo(byHand);
        assertThat(audit(saved.getId())).containsExactly("CREATE");
    }

    @Test
    void anExpressionOfSeveralElementsIsAggregatedFirstAndComputedAfter() {
        long yueqing = testData.areaId(YUEQING);
        LocalDate month = newestMonth(yueqing, "REPEAT_ABORTIONS");
        IndicatorDefinition firstTimers = indicator(TestData.unique("T_FIRST_").toUpperCase(), TestData.unique("首次人流例数"),
                "#{INDUCED_ABORTIONS} - #{REPEAT_ABORTIONS}", null, 1);

        PreviewFigure preview = demoUsers.as("coordinator", () -> indicators.preview(firstTimers, yueqing, month));

        assertThat(preview.value()).isEqualByComparingTo(areaTotal(yueqing, "INDUCED_ABORTIONS", month)
                .subtract(areaTotal(yueqing, "REPEAT_ABORTIONS", month)));
        assertThat(preview.denominator()).as("a count").isNull();
    }

    @Test
    void theSeededIndicatorsReadTheirElementsAsExpressionsAndKeepTheirDashboardFigures() {
        List<Map<String, Object>> mismatched = jdbc.sql("""
                SELECT i.code FROM indicator i JOIN data_element n ON n.id = i.numerator_id
                LEFT JOIN data_element d ON d.id = i.denominator_id
                WHERE i.numerator_expression <> CONCAT('#{', n.code, '}')
                   OR NOT (i.denominator_expression <=> CASE WHEN d.id IS NULL THEN NULL ELSE CONCAT('#{', d.code, '}') END)""")
                .query().listOfRows();
        assertThat(mismatched).as("every seeded indicator migrated to its own elements").isEmpty();
        Indicator repeatRate = demoUsers.as("admin", () -> catalog.indicatorByCode("REPEAT_ABORTION_RATE")).orElseThrow();
        assertThat(repeatRate.numerator().source()).isEqualTo("#{REPEAT_ABORTIONS}");
        assertThat(repeatRate.decimals()).isEqualTo(Indicator.SCALE);
        assertThat(repeatRate.direction()).isEqualTo(Direction.FALLING_IS_GOOD);

        long yueqing = testData.areaId(YUEQING);
        LocalDate month = newestMonth(yueqing, "REPEAT_ABORTIONS");
        Figure figure = demoUsers.as("coordinator",
                () -> dashboards.trend(yueqing, repeatRate.id(), month, month, Frequency.MONTHLY, List.of())).series().getFirst().figures().getFirst();
        assertThat(figure.value()).isEqualByComparingTo(areaTotal(yueqing, "REPEAT_ABORTIONS", month).multiply(BigDecimal.valueOf(1000))
                .divide(areaTotal(yueqing, "INDUCED_ABORTIONS", month), 2, RoundingMode.HALF_UP));
    }

    @Test
    void eachBadExpressionIsRefusedAtItsFieldAndNothingIsSaved() {
        ElementDefinition retired = demoUsers.as("coordinator", () -> {
            ElementDefinition element = new ElementDefinition();
            element.setCode(TestData.unique("T_OLD_COUNT_").toUpperCase());
            element.setNameZh(TestData.unique("旧口径例数"));
            element.setNameEn("Old count");
            element.setUnitZh("例");
            element.setValueType(ValueType.WHOLE_NUMBER);
            element.setAggregation(Aggregation.SUM);
            ElementDefinition saved = elements.save(element);
            return elements.setRetired(saved, true);
        });
        String code = TestData.unique("T_BAD_").toUpperCase();
        long before = count();

        refused(code, "#{REPEAT_ABORTIONS} +", "#{INDUCED_ABORTIONS}", "numeratorExpression", "expression.error.endTooEarly", 22);
        refused(code, "(#{REPEAT_ABORTIONS}", null, "numeratorExpression", "expression.error.unclosedParenthesis", 1);
        refused(code, "#{REPEAT_ABORTIONS}", "#{NO_SUCH_ELEMENT}", "denominatorExpression", "expression.error.unknownCode", "NO_SUCH_ELEMENT");
        refused(code, "#{" + retired.getCode() + "}", null, "numeratorExpression", "expression.error.retiredCode", retired.getCode());
        refused(code, "#{REPEAT_ABORTIONS}", "#{INDUCED_ABORTIONS} / (3 - 3)", "denominatorExpression", "expression.error.divisionByZero", 22);
        refused(code, "#{AWARE}", "#{INDUCED_ABORTIONS}", "denominatorExpression", "expression.error.periodTypes",
                "INDUCED_ABORTIONS", Frequency.MONTHLY, "AWARE", Frequency.QUARTERLY);
        refused(code, "#{REPEAT_ABORTION_RATE} * 2", null, "numeratorExpression", "expression.error.namesIndicator", "REPEAT_ABORTION_RATE");
        refused(code, "#{" + code + "}", null, "numeratorExpression", "expression.error.namesIndicator", code);
        refused(code, "", null, "numeratorExpression", "validation.required");

        assertThat(count()).isEqualTo(before);
        assertThat(demoUsers.as("coordinator", () -> indicators.expressionProblem("numeratorExpression", "#{REPEAT_ABORTIONS", null, code, null)))
                .as("the editor's check as the user types").hasValueSatisfying(p -> assertThat(p.messageKey())
                        .isEqualTo("expression.error.unclosedReference"));
        assertThat(demoUsers.as("coordinator", () -> indicators.expressionProblem("numeratorExpression", "#{WCBA_POPULATION} / 10", null, code, null)))
                .as("a population joins any period").isEmpty();
    }

    @Test
    void changesAreAuditedAndARetiredIndicatorLeavesTheDashboardButNotTheCatalogue() {
        IndicatorDefinition made = demoUsers.as("coordinator", () -> indicators.save(indicator(TestData.unique("T_AUDIT_").toUpperCase(),
                TestData.unique("审计用指标"), "#{PAC_LARC}", "#{INDUCED_ABORTIONS}", 100)));
        IndicatorDefinition edited = made.copy();
        edited.setDecimals(1);
        edited.setNumeratorExpression("#{PAC_LARC} + 0");
        IndicatorDefinition updated = demoUsers.as("coordinator", () -> indicators.save(edited));
        IndicatorDefinition retiredOne = demoUsers.as("coordinator", () -> indicators.setRetired(updated, true));

        assertThat(demoUsers.as("coordinator", () -> catalog.offeredIndicators())).extracting(Indicator::code).doesNotContain(made.getCode());
        assertThat(demoUsers.as("coordinator", () -> catalog.indicators())).extracting(Indicator::code).contains(made.getCode());
        assertThat(retiredOne.getRetiredBy()).isNotBlank();
        demoUsers.as("coordinator", () -> indicators.setRetired(retiredOne, false));

        assertThat(audit(made.getId())).containsExactly("CREATE", "UPDATE", "DEACTIVATE", "REACTIVATE");
        assertThat(jdbc.sql("SELECT changed_fields FROM audit_event WHERE entity_type = 'Indicator' AND entity_id = ? AND action = 'UPDATE'")
                .param(made.getId()).query(String.class).single()).contains("numeratorExpression").contains("decimals");
    }

    @Test
    void anIndicatorIsKeptByTheAreaThatMadeIt() {
        IndicatorDefinition yueqings = demoUsers.as("coordinator", () -> indicators.save(indicator(TestData.unique("T_YQ_").toUpperCase(),
                TestData.unique("乐清自定指标"), "#{EP_VISITS}", null, 1)));
        IndicatorDefinition renamed = yueqings.copy();
        renamed.setNameEn("Keqiao's");

        assertThatThrownBy(() -> demoUsers.as("keqiao.coordinator", () -> indicators.save(renamed))).isInstanceOf(AccessDeniedException.class);
        assertThat(demoUsers.as("keqiao.coordinator", () -> indicators.search(yueqings.getCode(), false, 0, 10)))
                .singleElement().satisfies(row -> assertThat(row.mayEdit()).isFalse());
        assertThat(demoUsers.as("admin", () -> indicators.save(renamed)).getNameEn()).isEqualTo("Keqiao's");
    }

    @Test
    void institutionUsersAndViewersCannotReachTheIndicatorServices() {
        IndicatorDefinition any = demoUsers.as("admin", () -> indicators.find(catalogId("REPEAT_ABORTION_RATE")).orElseThrow());
        for (String user : List.of("mch.staff", "viewer")) {
            assertThatThrownBy(() -> demoUsers.as(user, () -> indicators.search("", false, 0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demoUsers.as(user, () -> indicators.save(indicator("T_DENIED", "不应保存", "#{EP_VISITS}", null, 1))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demoUsers.as(user, () -> indicators.setRetired(any, true))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demoUsers.as(user, () -> indicators.preview(any, null, LocalDate.of(2020, 1, 1))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private void refused(String code, String numerator, String denominator, String field, String key, Object... arguments) {
        IndicatorDefinition bad = indicator(code, TestData.unique("坏表达式"), numerator, denominator, 1000);
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> indicators.save(bad)))
                .as("%s / %s", numerator, denominator)
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                    if (e instanceof ExpressionRefusedException expression) {
                        assertThat(expression.arguments()).containsExactly(arguments);
                    }
                });
    }

    private static IndicatorDefinition indicator(String code, String nameZh, String numerator, String denominator, int factor) {
        IndicatorDefinition indicator = new IndicatorDefinition();
        indicator.setCode(code);
        indicator.setNameZh(nameZh);
        indicator.setNameEn("Test indicator");
        indicator.setNumeratorExpression(numerator);
        indicator.setDenominatorExpression(denominator);
        indicator.setFactor(factor);
        indicator.setDecimals(2);
        indicator.setDirection(Direction.FALLING_IS_GOOD);
        return indicator;
    }

    private LocalDate newestMonth(long areaId, String elementCode) {
        return newestMonth(areaId);
    }

    /** The newest month in which the area has approved repeat and induced abortions (the demo files two years of them). */
    private LocalDate newestMonth(long areaId) {
        return jdbc.sql("""
                SELECT MAX(r.period_start) FROM stat_area_total r
                JOIN data_element re ON re.id = r.data_element_id AND re.code = 'REPEAT_ABORTIONS'
                JOIN stat_area_total i ON i.area_id = r.area_id AND i.period_start = r.period_start
                JOIN data_element ie ON ie.id = i.data_element_id AND ie.code = 'INDUCED_ABORTIONS'
                WHERE r.area_id = ? AND r.total > 0 AND i.total > 0""").param(areaId).query((rs, n) -> rs.getObject(1, LocalDate.class)).optional()
                .filter(java.util.Objects::nonNull)
                .orElseThrow(() -> new AssertionError("no month with approved abortions; area totals: " + jdbc.sql(
                        "SELECT area_id, COUNT(*) FROM stat_area_total GROUP BY area_id").query().listOfRows()));
    }

    private BigDecimal areaTotal(long areaId, String elementCode, LocalDate month) {
        return jdbc.sql("""
                SELECT t.total FROM stat_area_total t JOIN data_element e ON e.id = t.data_element_id
                WHERE t.area_id = ? AND e.code = ? AND t.period_start = ?""").params(areaId, elementCode, month).query(BigDecimal.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single();
    }

    private long catalogId(String code) {
        return jdbc.sql("SELECT id FROM indicator WHERE code = ?").param(code).query(Long.class).single();
    }

    private List<String> audit(long indicatorId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'Indicator' AND entity_id = ? ORDER BY id")
                .param(indicatorId).query(String.class).list();
    }
}
