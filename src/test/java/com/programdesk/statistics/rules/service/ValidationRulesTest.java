package com.programdesk.statistics.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.ReportRules;
import com.programdesk.statistics.catalog.domain.RuleOperator;
import com.programdesk.statistics.catalog.domain.RuleViolation;
import com.programdesk.statistics.catalog.domain.Severity;
import com.programdesk.statistics.catalog.domain.ValidationRule;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.statistics.expressions.service.ExpressionRefusedException;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.statistics.reporting.service.ReportRejectedException;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.statistics.rules.domain.RuleDefinition;
import com.programdesk.statistics.rules.domain.RuleFailure;
import com.programdesk.statistics.rules.domain.RuleTestResult;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The bureau keeps a form's validation rules (审核规则) in the portal: a coordinator writes a rule as an expression,
 * a hospital's submission is then held to it with the rule's own message; a warning lets the report through once
 * explained; bad sides are refused at their field; a rule can be tried on the reports already filed; and the rules
 * migrated from the old kinds judge as before.
 */
@ProgramDeskTest
class ValidationRulesTest {

    private static final LocalDate JANUARY_2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate FEBRUARY_2019 = LocalDate.of(2019, 2, 1);
    private static final LocalDate MARCH_2019 = LocalDate.of(2019, 3, 1);

    @Autowired
    RuleMaintenance rules;
    @Autowired
    FormMaintenance forms;
    @Autowired
    ElementMaintenance elements;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    ReportService reports;
    @Autowired
    ReportFixture fixture;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;

    private String induced;
    private String repeat;
    private String counselling;
    private FormDefinition form;
    private long hospital;

    /** A form of the test's own (induced and repeat abortions in cases, counselling in sessions) filed by a hospital of its own. */
    @BeforeEach
    void aFormOfItsOwn() {
        long inducedId = element("人工流产例数", "例");
        long repeatId = element("重复流产例数", "例");
        long counsellingId = element("避孕咨询人次", "人次");
        induced = code(inducedId);
        repeat = code(repeatId);
        counselling = code(counsellingId);
        FormDefinition edited = new FormDefinition();
        edited.setCode(TestData.unique("RULE_FORM_").toUpperCase());
        edited.setNameZh(TestData.unique("审核规则测试月报"));
        edited.setNameEn("Validation rule test form");
        edited.setFrequency(Frequency.MONTHLY);
        edited.setDueDay(5);
        edited.setRows(List.of(new FormRow(inducedId, "流产", "Abortions"), new FormRow(repeatId, "流产", "Abortions"),
                new FormRow(counsellingId, "咨询", "Counselling")));
        edited.setValidFrom(JANUARY_2019);
        form = demoUsers.as("coordinator", () -> forms.save(edited));
        hospital = fixture.hospital(TestData.unique("T-VR-"), TestData.unique("审核规则测试医院"));
        demoUsers.as("coordinator", () -> catalog.assign(form.getId(), List.of(hospital)));
    }

    @Test
    void aCoordinatorAddsARuleAndASubmissionBreakingItIsRefusedWithItsMessage() {
        RuleDefinition saved = demoUsers.as("coordinator", () -> rules.save(rule("repeat_within_induced",
                "#{" + repeat + "}", RuleOperator.AT_MOST, "#{" + induced + "}", Severity.ERROR, "重复流产例数不能大于人工流产例数")));
        assertThat(saved.getCode()).isEqualTo("REPEAT_WITHIN_INDUCED");
        assertThat(demoUsers.as("coordinator", () -> rules.rules(form.getId(), false))).extracting(RuleDefinition::formula)
                .containsExactly("#{" + repeat + "} <= #{" + induced + "}");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'ValidationRule' AND entity_id = :id")
                .param("id", saved.getId()).query(String.class).list()).containsExactly("CREATE");

        ReportEntry entry = demoUsers.as("coordinator", () -> reports.open(form.getId(), hospital, JANUARY_2019));
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> reports.submit(entry, month(30, 31, 12))))
                .isInstanceOfSatisfying(ReportRejectedException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.ruleCode()).isEqualTo("REPEAT_WITHIN_INDUCED");
                    assertThat(v.elementCode()).isEqualTo(repeat);
                    assertThat(v.catalogMessage(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("重复流产例数不能大于人工流产例数");
                }));
        StatReport submitted = demoUsers.as("coordinator", () -> reports.submit(entry, month(30, 30, 12)));
        assertThat(submitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);

        RuleDefinition retired = demoUsers.as("coordinator", () -> rules.setRetired(saved, true));
        assertThat(retired.isRetired()).isTrue();
        ReportEntry february = demoUsers.as("coordinator", () -> reports.open(form.getId(), hospital, FEBRUARY_2019));
        assertThat(demoUsers.as("coordinator", () -> reports.submit(february, month(10, 11, 3))).getStatus())
                .as("a retired rule is no longer checked").isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aWarningAgainstLastMonthLetsTheReportThroughOnceExplained() {
        demoUsers.as("coordinator", () -> rules.save(rule("JUMP_INDUCED", "#{" + induced + "}", RuleOperator.AT_MOST,
                "2 * PREV{" + induced + "}", Severity.WARNING, "人工流产例数超过上月2倍，请核实并填写说明")));
        demoUsers.as("coordinator", () -> reports.submit(reports.open(form.getId(), hospital, JANUARY_2019), month(10, 1, 5)));

        ReportEntry february = demoUsers.as("coordinator", () -> reports.open(form.getId(), hospital, FEBRUARY_2019));
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> reports.submit(february, month(21, 1, 5))))
                .isInstanceOfSatisfying(ReportRejectedException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.WARNING);
                    assertThat(v.elementCode()).isEqualTo(induced);
                }));
        Map<String, ReportCell> explained = month(21, 1, 5);
        explained.put(induced, new ReportCell(21L, "本月集中开展义诊"));
        assertThat(demoUsers.as("coordinator", () -> reports.submit(february, explained)).getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void badSidesAreRefusedAtTheirFieldAndNothingIsSaved() {
        int before = ruleCount();
        assertRefused(rule("BAD", "#{NO_SUCH_ELEMENT}", RuleOperator.AT_MOST, "#{" + induced + "}"), RuleMaintenance.LEFT,
                "expression.error.unknownCode", "NO_SUCH_ELEMENT");
        assertRefused(rule("BAD", "#{EP_VISITS}", RuleOperator.AT_MOST, "#{" + induced + "}"), RuleMaintenance.LEFT,
                "rule.error.notOnForm", "EP_VISITS", form.getNameZh());
        assertRefused(rule("BAD", "#{" + repeat + "}", RuleOperator.AT_MOST, "#{" + induced + "} / (2 - 2)"), RuleMaintenance.RIGHT,
                "expression.error.divisionByZero", induced.length() + 5);
        assertRefused(rule("BAD", "#{" + counselling + "}", RuleOperator.AT_MOST, "#{" + induced + "}"), RuleMaintenance.RIGHT,
                "rule.error.units", "人次", "例");
        assertRefused(rule("BAD", " ", RuleOperator.AT_MOST, "#{" + induced + "}"), RuleMaintenance.LEFT, "expression.error.empty");
        assertRefused(rule("BAD", "#{" + repeat + "}", RuleOperator.AT_MOST, ""), RuleMaintenance.RIGHT, "expression.error.empty");
        assertRefused(rule("BAD", "3", RuleOperator.AT_MOST, "4"), RuleMaintenance.RIGHT, "rule.error.noElement");
        assertRefused(rule("BAD", "PREV{" + induced, RuleOperator.AT_MOST, "4"), RuleMaintenance.LEFT, "expression.error.unclosedReference", 1);
        assertThat(ruleCount()).isEqualTo(before);

        assertThat(demoUsers.as("coordinator", () -> rules.expressionProblem(form.getId(), RuleMaintenance.RIGHT,
                "#{" + counselling + "}", "#{" + induced + "}", null))).hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("rule.error.units"));
        assertThat(demoUsers.as("coordinator", () -> rules.expressionProblem(form.getId(), RuleMaintenance.RIGHT,
                "#{" + counselling + "} / PREV{" + counselling + "}", "3", null))).as("a ratio against a number has no unit to compare").isEmpty();
    }

    @Test
    void onlyWhoKeepsTheFormKeepsItsRules() {
        RuleDefinition rule = rule("KEEPER", "#{" + repeat + "}", RuleOperator.AT_MOST, "#{" + induced + "}");
        assertThat(demoUsers.as("keqiao.coordinator", () -> rules.mayKeep(form.getId()))).isFalse();
        assertThatThrownBy(() -> demoUsers.as("keqiao.coordinator", () -> rules.save(rule))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> rules.rules(form.getId(), false))).isInstanceOf(AccessDeniedException.class);
        assertThat(demoUsers.as("admin", () -> rules.mayKeep(form.getId()))).isTrue();
        long seeded = demoUsers.as("coordinator", () -> catalog.formByCode(ReportFixture.EARLY_PREGNANCY).orElseThrow().id());
        assertThat(demoUsers.as("coordinator", () -> rules.mayKeep(seeded))).as("the seeded forms are the province's").isFalse();
        assertThat(demoUsers.as("coordinator", () -> rules.rules(seeded, false))).as("but their rules can be read")
                .extracting(RuleDefinition::getCode).contains("REPEAT_WITHIN_INDUCED", "JUMP_EP_VISITS");
    }

    @Test
    void testingARuleOnPastReportsListsTheReportsThatWouldHaveFailed() {
        long second = fixture.hospital(TestData.unique("T-VR-"), TestData.unique("审核规则测试医院乙"));
        demoUsers.as("coordinator", () -> catalog.assign(form.getId(), List.of(hospital, second)));
        demoUsers.as("coordinator", () -> {
            reports.submit(reports.open(form.getId(), hospital, JANUARY_2019), month(10, 2, 1));
            reports.submit(reports.open(form.getId(), hospital, FEBRUARY_2019), month(40, 3, 1));
            reports.saveDraft(reports.open(form.getId(), hospital, MARCH_2019), month(12, 2, 1));
            reports.submit(reports.open(form.getId(), second, JANUARY_2019), month(5, 1, 1));
            reports.submit(reports.open(form.getId(), second, FEBRUARY_2019), month(9, 1, 1));
        });
        RuleDefinition jump = rule(null, "#{" + induced + "}", RuleOperator.AT_MOST, "3 * PREV{" + induced + "}");

        RuleTestResult result = demoUsers.as("coordinator", () -> rules.testOnPastReports(jump, JANUARY_2019, MARCH_2019, 100));
        assertThat(result.reportsChecked()).isEqualTo(5);
        assertThat(result.more()).isFalse();
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.institutionId()).isEqualTo(hospital);
            assertThat(f.periodStart()).isEqualTo(FEBRUARY_2019);
            assertThat(f.left()).isEqualByComparingTo("40");
            assertThat(f.right()).isEqualByComparingTo("30");
        });

        RuleDefinition strict = rule(null, "#{" + repeat + "}", RuleOperator.LESS, "2");
        RuleTestResult limited = demoUsers.as("coordinator", () -> rules.testOnPastReports(strict, JANUARY_2019, MARCH_2019, 1));
        assertThat(limited.failures()).extracting(RuleFailure::periodStart).as("newest first, limited").containsExactly(MARCH_2019);
        assertThat(limited.more()).isTrue();
        assertThat(demoUsers.as("coordinator", () -> rules.testOnPastReports(strict, FEBRUARY_2019, FEBRUARY_2019, 100)).failures())
                .extracting(RuleFailure::institutionId, RuleFailure::status).containsExactly(org.assertj.core.groups.Tuple.tuple(hospital, "SUBMITTED"));
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> rules.testOnPastReports(strict, MARCH_2019, JANUARY_2019, 100)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("rule.error.testRange"));
    }

    @Test
    void aNewVersionOfTheFormStartsWithItsRulesAndTheOldVersionKeepsThem() {
        RuleDefinition saved = demoUsers.as("coordinator", () -> rules.save(rule("REPEAT_WITHIN_INDUCED", "#{" + repeat + "}",
                RuleOperator.AT_MOST, "#{" + induced + "}", Severity.ERROR, "重复流产例数不能大于人工流产例数")));
        demoUsers.as("coordinator", () -> reports.saveDraft(reports.open(form.getId(), hospital, JANUARY_2019), month(1, 0, 0)));
        demoUsers.as("coordinator", () -> {
            FormDefinition edit = forms.find(form.getId()).orElseThrow();
            edit.setRows(edit.getRows().subList(0, 2));
            edit.setValidFrom(MARCH_2019);
            forms.save(edit);
        });
        RuleDefinition copied = demoUsers.as("coordinator", () -> rules.rules(form.getId(), false)).getFirst();
        assertThat(copied.getId()).isNotEqualTo(saved.getId());
        assertThat(copied.formula()).isEqualTo(saved.formula());

        copied.setRightExpression("#{" + induced + "} - 1");
        demoUsers.as("coordinator", () -> rules.save(copied));
        ReportForm catalogued = demoUsers.as("coordinator", () -> catalog.form(form.getId()).orElseThrow());
        assertThat(catalogued.asOf(FEBRUARY_2019).rulesInForce()).extracting(ValidationRule::formula)
                .containsExactly("#{" + repeat + "} <= #{" + induced + "}");
        assertThat(catalogued.asOf(MARCH_2019).rulesInForce()).extracting(ValidationRule::formula)
                .containsExactly("#{" + repeat + "} <= #{" + induced + "} - 1");
    }

    @Test
    void theMigratedRulesOfTheEarlyPregnancyFormJudgeAsBefore() {
        ReportForm early = demoUsers.as("coordinator", () -> catalog.formByCode(ReportFixture.EARLY_PREGNANCY).orElseThrow());
        Map<String, String> formulas = new HashMap<>();
        early.rulesInForce().forEach(r -> formulas.put(r.code(), r.formula()));
        assertThat(formulas).containsEntry("PATHWAYS_SUM", "#{EP_PATH_CONTINUE} + #{EP_PATH_ABNORMAL} + #{EP_PATH_TERMINATE} = #{EP_VISITS}")
                .containsEntry("REPEAT_WITHIN_INDUCED", "#{REPEAT_ABORTIONS} <= #{INDUCED_ABORTIONS}")
                .containsEntry("RISK_WITHIN_VISITS", "#{RISK_GREEN} + #{RISK_YELLOW} + #{RISK_ORANGE} + #{RISK_RED} + #{RISK_PURPLE} <= #{EP_VISITS}")
                .containsEntry("JUMP_EP_VISITS", "#{EP_VISITS} / PREV{EP_VISITS} <= 3")
                .containsEntry("JUMP_FOLLOWUPS_CLOSED", "#{FOLLOWUPS_CLOSED} / PREV{FOLLOWUPS_CLOSED} <= 3")
                .doesNotContainKey("JUMP");
        assertThat(early.rulesInForce()).filteredOn(r -> r.code().startsWith("JUMP_")).hasSize(7)
                .allSatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.WARNING));

        Map<String, Long> values = new HashMap<>();
        early.elements().forEach(row -> values.put(row.element().code(), 0L));
        values.putAll(Map.of("EP_VISITS", 361L, "EP_PATH_CONTINUE", 211L, "EP_PATH_ABNORMAL", 60L, "EP_PATH_TERMINATE", 90L,
                "INDUCED_ABORTIONS", 30L, "REPEAT_ABORTIONS", 1L));
        assertThat(ReportRules.check(early, values, Map.of("EP_VISITS", 120L), true)).singleElement().satisfies(v -> {
            assertThat(v.elementCode()).isEqualTo("EP_VISITS");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
        values.put("EP_VISITS", 360L);
        values.put("EP_PATH_TERMINATE", 89L);
        assertThat(ReportRules.check(early, values, Map.of("EP_VISITS", 120L), true)).as("exactly three times").isEmpty();
        assertThat(ReportRules.check(early, values, Map.of("EP_VISITS", 0L, "INDUCED_ABORTIONS", 0L), true)).as("nothing to compare with").isEmpty();
        values.put("REPEAT_ABORTIONS", 31L);
        assertThat(ReportRules.check(early, values, Map.of(), true)).extracting(RuleViolation::ruleCode, RuleViolation::elementCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REPEAT_WITHIN_INDUCED", "REPEAT_ABORTIONS"));
        values.put("REPEAT_ABORTIONS", 1L);
        values.put("EP_PATH_TERMINATE", 88L);
        assertThat(ReportRules.check(early, values, Map.of(), true)).extracting(RuleViolation::ruleCode, RuleViolation::elementCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PATHWAYS_SUM", "EP_PATH_CONTINUE"));
    }

    private RuleDefinition rule(String code, String left, RuleOperator operator, String right) {
        return rule(code, left, operator, right, Severity.ERROR, "测试规则");
    }

    private RuleDefinition rule(String code, String left, RuleOperator operator, String right, Severity severity, String message) {
        RuleDefinition rule = new RuleDefinition(form.getId());
        rule.setCode(code);
        rule.setLeftExpression(left);
        rule.setOperator(operator);
        rule.setRightExpression(right);
        rule.setSeverity(severity);
        rule.setMessageZh(message);
        rule.setMessageEn("Test rule");
        return rule;
    }

    private void assertRefused(RuleDefinition rule, String field, String key, Object... arguments) {
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> rules.save(rule)))
                .isInstanceOfSatisfying(ExpressionRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }

    private int ruleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM validation_rule WHERE report_form_id = :form").param("form", form.getId()).query(Integer.class).single();
    }

    private Map<String, ReportCell> month(long inducedValue, long repeatValue, long counsellingValue) {
        Map<String, ReportCell> cells = new HashMap<>();
        cells.put(induced, new ReportCell(inducedValue, null));
        cells.put(repeat, new ReportCell(repeatValue, null));
        cells.put(counselling, new ReportCell(counsellingValue, null));
        return cells;
    }

    private long element(String name, String unit) {
        ElementDefinition element = new ElementDefinition();
        element.setCode(TestData.unique("VR_").toUpperCase());
        element.setNameZh(TestData.unique(name));
        element.setNameEn("Validation rule test element");
        element.setUnitZh(unit);
        element.setValueType(ValueType.WHOLE_NUMBER);
        element.setAggregation(Aggregation.SUM);
        return demoUsers.as("coordinator", () -> elements.save(element)).getId();
    }

    private String code(long elementId) {
        return demoUsers.as("coordinator", () -> catalog.elements().stream().filter(e -> e.id() == elementId).findFirst().orElseThrow().code());
    }
}
