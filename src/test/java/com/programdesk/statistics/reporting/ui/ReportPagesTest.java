package com.programdesk.statistics.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.ui.ConflictNotice;
import com.programdesk.base.ui.NoteDialog;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The MCH hospital fills months of the early-pregnancy form; the bureau reviews them. Months of 2020 are the tests' own. */
class ReportPagesTest extends ViewTest {

    @Autowired
    ReportService reports;
    @Autowired
    StatisticsCatalog catalog;

    private ReportForm form;
    private long mch;

    @BeforeEach
    void earlyPregnancyForm() {
        form = demoUsers.as("coordinator", () -> catalog.formByCode("EARLY_PREGNANCY").orElseThrow());
        mch = testData.institutionId("YQ-MCH");
    }

    @Test
    void whatIsNotAWholeNumberIsNamedAtItsRow() {
        demoUsers.login("mch.staff");
        ReportView page = navigate("reports/" + form.id() + "/" + mch + "/2020-02", ReportView.class);
        assertThat($(H2.class).withText("早孕关爱服务月报表 · 2020年2月").exists()).isTrue();

        test(page.row("INDUCED_ABORTIONS").value).setValue("-3");
        assertThat(page.row("INDUCED_ABORTIONS").messageText()).isEqualTo("数值不能为负数");
        assertThat(page.row("INDUCED_ABORTIONS").value.isInvalid()).isTrue();
        assertThat(page.row("EP_VISITS").messageText()).isEmpty();

        test(page.row("INDUCED_ABORTIONS").value).setValue("12.5");
        assertThat(page.row("INDUCED_ABORTIONS").messageText()).isEqualTo("请输入整数");
        test(page.row("EP_VISITS").value).setValue("abc");
        assertThat(page.row("EP_VISITS").messageText()).isEqualTo("请输入整数");

        test(page.save).click();
        assertThat(count("stat_report WHERE report_form_id = " + form.id() + " AND institution_id = " + mch + " AND period_start = '2020-02-01'"))
                .isZero();

        test(page.row("INDUCED_ABORTIONS").value).setValue("１２");
        test(page.row("EP_VISITS").value).setValue("1,200");
        assertThat(page.row("INDUCED_ABORTIONS").messageText()).isEmpty();
        test(page.save).click();
        assertThat(value("2020-02-01", "EP_VISITS")).isEqualTo(1200L);
        assertThat(value("2020-02-01", "INDUCED_ABORTIONS")).isEqualTo(12L);
    }

    @Test
    void whenAColleagueSavedTheSameNewMonthFirstTheSecondIsToldAndTheColleaguesValuesStay() {
        demoUsers.login("mch.staff");
        ReportView page = navigate("reports/" + form.id() + "/" + mch + "/2020-04", ReportView.class);
        demoUsers.as("mch.staff", () -> reports.saveDraft(reports.open(form.id(), mch, LocalDate.of(2020, 4, 1)), cells(month(7))));

        fill(page, month(9));
        test(page.save).click();

        assertThat($(ConflictNotice.class).single().getText()).startsWith("这条记录刚刚已被其他用户修改");
        assertThat(page.save.isEnabled()).isFalse();
        assertThat(value("2020-04-01", "INDUCED_ABORTIONS")).isEqualTo(7L);
        assertThat(count("stat_report WHERE report_form_id = " + form.id() + " AND institution_id = " + mch + " AND period_start = '2020-04-01'"))
                .isEqualTo(1);
    }

    @Test
    void moreRepeatThanInducedAbortionsIsShownAtTheRepeatRowAndNothingIsSubmitted() {
        demoUsers.login("mch.staff");
        ReportView page = navigate("reports/" + form.id() + "/" + mch + "/2020-03", ReportView.class);
        fill(page, month(30));
        test(page.row("REPEAT_ABORTIONS").value).setValue("31");

        assertThat(page.row("REPEAT_ABORTIONS").messageText()).isEqualTo("重复流产例数不能大于人工流产例数");
        assertThat(page.row("INDUCED_ABORTIONS").messageText()).isEmpty();

        test(page.row("PAC_LARC").value).setValue("");
        test(page.submit).click();
        assertThat(page.row("REPEAT_ABORTIONS").messageText()).isEqualTo("重复流产例数不能大于人工流产例数");
        assertThat(page.row("PAC_LARC").messageText()).isEqualTo("请填写数值（没有请填 0）");
        assertThat(count("stat_report WHERE report_form_id = " + form.id() + " AND institution_id = " + mch + " AND period_start = '2020-03-01'"))
                .isZero();
    }

    @Test
    void theCurrentMonthCanBeDraftedButNotSubmittedBeforeItEnds() {
        LocalDate current = LocalDate.now().withDayOfMonth(1);
        demoUsers.login("mch.staff");
        ReportView page = navigate("reports/" + form.id() + "/" + mch + "/" + form.frequency().label(current), ReportView.class);
        assertThat(page.periodMessage.isVisible()).isFalse();
        fill(page, month(30));
        test(page.submit).click();

        assertThat(page.periodMessage.isVisible()).isTrue();
        assertThat(page.periodMessage.getText()).isEqualTo("报告期尚未结束，结束后才能上报");
        assertThat(status(current.toString())).isNull();
    }

    @Test
    void aJumpToMoreThanThreeTimesLastMonthNeedsANoteBeforeItGoesThrough() {
        demoUsers.as("mch.staff", () -> reports.saveDraft(reports.open(form.id(), mch, LocalDate.of(2020, 6, 1)), cells(month(20))));
        demoUsers.login("mch.staff");
        ReportView page = navigate("reports/" + form.id() + "/" + mch + "/2020-07", ReportView.class);
        fill(page, month(70));

        EntryRow induced = page.row("INDUCED_ABORTIONS");
        assertThat(induced.messageText()).isEqualTo("数值超过上期的3倍，请核实并填写说明");
        assertThat(induced.hasClassName("has-warning")).isTrue();
        assertThat(induced.note.isRequiredIndicatorVisible()).isTrue();

        test(page.submit).click();
        assertThat(induced.note.isInvalid()).isTrue();
        assertThat(induced.note.getErrorMessage()).isEqualTo("请填写说明");
        assertThat(status("2020-07-01")).isNull();

        test(induced.note).setValue("本月集中开展人工流产后关爱专项服务");
        test(page.submit).click();
        assertThat(status("2020-07-01")).isEqualTo("SUBMITTED");
        assertThat($(H2.class).withText("早孕关爱服务月报表 · 2020年7月").exists()).isTrue();
        assertThat(page.grid.rows).allSatisfy(row -> assertThat(row.value).isNull());
    }

    @Test
    void theCoordinatorReturnsASubmittedMonthWithAReasonTheHospitalThenReads() {
        long reportId = submitted(LocalDate.of(2020, 9, 1));
        demoUsers.login("coordinator");
        ReportView page = navigate("reports/" + reportId, ReportView.class);
        clickButton("退回");
        NoteDialog dialog = $(NoteDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.note.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(status("2020-09-01")).isEqualTo("SUBMITTED");

        test(dialog.note).setValue("转诊妇幼保健院例数与转诊登记不符");
        test(dialog.confirm).click();
        assertThat(status("2020-09-01")).isEqualTo("RETURNED");
        assertThat(page.actions.getChildren().count()).isZero();

        demoUsers.login("mch.staff");
        ReportView returned = navigate("reports/" + reportId, ReportView.class);
        assertThat(returned.getElement().getOuterHTML()).contains("退回原因：转诊妇幼保健院例数与转诊登记不符");
        assertThat(returned.row("EP_VISITS").value.getValue()).isEqualTo("120");
        assertThat(returned.submit.isVisible()).isTrue();

        demoUsers.login("viewer");
        navigate("", Component.class);
        ReportView read = navigate("reports/" + reportId, ReportView.class);
        assertThat(read.grid.rows).allSatisfy(row -> assertThat(row.value).isNull());
        assertThat(read.actions.getChildren().count()).isZero();
    }

    @Test
    void anOlderMonthIsChosenByYearAndMonthAndOpens() {
        demoUsers.login("mch.staff");
        ReportsView mine = navigate(ReportsView.class);
        OtherPeriod other = mine.filings.otherPeriod;
        assertThat(other.form.getValue()).isNotNull();
        test(other.form).selectItem("早孕关爱服务月报表");
        assertThat(other.institution.isVisible()).isFalse();

        test(other.open).click();
        assertThat(other.year.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(other.year.isInvalid()).isTrue();

        test(other.year).selectItem("2024年");
        test(other.part).selectItem("5月");
        test(other.open).click();
        assertThat($(H2.class).withText("早孕关爱服务月报表 · 2024年5月").exists()).isTrue();
    }

    @Test
    void anotherHospitalFindsNoSuchPage() {
        long reportId = submitted(LocalDate.of(2020, 10, 1));
        demoUsers.login("second.staff");
        navigate("reports/" + reportId, Component.class);
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();

        navigate("reports/" + form.id() + "/" + mch + "/2020-11", Component.class);
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();
    }

    @Test
    void theHospitalSeesItsFormsByPeriodAndTheBureauWhatWaitsForReview() {
        demoUsers.login("mch.staff");
        ReportsView mine = navigate(ReportsView.class);
        assertThat(mine.filings.grids).hasSizeGreaterThanOrEqualTo(3);
        assertThat(test(mine.filings.grids.getFirst()).size()).isGreaterThanOrEqualTo(13);

        demoUsers.login("coordinator");
        navigate("", Component.class);
        ReportsView bureau = navigate(ReportsView.class);
        assertThat(test(bureau.list.grid).size()).isPositive();
        assertThat(bureau.list.currentFilter().status()).hasToString("SUBMITTED");
        bureau.tabs.setSelectedIndex(1);
        assertThat(test(bureau.completeness.periods).size()).isEqualTo(6);
        assertThat(test(bureau.completeness.institutions).size()).isPositive();
    }

    private long submitted(LocalDate month) {
        return demoUsers.as("mch.staff", () -> reports.submit(reports.open(form.id(), mch, month), cells(month(30)))).getId();
    }

    /** A consistent month with {@code induced} induced abortions; everything not named is 0. */
    private Map<String, Long> month(long induced) {
        Map<String, Long> values = new HashMap<>();
        form.elements().forEach(row -> values.put(row.element().code(), 0L));
        values.putAll(Map.of("EP_VISITS", 120L, "EP_PATH_CONTINUE", 70L, "EP_PATH_ABNORMAL", 20L, "EP_PATH_TERMINATE", 30L,
                "INDUCED_ABORTIONS", induced, "REPEAT_ABORTIONS", 1L));
        return values;
    }

    private static Map<String, ReportCell> cells(Map<String, Long> values) {
        Map<String, ReportCell> cells = new HashMap<>();
        values.forEach((code, value) -> cells.put(code, new ReportCell(value, null)));
        return cells;
    }

    private void fill(ReportView page, Map<String, Long> values) {
        values.forEach((code, value) -> test(page.row(code).value).setValue(String.valueOf(value)));
    }

    private String status(String period) {
        return jdbc.sql("SELECT status FROM stat_report WHERE report_form_id = ? AND institution_id = ? AND period_start = ?")
                .params(form.id(), mch, period).query(String.class).optional().orElse(null);
    }

    private Long value(String period, String code) {
        return jdbc.sql("""
                SELECT v.value FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id JOIN data_element e ON e.id = v.data_element_id
                WHERE r.report_form_id = ? AND r.institution_id = ? AND r.period_start = ? AND e.code = ?""")
                .params(form.id(), mch, period, code).query(Long.class).optional().orElse(null);
    }
}
