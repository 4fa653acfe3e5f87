package com.programdesk.institution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators and coordinators keep the institution directory through the grid and its editor. */
class InstitutionManagementTest extends ViewTest {

    @Autowired
    InstitutionService institutions;

    @Test
    void adminCreatesAnInstitutionAndFindsItInTheGrid() {
        demoUsers.login("admin");
        InstitutionListView view = navigate(InstitutionListView.class);

        clickButton("新建机构");
        InstitutionEditor editor = $(InstitutionEditor.class).single();
        test(editor.nameZh).setValue("乐清市大荆镇中心卫生院");
        test(editor.shortName).setValue("大荆卫生院");
        test(editor.code).setValue("yq-dj-hc");
        test(editor.type).selectItem("乡镇卫生院");
        test(editor.parent).selectItem("乐清市卫生健康局 (YQ-HB)");
        test(editor.township).setValue("大荆镇");
        editor.area.setValue(testData.areaId("330382101000"));
        test(editor.contactPhone).setValue("13857712345");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存机构“乐清市大荆镇中心卫生院”");
        assertThat(jdbc.sql("SELECT code FROM institution WHERE name_zh = '乐清市大荆镇中心卫生院'").query(String.class).single())
                .isEqualTo("YQ-DJ-HC");

        test($(TextField.class).withAriaLabel("搜索名称、简称或代码").single()).setValue("大荆镇中心");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).getCode()).isEqualTo("YQ-DJ-HC");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("138****2345");
    }

    @Test
    void eachInvalidFieldShowsItsMessageAndNothingIsSaved() {
        demoUsers.login("coordinator");
        navigate(InstitutionListView.class);
        clickButton("新建机构");
        InstitutionEditor editor = $(InstitutionEditor.class).single();
        long before = count("institution");

        test(editor.save).click();
        assertThat(editor.nameZh.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.code.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.type.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.area.getErrorMessage()).isEqualTo("此项为必填项");

        test(editor.nameZh).setValue("乐清市妇幼保健院");
        test(editor.code).setValue("-BAD CODE");
        test(editor.contactPhone).setValue("12345");
        test(editor.address).setValue("地".repeat(Institution.ADDRESS_MAX + 1));
        test(editor.save).click();
        assertThat(editor.nameZh.getErrorMessage()).isEqualTo("已有同名机构");
        assertThat(editor.code.getErrorMessage()).isEqualTo("机构代码只能包含大写字母、数字和连字符，且不能以连字符开头");
        assertThat(editor.contactPhone.getErrorMessage()).isEqualTo("请输入有效的手机号（11 位）或带区号的座机号码");
        assertThat(editor.address.getErrorMessage()).isEqualTo("最多 " + Institution.ADDRESS_MAX + " 个字符");

        test(editor.code).setValue("YQ-MCH");
        test(editor.save).click();
        assertThat(editor.code.getErrorMessage()).isEqualTo("该机构代码已被使用");

        assertThat(editor.isOpened()).isTrue();
        assertThat(count("institution")).isEqualTo(before);
    }

    @Test
    void choosingADescendantAsParentIsRefusedAsACycle() {
        demoUsers.login("admin");
        InstitutionListView view = navigate(InstitutionListView.class);
        Institution association = institutions.find(testData.institutionId("YQ-FPA")).orElseThrow();
        view.openEditor(association);
        InstitutionEditor editor = $(InstitutionEditor.class).single();

        test(editor.parent).selectItem("乐清市南塘镇计划生育协会 (YQ-FPA-NT)");
        test(editor.save).click();

        assertThat(editor.parent.getErrorMessage()).isEqualTo("不能选择本机构的下级机构作为上级，否则会形成循环");
        assertThat(jdbc.sql("SELECT parent_id FROM institution WHERE code = 'YQ-FPA'").query(Long.class).optional()).isEmpty();
    }

    @Test
    void savingOverSomeoneElsesChangeExplainsTheConflictAndKeepsTheirChange() {
        demoUsers.login("shaoxing.coordinator"); // the Shaoxing MCH hospital is kept by the bureau of 绍兴市
        InstitutionListView view = navigate(InstitutionListView.class);
        Institution opened = institutions.find(testData.institutionId("SX-MCH")).orElseThrow();
        view.openEditor(opened);
        InstitutionEditor editor = $(InstitutionEditor.class).single();

        Institution meanwhile = institutions.find(testData.institutionId("SX-MCH")).orElseThrow();
        meanwhile.setContactPerson("同事先改的联系人");
        institutions.save(meanwhile);

        test(editor.contactPerson).setValue("我后改的联系人");
        test(editor.save).click();

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.conflict.getText()).contains("已被其他用户修改");
        assertThat(jdbc.sql("SELECT contact_person FROM institution WHERE code = 'SX-MCH'").query(String.class).single())
                .isEqualTo("同事先改的联系人");
    }

    @Test
    void viewerBrowsesTheDirectoryButCannotCreateOrEdit() {
        demoUsers.login("viewer");
        InstitutionListView view = navigate(InstitutionListView.class);

        assertThat($(Button.class).withText("新建机构").exists()).isFalse();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(13);
        test(view.grid).clickRow(0);
        InstitutionEditor editor = $(InstitutionEditor.class).single();
        assertThat(editor.nameZh.isReadOnly()).isTrue();
        assertThat(editor.save.isAttached()).isFalse();
    }
}
