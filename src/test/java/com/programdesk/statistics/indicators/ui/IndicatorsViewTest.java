package com.programdesk.statistics.indicators.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.indicators.domain.IndicatorDefinition;
import com.programdesk.statistics.indicators.domain.IndicatorSummary;
import com.programdesk.statistics.indicators.service.IndicatorMaintenance;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Coordinators and administrators keep the indicators on the 指标 page: expressions checked as typed, a preview, the grid. */
class IndicatorsViewTest extends ViewTest {

    @Autowired
    IndicatorMaintenance indicators;

    /** What a test made is retired again, so the dashboards keep offering the seeded indicators only. */
    @AfterEach
    void retireWhatWasMade() {
        demoUsers.as("admin", () -> indicators.search("T_", false, 0, 1000).stream().filter(i -> i.code().startsWith("T_"))
                .forEach(i -> indicators.setRetired(indicators.find(i.id()).orElseThrow(), true)));
    }

    @Test
    void aCoordinatorTypesARepeatAbortionRatePreviewsItAndFindsItInTheGrid() {
        demoUsers.login("coordinator");
        IndicatorListView view = navigate(IndicatorListView.class);
        String code = TestData.unique("T_RATE_").toUpperCase();
        String name = TestData.unique("复流率（乐清）");
        LocalDate month = newestMonth();

        test(view.add).click();
        IndicatorEditor editor = $(IndicatorEditor.class).single();
        test(editor.code).setValue(code);
        test(editor.nameZh).setValue(name);
        test(editor.nameEn).setValue("Repeat abortion rate (Yueqing)");
        test(editor.numerator).setValue("#{REPEAT_ABORTIONS");
        assertThat(editor.numerator.isInvalid()).as("checked as the user types").isTrue();
        assertThat(editor.numerator.getErrorMessage()).isEqualTo("第 1 个字符处的 #{ 缺少右花括号");
        test(editor.numerator).setValue("#{REPEAT_ABORTIONS}");
        assertThat(editor.numerator.isInvalid()).isFalse();
        test(editor.denominator).setValue("#{INDUCED_ABORTION}");
        assertThat(editor.denominator.getErrorMessage()).isEqualTo("没有代码为“INDUCED_ABORTION”的数据元");
        test(editor.denominator).setValue("#{INDUCED_ABORTIONS}");
        assertThat(editor.denominator.isInvalid()).isFalse();
        test(editor.factor).selectItem("‰（千分率）");
        test(editor.direction).selectItem("越低越好");

        test(editor.previewMonth).selectItem(month.toString().substring(0, 7));
        test(editor.preview).click();
        BigDecimal repeats = total("REPEAT_ABORTIONS", month);
        BigDecimal induced = total("INDUCED_ABORTIONS", month);
        String rate = repeats.multiply(BigDecimal.valueOf(1000)).divide(induced, 2, RoundingMode.HALF_UP).toPlainString();
        assertThat(editor.previewResult.getText()).as("乐清市 in %s", month)
                .isEqualTo("指标值 " + rate + "‰（分子 " + repeats.toPlainString() + "，分母 " + induced.toPlainString() + "）");

        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存指标“" + name + "”");
        test(view.search).setValue(code);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(name);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("(#{REPEAT_ABORTIONS}) / (#{INDUCED_ABORTIONS})");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("‰（千分率）");
    }

    @Test
    void anElementFoundByItsChineseNameIsInsertedAsItsCodeAndTheExpressionIsCheckedAgain() {
        demoUsers.login("coordinator");
        IndicatorListView view = navigate(IndicatorListView.class);
        test(view.add).click();
        IndicatorEditor editor = $(IndicatorEditor.class).single();

        test(editor.numeratorPicker).setFilter("产后避孕");
        assertThat(test(editor.numeratorPicker).getSuggestions()).contains("POSTPARTUM_CONTRACEPTION · 产后避孕落实例数");
        test(editor.numeratorPicker).selectItem("POSTPARTUM_CONTRACEPTION · 产后避孕落实例数");
        assertThat(editor.numerator.getValue()).isEqualTo("#{POSTPARTUM_CONTRACEPTION}");
        assertThat(editor.numerator.isInvalid()).isFalse();
        assertThat(editor.numeratorPicker.getValue()).as("ready for the next one").isNull();

        // an unfinished sum is flagged as typed; picking the next element completes it and the check clears
        test(editor.numerator).setValue("#{POSTPARTUM_CONTRACEPTION} +");
        assertThat(editor.numerator.isInvalid()).isTrue();
        test(editor.numeratorPicker).setFilter("DELIVERIES");
        test(editor.numeratorPicker).selectItem(test(editor.numeratorPicker).getSuggestions().getFirst());
        assertThat(editor.numerator.getValue()).isEqualTo("#{POSTPARTUM_CONTRACEPTION} + #{DELIVERIES}");
        assertThat(editor.numerator.isInvalid()).isFalse();

        test(editor.denominatorPicker).setFilter("分娩例数");
        test(editor.denominatorPicker).selectItem("DELIVERIES · 分娩例数");
        assertThat(editor.denominator.getValue()).isEqualTo("#{DELIVERIES}");
        assertThat(editor.denominator.isInvalid()).isFalse();
    }

    @Test
    void aBadExpressionIsRefusedAtItsFieldOnSaveAndNothingIsSaved() {
        demoUsers.login("coordinator");
        navigate(IndicatorListView.class);
        clickButton("新建指标");
        IndicatorEditor editor = $(IndicatorEditor.class).single();
        long before = count("indicator");

        test(editor.code).setValue(TestData.unique("T_BAD_").toUpperCase());
        test(editor.nameZh).setValue(TestData.unique("坏指标"));
        test(editor.nameEn).setValue("Bad");
        test(editor.numerator).setValue("#{AWARE}");
        test(editor.denominator).setValue("#{INDUCED_ABORTIONS} / 0");
        assertThat(editor.denominator.getErrorMessage()).isEqualTo("第 22 个字符处除以常数 0");
        test(editor.denominator).setValue("#{INDUCED_ABORTIONS}");
        assertThat(editor.denominator.getErrorMessage()).isEqualTo("周期不一致：“INDUCED_ABORTIONS”为月报，而“AWARE”为季报");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(count("indicator")).isEqualTo(before);
    }

    @Test
    void savingOverSomeoneElsesChangeExplainsTheConflictAndKeepsTheirChange() {
        demoUsers.login("keqiao.coordinator");
        IndicatorListView view = navigate(IndicatorListView.class);
        String code = TestData.unique("T_QX_").toUpperCase();
        IndicatorDefinition created = new IndicatorDefinition();
        created.setCode(code);
        created.setNameZh(TestData.unique("齐贤早孕就诊"));
        created.setNameEn("Qixian visits");
        created.setNumeratorExpression("#{EP_VISITS}");
        indicators.save(created);
        test(view.search).setValue(code);
        view.openEditor(row(view, code));
        IndicatorEditor editor = $(IndicatorEditor.class).single();

        IndicatorDefinition meanwhile = indicators.find(row(view, code).id()).orElseThrow();
        meanwhile.setDecimals(0);
        indicators.save(meanwhile);
        test(editor.decimals).selectItem("3");
        test(editor.save).click();

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.conflict.getText()).contains("已被其他用户修改");
        assertThat(jdbc.sql("SELECT decimals FROM indicator WHERE code = ?").param(code).query(Integer.class).single()).isZero();
    }

    @Test
    void aSeededIndicatorOpensReadOnlyForACountysCoordinator() {
        demoUsers.login("keqiao.coordinator");
        IndicatorListView view = navigate(IndicatorListView.class);
        test(view.search).setValue("REPEAT_ABORTION_RATE");

        view.openEditor(row(view, "REPEAT_ABORTION_RATE"));
        IndicatorEditor editor = $(IndicatorEditor.class).single();

        assertThat(editor.numerator.getValue()).isEqualTo("#{REPEAT_ABORTIONS}");
        assertThat(editor.numerator.isReadOnly()).isTrue();
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.notice.getText()).isEqualTo("该指标由其他地区维护，您只能查看");
    }

    @Test
    void institutionUsersCannotOpenThePage() {
        demoUsers.login("mch.staff");
        navigate("statistics/indicators", Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();
    }

    private LocalDate newestMonth() {
        return newestMonth(testData.areaId("330382"));
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

    private BigDecimal total(String element, LocalDate month) {
        return jdbc.sql("""
                SELECT t.total FROM stat_area_total t JOIN data_element e ON e.id = t.data_element_id
                WHERE t.area_id = ? AND e.code = ? AND t.period_start = ?""").params(testData.areaId("330382"), element, month)
                .query(BigDecimal.class).single();
    }

    private IndicatorSummary row(IndicatorListView view, String code) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i))
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
