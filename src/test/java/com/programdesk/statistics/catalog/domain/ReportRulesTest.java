package com.programdesk.statistics.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The early-pregnancy form's checks on values a clinic might type. */
class ReportRulesTest {

    private static final List<String> CODES = List.of("EP_VISITS", "EP_PATH_CONTINUE", "EP_PATH_ABNORMAL", "EP_PATH_TERMINATE",
            "INDUCED_ABORTIONS", "REPEAT_ABORTIONS");
    private static final ReportForm FORM = new ReportForm(1, "EARLY_PREGNANCY", "早孕关爱服务月报表", "Early pregnancy", Frequency.MONTHLY, 5, true,
            CODES.stream().map(code -> new FormElement(new DataElement(CODES.indexOf(code), code, code, code, "例", "cases",
                    Aggregation.SUM, null, null, null), CODES.indexOf(code), null, null)).toList(),
            List.of(new ValidationRule("PATHWAYS_SUM", "#{EP_PATH_CONTINUE} + #{EP_PATH_ABNORMAL} + #{EP_PATH_TERMINATE}",
                            RuleOperator.EQUAL, "#{EP_VISITS}", Severity.ERROR, "路径之和", "sum"),
                    new ValidationRule("REPEAT_WITHIN_INDUCED", "#{REPEAT_ABORTIONS}", RuleOperator.AT_MOST, "#{INDUCED_ABORTIONS}",
                            Severity.ERROR, "重复流产例数不能大于人工流产例数", "repeat ≤ induced"),
                    new ValidationRule("JUMP_EP_VISITS", "#{EP_VISITS} / PREV{EP_VISITS}", RuleOperator.AT_MOST, "3",
                            Severity.WARNING, "超过上期3倍", "jump"),
                    new ValidationRule("JUMP_INDUCED_ABORTIONS", "#{INDUCED_ABORTIONS} / PREV{INDUCED_ABORTIONS}", RuleOperator.AT_MOST, "3",
                            Severity.WARNING, "超过上期3倍", "jump")));

    @Test
    void aConsistentMonthPasses() {
        assertThat(ReportRules.check(FORM, month(120, 70, 20, 30, 30, 1), Map.of("EP_VISITS", 110L), true)).isEmpty();
    }

    @Test
    void repeatAbortionsAboveInducedAreAnErrorAtTheRepeatRow() {
        List<RuleViolation> violations = ReportRules.check(FORM, month(120, 70, 20, 30, 30, 31), Map.of(), true);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleCode()).isEqualTo("REPEAT_WITHIN_INDUCED");
            assertThat(v.elementCode()).isEqualTo("REPEAT_ABORTIONS");
            assertThat(v.isError()).isTrue();
        });
        assertThat(ReportRules.check(FORM, month(120, 70, 20, 30, 30, 30), Map.of(), true)).isEmpty();
    }

    @Test
    void pathwaysThatDoNotAddUpToTheVisitsAreAnError() {
        assertThat(ReportRules.check(FORM, month(120, 70, 20, 29, 30, 1), Map.of(), true))
                .extracting(RuleViolation::ruleCode).containsExactly("PATHWAYS_SUM");
        assertThat(ReportRules.check(FORM, month(120, 70, 20, 31, 30, 1), Map.of(), true))
                .extracting(RuleViolation::ruleCode).containsExactly("PATHWAYS_SUM");
    }

    @Test
    void moreThanThreeTimesLastMonthIsAWarningThatANoteSettles() {
        Map<String, Long> values = month(361, 211, 60, 90, 30, 1);
        List<RuleViolation> atThreeTimesPlusOne = ReportRules.check(FORM, values, Map.of("EP_VISITS", 120L), true);
        assertThat(atThreeTimesPlusOne).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.elementCode()).isEqualTo("EP_VISITS");
        });
        assertThat(ReportRules.blocking(atThreeTimesPlusOne, Map.of())).hasSize(1);
        assertThat(ReportRules.blocking(atThreeTimesPlusOne, Map.of("EP_VISITS", "本月开展集中义诊"))).isEmpty();

        Map<String, Long> exactlyThreeTimes = month(360, 210, 60, 90, 30, 1);
        assertThat(ReportRules.check(FORM, exactlyThreeTimes, Map.of("EP_VISITS", 120L), true)).isEmpty();
        assertThat(ReportRules.check(FORM, values, Map.of("EP_VISITS", 0L), true)).as("nothing to compare with").isEmpty();
    }

    @Test
    void missingValuesBlockSubmissionButNotADraftAndRulesWaitForTheirValues() {
        Map<String, Long> half = new HashMap<>(Map.of("EP_VISITS", 120L, "REPEAT_ABORTIONS", 5L));
        assertThat(ReportRules.check(FORM, half, Map.of(), false)).isEmpty();
        assertThat(ReportRules.check(FORM, half, Map.of(), true)).extracting(RuleViolation::messageKey)
                .containsOnly(ReportRules.MISSING).hasSize(4);
    }

    @Test
    void negativeValuesAreAnErrorEvenInADraft() {
        assertThat(ReportRules.check(FORM, Map.of("INDUCED_ABORTIONS", -3L), Map.of(), false))
                .singleElement().satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo(ReportRules.NEGATIVE);
                    assertThat(v.elementCode()).isEqualTo("INDUCED_ABORTIONS");
                });
    }

    private static Map<String, Long> month(long visits, long continuing, long abnormal, long terminate, long induced, long repeat) {
        return new HashMap<>(Map.of("EP_VISITS", visits, "EP_PATH_CONTINUE", continuing, "EP_PATH_ABNORMAL", abnormal,
                "EP_PATH_TERMINATE", terminate, "INDUCED_ABORTIONS", induced, "REPEAT_ABORTIONS", repeat));
    }
}
