package com.programdesk.statistics.forms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Coordinators and administrators keep the report forms on the 报表 page: a grid of forms with their version, and the editor. */
class ReportFormsViewTest extends ViewTest {

    @Test
    void aCoordinatorPutsElementsOnANewFormAndFindsItAsVersionOne() {
        demoUsers.login("coordinator");
        FormListView view = navigate(FormListView.class);
        String code = TestData.unique("EP_UI_").toUpperCase();
        String name = TestData.unique("早孕建卡月报表");
        long before = count("report_form");

        test(view.add).click();
        FormEditor editor = $(FormEditor.class).single();
        test(editor.code).setValue(code);
        test(editor.nameZh).setValue(name);
        test(editor.nameEn).setValue("Early-pregnancy registration (monthly)");
        test(editor.dueDay).setValue(10);
        test(editor.validFrom).setValue(LocalDate.of(2019, 4, 15));
        test(editor.save).click();
        assertThat(editor.element.getErrorMessage()).isEqualTo("报表至少需要一个数据元");

        test(editor.element).selectItem("EP_VISITS · 早孕门诊就诊人次");
        test(editor.addElement).click();
        test(editor.save).click();
        assertThat(editor.validFrom.getErrorMessage()).isEqualTo("请选择一个报告期的第一天作为生效期");
        assertThat(count("report_form")).as("nothing half-saved").isEqualTo(before);

        test(editor.validFrom).setValue(LocalDate.of(2019, 4, 1));
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("报表“" + name + "”已保存");
        test(view.search).setValue(code);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(name);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("10");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("第 1 版");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("2019-04");
    }

    @Test
    void theEditorOffersAreasWithinTheCoordinatorsOwnAndPreviewsHowManyInstitutionsFileTheForm() {
        demoUsers.login("wenzhou.coordinator");
        FormListView view = navigate(FormListView.class);
        test(view.add).click();
        FormEditor editor = $(FormEditor.class).single();
        assertThat(editor.assignedCount.getText()).isEqualTo("保存后共 0 家机构填报（含逐个指定的单位）");
        test(editor.assignedAreas).setFilter("绍兴");
        assertThat(test(editor.assignedAreas).getSuggestions()).as("outside the coordinator's 温州市").isEmpty();
        test(editor.assignedAreas).setFilter("温州");
        test(editor.assignedAreas).selectItem("温州市 · 330300");
        test(editor.assignedTypes).selectItem("乡镇卫生院");
        long centres = jdbc.sql("""
                SELECT COUNT(*) FROM institution i JOIN area a ON a.id = i.area_id
                WHERE i.active AND i.type = 'TOWNSHIP_HEALTH_CENTRE' AND a.path LIKE (SELECT CONCAT(w.path, '%') FROM area w WHERE w.code = '330300')""")
                .query(Long.class).single();
        assertThat(centres).isPositive();
        assertThat(editor.assignedCount.getText()).isEqualTo("保存后共 " + centres + " 家机构填报（含逐个指定的单位）");
    }

    @Test
    void theProvinceFormOpensReadOnlyForACitysCoordinator() {
        demoUsers.login("coordinator");
        FormListView view = navigate(FormListView.class);
        test(view.search).setValue("EARLY_PREGNANCY");
        assertThat(test(view.grid).getCellText(0, 5)).as("its only version applies to every period").isEqualTo("不限（自最初起）");

        view.openEditor(test(view.grid).getRow(0));

        FormEditor editor = $(FormEditor.class).single();
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.nameZh.isReadOnly()).isTrue();
        assertThat(editor.rows.getListDataView().getItemCount()).isGreaterThan(1);
    }
}
