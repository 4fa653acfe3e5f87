package com.programdesk.statistics.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.service.FormMaintenance;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A yes/no and a percentage in the entry grid: 是/否 is chosen (empty while a draft), a percentage typed as 12.5 with
 * at most two decimals between 0 and 100 — anything else is named at its row, kept as typed, and nothing is saved —
 * stored in hundredths and shown back as typed; the reviewer reads 是 and 12.5%.
 */
class ValueTypeEntryTest extends ViewTest {

    @Autowired
    ElementMaintenance elements;
    @Autowired
    FormMaintenance forms;
    @Autowired
    StatisticsCatalog catalog;

    @Test
    void aHospitalChoosesYesAndTypesAPercentageAndTheReviewerReadsThem() {
        ElementDefinition open = demoUsers.as("coordinator", () -> elements.save(element("PAC门诊已开设", ValueType.YES_NO, Aggregation.SUM)));
        ElementDefinition share = demoUsers.as("coordinator", () -> elements.save(element("术后即时落实长效避孕比例", ValueType.PERCENTAGE,
                Aggregation.AVERAGE)));
        FormDefinition form = new FormDefinition();
        form.setCode(TestData.unique("VT_UI_FORM_").toUpperCase());
        form.setNameZh(TestData.unique("流产后关爱质量月报"));
        form.setNameEn("Post-abortion care quality");
        form.setFrequency(Frequency.MONTHLY);
        form.setDueDay(5);
        form.setRows(List.of(new FormRow(open.getId(), null, null), new FormRow(share.getId(), null, null)));
        form.setValidFrom(LocalDate.of(2019, 3, 1));
        long formId = demoUsers.as("coordinator", () -> forms.save(form)).getId();
        long hospital = testData.institutionId("YQ-MCH");
        demoUsers.as("coordinator", () -> catalog.assign(formId, List.of(hospital)));

        demoUsers.login("mch.staff");
        ReportView page = navigate("reports/" + formId + "/" + hospital + "/2019-03", ReportView.class);
        EntryRow yesNo = page.row(open.getCode());
        EntryRow percent = page.row(share.getCode());
        assertThat(yesNo.value).as("a choice, not a text field").isNull();
        assertThat(yesNo.choice.getValue()).as("empty until chosen").isNull();
        assertThat(yesNo.choice.getListDataView().getItems().map(yesNo.choice.getItemLabelGenerator()::apply).toList())
                .containsExactly("是", "否");

        test(yesNo.choice).selectItem("是");
        for (List<String> refused : List.of(List.of("101", "百分数应在 0 到 100 之间"), List.of("12.345", "百分数最多保留两位小数"),
                List.of("abc", "请输入百分数，如 12.5"), List.of("-1", "百分数应在 0 到 100 之间"))) {
            test(percent.value).setValue(refused.get(0));
            assertThat(percent.messageText()).as(refused.get(0)).isEqualTo(refused.get(1));
            assertThat(percent.value.isInvalid()).isTrue();
            assertThat(percent.value.getValue()).as("what was typed stays").isEqualTo(refused.get(0));
        }
        test(page.save).click();
        assertThat(count("stat_report WHERE report_form_id = " + formId)).as("nothing saved while a cell does not read").isZero();

        test(percent.value).setValue("12.5%");
        assertThat(percent.messageText()).isEmpty();
        test(page.save).click();
        assertThat(stored(formId, share.getCode())).as("in hundredths").isEqualTo(1250L);
        assertThat(stored(formId, open.getCode())).as("yes = 1").isEqualTo(1L);

        ReportView again = navigate("reports/" + formId + "/" + hospital + "/2019-03", ReportView.class);
        assertThat(again.row(share.getCode()).value.getValue()).isEqualTo("12.5");
        assertThat(again.row(open.getCode()).choice.getValue()).isEqualTo(1L);
        test(again.submit).click();
        long reportId = jdbc.sql("SELECT id FROM stat_report WHERE report_form_id = ? AND status = 'SUBMITTED'").param(formId)
                .query(Long.class).single();

        demoUsers.login("coordinator");
        ReportView review = navigate("reports/" + reportId, ReportView.class);
        assertThat(shown(review.row(open.getCode()))).isEqualTo("是");
        assertThat(shown(review.row(share.getCode()))).isEqualTo("12.5%");
    }

    /** A read-only row's value as the reviewer reads it. */
    private static String shown(EntryRow row) {
        return row.getChildren().filter(c -> c.hasClassName("entry-value")).findFirst().map(Component::getElement)
                .map(e -> e.getText()).orElseThrow();
    }

    private Long stored(long formId, String code) {
        return jdbc.sql("""
                SELECT v.value FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id JOIN data_element e ON e.id = v.data_element_id
                WHERE r.report_form_id = ? AND e.code = ?""").params(formId, code).query(Long.class).single();
    }

    private static ElementDefinition element(String name, ValueType type, Aggregation aggregation) {
        ElementDefinition element = new ElementDefinition();
        element.setCode(TestData.unique("VT_UI_").toUpperCase());
        element.setNameZh(TestData.unique(name));
        element.setNameEn("Value type entry test");
        element.setUnitZh(type == ValueType.PERCENTAGE ? "%" : "是/否");
        element.setValueType(type);
        element.setAggregation(aggregation);
        return element;
    }
}
