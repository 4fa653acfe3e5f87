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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An abortion count split by age group in the entry grid: one field per age group indented under the count, whose
 * own value is their sum, shown as typed and never typed itself; a cell that is not a whole number is named at its row.
 */
class DisaggregatedEntryTest extends ViewTest {

    @Autowired
    ElementMaintenance elements;
    @Autowired
    FormMaintenance forms;
    @Autowired
    StatisticsCatalog catalog;

    @Test
    void theAgeGroupsAreTypedAndTheTotalIsTheirSum() {
        long ageGroup = jdbc.sql("SELECT id FROM category WHERE code = 'AGE_GROUP'").query(Long.class).single();
        ElementDefinition draft = new ElementDefinition();
        draft.setCode(TestData.unique("DA_UI_").toUpperCase());
        draft.setNameZh(TestData.unique("人工流产例数（分年龄）"));
        draft.setNameEn("Induced abortions by age");
        draft.setUnitZh("例");
        draft.setValueType(ValueType.WHOLE_NUMBER);
        draft.setAggregation(Aggregation.SUM);
        draft.setFirstCategoryId(ageGroup);
        ElementDefinition element = demoUsers.as("coordinator", () -> elements.save(draft));
        String code = element.getCode();
        FormDefinition form = new FormDefinition();
        form.setCode(TestData.unique("DA_UI_FORM_").toUpperCase());
        form.setNameZh(TestData.unique("分年龄人流月报"));
        form.setNameEn("Abortions by age");
        form.setFrequency(Frequency.MONTHLY);
        form.setDueDay(5);
        form.setRows(List.of(new FormRow(element.getId(), null, null)));
        form.setValidFrom(LocalDate.of(2019, 3, 1));
        long formId = demoUsers.as("coordinator", () -> forms.save(form)).getId();
        long hospital = testData.institutionId("YQ-MCH");
        demoUsers.as("coordinator", () -> catalog.assign(formId, List.of(hospital)));

        demoUsers.login("mch.staff");
        ReportView page = navigate("reports/" + formId + "/" + hospital + "/2019-03", ReportView.class);
        EntryRow total = page.row(code);
        assertThat(total.value.isReadOnly()).isTrue();
        assertThat(total.hasClassName("entry-total")).isTrue();
        assertThat(page.row(code + ".AGE_LT20").hasClassName("entry-option")).isTrue();

        test(page.row(code + ".AGE_LT20").value).setValue("3");
        test(page.row(code + ".AGE_20_34").value).setValue("10");
        test(page.row(code + ".AGE_GE35").value).setValue("3.5");
        assertThat(page.row(code + ".AGE_GE35").messageText()).isEqualTo("请输入整数");
        assertThat(total.value.getValue()).isEqualTo("13");
        test(page.save).click();
        assertThat(count("stat_report WHERE report_form_id = " + formId)).as("nothing saved while a cell does not read").isZero();

        test(page.row(code + ".AGE_GE35").value).setValue("5");
        assertThat(total.value.getValue()).isEqualTo("18");
        assertThat(page.row(code + ".AGE_GE35").messageText()).isEmpty();
        test(page.save).click();
        assertThat(jdbc.sql("""
                SELECT v.value FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id JOIN data_element e ON e.id = v.data_element_id
                WHERE r.report_form_id = ? AND e.code = ?""").params(formId, code).query(Long.class).single()).isEqualTo(18L);
    }

    @Test
    void anElementSplitByAgeAndMaritalStatusIsTypedAsACrossedTableWithItsSums() {
        long ageGroup = jdbc.sql("SELECT id FROM category WHERE code = 'AGE_GROUP'").query(Long.class).single();
        long marital = jdbc.sql("SELECT id FROM category WHERE code = 'MARITAL_STATUS'").query(Long.class).single();
        ElementDefinition draft = new ElementDefinition();
        draft.setCode(TestData.unique("DA_X_").toUpperCase());
        draft.setNameZh(TestData.unique("人工流产例数（分年龄婚姻）"));
        draft.setNameEn("Induced abortions by age and marital status");
        draft.setUnitZh("例");
        draft.setValueType(ValueType.WHOLE_NUMBER);
        draft.setAggregation(Aggregation.SUM);
        draft.setFirstCategoryId(ageGroup);
        draft.setSecondCategoryId(marital);
        ElementDefinition element = demoUsers.as("coordinator", () -> elements.save(draft));
        String code = element.getCode();
        FormDefinition form = new FormDefinition();
        form.setCode(TestData.unique("DA_X_FORM_").toUpperCase());
        form.setNameZh(TestData.unique("分年龄婚姻人流月报"));
        form.setNameEn("Abortions by age and marital status");
        form.setFrequency(Frequency.MONTHLY);
        form.setDueDay(5);
        form.setRows(List.of(new FormRow(element.getId(), null, null)));
        form.setValidFrom(LocalDate.of(2019, 4, 1));
        long formId = demoUsers.as("coordinator", () -> forms.save(form)).getId();
        long hospital = testData.institutionId("YQ-MCH");
        demoUsers.as("coordinator", () -> catalog.assign(formId, List.of(hospital)));

        demoUsers.login("mch.staff");
        ReportView page = navigate("reports/" + formId + "/" + hospital + "/2019-04", ReportView.class);
        CrossedCells table = $(CrossedCells.class).single();
        assertThat(table.cells()).hasSize(6);
        assertThat(table.cells()).allSatisfy(cell -> assertThat(cell.hasClassName("entry-cell")).isTrue());
        assertThat(page.row(code).value.isReadOnly()).isTrue();

        test(page.row(code + ".AGE_LT20.MARRIED").value).setValue("1");
        test(page.row(code + ".AGE_LT20.UNMARRIED").value).setValue("4");
        test(page.row(code + ".AGE_20_34.MARRIED").value).setValue("10");
        test(page.row(code + ".AGE_20_34.UNMARRIED").value).setValue("2");
        test(page.row(code + ".AGE_GE35.MARRIED").value).setValue("6");
        test(page.row(code + ".AGE_GE35.UNMARRIED").value).setValue("-1");
        EntryRow refused = page.row(code + ".AGE_GE35.UNMARRIED");
        assertThat(refused.messageText()).as("refused at the cell").isNotEmpty();
        assertThat(refused.value.isInvalid()).isTrue();
        assertThat(refused.value.getValue()).as("what was typed is kept").isEqualTo("-1");
        test(page.save).click();
        assertThat(count("stat_value v JOIN stat_report r ON r.id = v.stat_report_id WHERE r.report_form_id = " + formId))
                .as("nothing saved while a cell is refused").isZero();

        test(refused.value).setValue("0");
        assertThat(refused.messageText()).isEmpty();
        assertThat(table.rowSums.get("AGE_LT20").getText()).isEqualTo("5");
        assertThat(table.rowSums.get("AGE_20_34").getText()).isEqualTo("12");
        assertThat(table.rowSums.get("AGE_GE35").getText()).isEqualTo("6");
        assertThat(table.columnSums.get("MARRIED").getText()).isEqualTo("17");
        assertThat(table.columnSums.get("UNMARRIED").getText()).isEqualTo("6");
        assertThat(table.total.getText()).isEqualTo("23");
        assertThat(page.row(code).value.getValue()).isEqualTo("23");
        test(page.save).click();
        assertThat(jdbc.sql("""
                SELECT e.code, v.value FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id JOIN data_element e ON e.id = v.data_element_id
                WHERE r.report_form_id = ? ORDER BY e.code""").params(formId).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .contains(code + "=23", code + ".AGE_LT20.UNMARRIED=4", code + ".AGE_GE35.UNMARRIED=0").hasSize(7);
    }
}
