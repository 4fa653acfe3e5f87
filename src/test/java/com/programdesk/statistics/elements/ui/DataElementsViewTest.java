package com.programdesk.statistics.elements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.ui.RetireConfirmation;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.domain.ElementSummary;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Coordinators and administrators keep the data elements on the 数据元 page: a grid, its search and the editor. */
class DataElementsViewTest extends ViewTest {

    @Autowired
    ElementMaintenance elements;

    @Test
    void aCoordinatorCreatesAnElementAndFindsItInTheGrid() {
        demoUsers.login("coordinator");
        ElementListView view = navigate(ElementListView.class);
        String code = TestData.unique("PP_LARC_").toUpperCase();
        String name = TestData.unique("产后落实长效避孕例数");

        test(view.add).click();
        ElementEditor editor = $(ElementEditor.class).single();
        assertThat(editor.valueType.getListDataView().getItems().toList()).as("whole number, percentage, yes/no").hasSize(3);
        test(editor.code).setValue(code.toLowerCase());
        test(editor.nameZh).setValue(name);
        test(editor.nameEn).setValue("Long-acting contraception after delivery");
        test(editor.shortNameZh).setValue("产后长效避孕");
        test(editor.aggregation).selectItem("求和（各期相加）");
        test(editor.unitZh).setValue("例");
        test(editor.unitEn).setValue("cases");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存数据元“" + name + "”");
        test(view.search).setValue(code);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(code);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(name);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("整数");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("例");
    }

    @Test
    void eachBadFieldShowsItsMessageAndNothingIsSaved() {
        demoUsers.login("coordinator");
        navigate(ElementListView.class);
        clickButton("新建数据元");
        ElementEditor editor = $(ElementEditor.class).single();
        long before = count("data_element");

        test(editor.save).click();
        assertThat(editor.code.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.nameZh.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.nameEn.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.unitZh.getErrorMessage()).isEqualTo("此项为必填项");

        test(editor.code).setValue("产后-1");
        test(editor.nameZh).setValue("人工流产例数");
        test(editor.nameEn).setValue("Induced abortions again");
        test(editor.unitZh).setValue("例");
        test(editor.save).click();
        assertThat(editor.code.getErrorMessage()).isEqualTo("代码须以大写字母开头，只能包含大写字母、数字和下划线，长度为 2–40 位");

        test(editor.code).setValue("REPEAT_ABORTIONS");
        test(editor.save).click();
        assertThat(editor.code.getErrorMessage()).isEqualTo("该代码已被使用（包括已停用的数据元）");

        test(editor.code).setValue(TestData.unique("T_UI_").toUpperCase());
        test(editor.save).click();
        assertThat(editor.nameZh.getErrorMessage()).as("refused by the service, shown at the field").isEqualTo("已有同名数据元");

        assertThat(editor.isOpened()).isTrue();
        assertThat(count("data_element")).isEqualTo(before);
    }

    @Test
    void aPercentageCannotBeSummedAndIsSavedAsAnAverage() {
        demoUsers.login("coordinator");
        ElementListView view = navigate(ElementListView.class);
        String code = TestData.unique("PAC_LARC_SHARE_").toUpperCase();
        test(view.add).click();
        ElementEditor editor = $(ElementEditor.class).single();
        test(editor.code).setValue(code);
        test(editor.nameZh).setValue(TestData.unique("流产后即时落实长效避孕比例"));
        test(editor.nameEn).setValue("Immediate LARC after abortion");
        test(editor.unitZh).setValue("%");
        test(editor.aggregation).selectItem("求和（各期相加）");
        test(editor.valueType).selectItem("百分比");
        assertThat(editor.aggregation.getErrorMessage()).as("judged as the type changes")
                .isEqualTo("百分比只能取平均值（百分比相加没有意义，期末值只用于人口等存量）");
        test(editor.save).click();
        assertThat(editor.isOpened()).isTrue();
        assertThat(count("data_element WHERE code = '" + code + "'")).isZero();

        test(editor.aggregation).selectItem("平均值（已报数值之和除以个数）");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        test(view.search).setValue(code);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("百分比");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("平均值（已报数值之和除以个数）");
    }

    @Test
    void retiringAnElementOnAnActiveFormNamesTheFormsAndChangesNothing() {
        demoUsers.login("admin");
        ElementListView view = navigate(ElementListView.class);
        test(view.search).setValue("REPEAT_ABORTIONS");
        view.openEditor(row(view, "REPEAT_ABORTIONS"));
        ElementEditor editor = $(ElementEditor.class).single();
        assertThat(editor.valueType.isReadOnly()).as("reports hold its values").isTrue();
        assertThat(editor.aggregation.isReadOnly()).isTrue();
        assertThat(editor.code.isReadOnly()).isTrue();

        test(editor.retire).click();
        RetireConfirmation confirmation = $(RetireConfirmation.class).single();
        test(confirmation.confirm).click();

        assertThat(editor.retireMessage.isVisible()).isTrue();
        assertThat(editor.retireMessage.getText()).isEqualTo("该数据元仍在以下启用的报表中使用，不能停用：早孕关爱服务月报表");
        assertThat(jdbc.sql("SELECT retired FROM data_element WHERE code = 'REPEAT_ABORTIONS'").query(Boolean.class).single()).isFalse();
    }

    @Test
    void aCoordinatorRetiresItsOwnElementAfterConfirmingAndFindsItAmongTheRetired() {
        demoUsers.login("coordinator");
        ElementListView view = navigate(ElementListView.class);
        String code = TestData.unique("T_OLD_").toUpperCase();
        test(view.add).click();
        ElementEditor creating = $(ElementEditor.class).single();
        test(creating.code).setValue(code);
        test(creating.nameZh).setValue(TestData.unique("旧口径数据元"));
        test(creating.nameEn).setValue("Old definition");
        test(creating.unitZh).setValue("人");
        test(creating.save).click();
        test(view.search).setValue(code);

        view.openEditor(row(view, code));
        ElementEditor editor = $(ElementEditor.class).single();
        test(editor.retire).click();
        test($(RetireConfirmation.class).single().confirm).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(test(view.grid).size()).as("retired elements are hidden unless asked for").isZero();
        test(view.showRetired).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).element().retired()).isTrue(); // the badge is drawn in the browser
    }

    @Test
    void savingOverSomeoneElsesChangeExplainsTheConflictAndKeepsTheirChange() {
        demoUsers.login("keqiao.coordinator");
        ElementListView view = navigate(ElementListView.class);
        String code = TestData.unique("T_QX_").toUpperCase();
        ElementDefinition created = new ElementDefinition();
        created.setCode(code);
        created.setNameZh(TestData.unique("齐贤自定数据元"));
        created.setNameEn("Qixian's own count");
        created.setUnitZh("例");
        elements.save(created);
        test(view.search).setValue(code);
        view.openEditor(row(view, code));
        ElementEditor editor = $(ElementEditor.class).single();

        ElementDefinition meanwhile = elements.find(row(view, code).element().id()).orElseThrow();
        meanwhile.setUnitZh("人");
        elements.save(meanwhile);
        test(editor.unitZh).setValue("人次");
        test(editor.save).click();

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.conflict.getText()).contains("已被其他用户修改");
        assertThat(jdbc.sql("SELECT unit_zh FROM data_element WHERE code = ?").param(code).query(String.class).single()).isEqualTo("人");
    }

    @Test
    void anElementKeptByTheProvinceOpensReadOnlyForACountysCoordinator() {
        demoUsers.login("keqiao.coordinator");
        ElementListView view = navigate(ElementListView.class);
        test(view.search).setValue("INDUCED_ABORTIONS");

        view.openEditor(row(view, "INDUCED_ABORTIONS"));
        ElementEditor editor = $(ElementEditor.class).single();

        assertThat(editor.nameZh.isReadOnly()).isTrue();
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.notice.getText()).isEqualTo("该数据元由其他地区维护，您只能查看");
    }

    @Test
    void institutionUsersCannotOpenThePage() {
        demoUsers.login("mch.staff");
        navigate("statistics/elements", Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();
    }

    private ElementSummary row(ElementListView view, String code) {
        List<ElementSummary> rows = IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
        return rows.stream().filter(r -> r.element().code().equals(code)).findFirst().orElseThrow();
    }
}
