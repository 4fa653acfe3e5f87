package com.programdesk.statistics.forms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.RuleOperator;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator opens a form's 审核规则 from the form editor, writes a rule checked as typed and tests it on past reports. */
class RulesViewTest extends ViewTest {

    @Autowired
    FormMaintenance forms;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    ReportService reports;
    @Autowired
    ReportFixture fixture;

    @Test
    void aCoordinatorWritesARuleOnItsFormAndFindsTheMonthsThatBreakIt() {
        FormDefinition form = aFormWithAbortions();
        long hospital = fixture.hospital(TestData.unique("T-VRV-"), TestData.unique("规则页面测试医院"));
        demoUsers.as("coordinator", () -> {
            catalog.assign(form.getId(), List.of(hospital));
            reports.submit(reports.open(form.getId(), hospital, LocalDate.of(2019, 1, 1)), month(30, 2));
            reports.submit(reports.open(form.getId(), hospital, LocalDate.of(2019, 2, 1)), month(20, 25));
        });

        demoUsers.login("coordinator");
        FormListView forms = navigate(FormListView.class);
        test(forms.search).setValue(form.getCode());
        forms.openEditor(test(forms.grid).getRow(0));
        test($(FormEditor.class).single().rules).click();
        RuleListView page = $(RuleListView.class).single();
        assertThat(page.title.getText()).isEqualTo("审核规则：" + form.getNameZh());
        assertThat(test(page.grid).size()).isZero();

        test(page.add).click();
        RuleEditor editor = $(RuleEditor.class).single();
        test(editor.code).setValue("repeat_within_induced");
        test(editor.left).setValue("#{REPEAT_ABORTIONS");
        assertThat(editor.left.isInvalid()).as("checked as the user types").isTrue();
        assertThat(editor.left.getErrorMessage()).isEqualTo("第 1 个字符处的 #{ 缺少右花括号");
        test(editor.left).setValue("#{EP_VISITS}");
        assertThat(editor.left.getErrorMessage()).isEqualTo("数据元“EP_VISITS”不在报表“" + form.getNameZh() + "”上");
        test(editor.left).setValue("#{REPEAT_ABORTIONS}");
        assertThat(editor.left.isInvalid()).isFalse();
        test(editor.operator).selectItem(RuleOperator.AT_MOST.symbol());
        test(editor.right).setValue("#{INDUCED_ABORTIONS} / (1 - 1)");
        assertThat(editor.right.getErrorMessage()).isEqualTo("第 22 个字符处除以常数 0");
        test(editor.right).setValue("#{INDUCED_ABORTIONS}");
        assertThat(editor.right.isInvalid()).isFalse();

        test(editor.testFrom).selectItem("2019-01");
        test(editor.testTo).selectItem("2019-03");
        test(editor.test).click();
        assertThat(editor.testSummary.getText()).isEqualTo("1 份报表不符合规则（已检查 2 份）");
        assertThat(test(editor.failures).size()).isEqualTo(1);
        assertThat(test(editor.failures).getCellText(0, 1)).isEqualTo("2019-02");
        assertThat(test(editor.failures).getCellText(0, 3)).isEqualTo("25");
        assertThat(test(editor.failures).getCellText(0, 4)).isEqualTo("20");

        test(editor.messageZh).setValue("重复流产例数不能大于人工流产例数");
        test(editor.messageEn).setValue("Repeat abortions cannot exceed induced abortions");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存审核规则“REPEAT_WITHIN_INDUCED”");
        assertThat(test(page.grid).size()).isEqualTo(1);
        assertThat(test(page.grid).getCellText(0, 1)).isEqualTo("#{REPEAT_ABORTIONS} <= #{INDUCED_ABORTIONS}");
        assertThat(test(page.grid).getCellText(0, 2)).isEqualTo("错误");
    }

    @Test
    void theProvincesFormShowsItsRulesReadOnlyToACitysCoordinator() {
        demoUsers.login("coordinator");
        long early = demoUsers.as("coordinator", () -> catalog.formByCode(ReportFixture.EARLY_PREGNANCY).orElseThrow().id());
        RuleListView page = navigate("statistics/forms/" + early + "/rules", RuleListView.class);
        assertThat(page.add.isVisible()).isFalse();
        assertThat(test(page.grid).size()).isGreaterThanOrEqualTo(11);
        test(page.grid).clickRow(0);
        RuleEditor editor = $(RuleEditor.class).single();
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.left.isReadOnly()).isTrue();
    }

    private FormDefinition aFormWithAbortions() {
        Map<String, Long> ids = demoUsers.as("coordinator", () -> catalog.elements().stream()
                .collect(java.util.stream.Collectors.toMap(DataElement::code, DataElement::id)));
        FormDefinition form = new FormDefinition();
        form.setCode(TestData.unique("RULE_UI_").toUpperCase());
        form.setNameZh(TestData.unique("规则页面测试月报"));
        form.setNameEn("Rules page test form");
        form.setFrequency(Frequency.MONTHLY);
        form.setDueDay(5);
        form.setRows(List.of(new FormRow(ids.get("INDUCED_ABORTIONS"), null, null), new FormRow(ids.get("REPEAT_ABORTIONS"), null, null)));
        form.setValidFrom(LocalDate.of(2019, 1, 1));
        return demoUsers.as("coordinator", () -> forms.save(form));
    }

    private static Map<String, ReportCell> month(long induced, long repeat) {
        return Map.of("INDUCED_ABORTIONS", new ReportCell(induced, null), "REPEAT_ABORTIONS", new ReportCell(repeat, null));
    }
}
