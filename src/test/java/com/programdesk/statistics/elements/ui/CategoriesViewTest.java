package com.programdesk.statistics.elements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.Category;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;

/** The 分类 page keeps the categories elements are split by, and the element editor chooses one or two of them. */
class CategoriesViewTest extends ViewTest {

    @Test
    void aCoordinatorAddsACategoryWithItsOptionsOneLineEach() {
        demoUsers.login("coordinator");
        CategoryListView view = navigate(CategoryListView.class);
        assertThat(test(view.grid).size()).as("the seeded 年龄组, 婚姻状况, 人流原因 at least").isGreaterThanOrEqualTo(3);
        String code = TestData.unique("T_DELIVERY_").toUpperCase();
        String name = TestData.unique("分娩方式");

        test(view.add).click();
        CategoryEditor editor = $(CategoryEditor.class).single();
        test(editor.code).setValue(code);
        test(editor.nameZh).setValue(name);
        test(editor.nameEn).setValue("Mode of delivery");
        test(editor.options).setValue("VAGINAL");
        test(editor.save).click();
        assertThat(editor.options.getErrorMessage()).isEqualTo("每行应为：代码 中文名称 英文名称");
        assertThat(count("category WHERE code = '" + code + "'")).isZero();

        test(editor.options).setValue("VAGINAL 阴道分娩 vaginal delivery\nCAESAREAN | 剖宫产 | caesarean section");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存分类“" + name + "”");
        assertThat(jdbc.sql("SELECT o.name_en FROM category_option o JOIN category c ON c.id = o.category_id WHERE c.code = ? ORDER BY o.position")
                .param(code).query(String.class).list()).containsExactly("vaginal delivery", "caesarean section");
    }

    @Test
    void everyWrongFieldIsFlaggedAtOnceAndTheFixedOnesAreCleared() {
        demoUsers.login("coordinator");
        CategoryListView view = navigate(CategoryListView.class);
        test(view.add).click();
        CategoryEditor editor = $(CategoryEditor.class).single();
        test(editor.code).setValue("1-bad");
        test(editor.nameEn).setValue("Place of delivery");
        test(editor.options).setValue("HOSPITAL 医院 hospital\nHOSPITAL 家中 at home");
        test(editor.save).click();
        assertThat(editor.code.isInvalid()).isTrue();
        assertThat(editor.code.getErrorMessage()).isEqualTo("代码须以大写字母开头，只能包含大写字母、数字和下划线，长度为 2–40 位");
        assertThat(editor.nameZh.isInvalid()).isTrue();
        assertThat(editor.nameZh.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.nameEn.isInvalid()).isFalse();
        assertThat(editor.options.isInvalid()).isTrue();
        assertThat(editor.options.getErrorMessage()).isEqualTo("选项代码不能重复");
        assertThat(editor.isOpened()).isTrue();

        // a line that does not read is flagged together with the others; what was fixed is cleared
        String code = TestData.unique("T_PLACE_").toUpperCase();
        test(editor.code).setValue(code);
        test(editor.options).setValue("HOSPITAL");
        test(editor.save).click();
        assertThat(editor.code.isInvalid()).isFalse();
        assertThat(editor.nameZh.isInvalid()).isTrue();
        assertThat(editor.options.getErrorMessage()).isEqualTo("每行应为：代码 中文名称 英文名称");
        assertThat(count("category WHERE code = '" + code + "'")).isZero();

        test(editor.nameZh).setValue(TestData.unique("分娩地点"));
        test(editor.options).setValue("HOSPITAL 医院 hospital\nHOME 家中 at home");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(count("category WHERE code = '" + code + "'")).isEqualTo(1);
    }

    @Test
    void theElementEditorChoosesTheCategoriesAndNamesWhatIsRefusedAtTheField() {
        demoUsers.login("coordinator");
        ElementListView view = navigate(ElementListView.class);
        test(view.add).click();
        ElementEditor editor = $(ElementEditor.class).single();
        String code = TestData.unique("T_SPLIT_").toUpperCase();
        test(editor.code).setValue(code);
        test(editor.nameZh).setValue(TestData.unique("未婚人流例数（分年龄）"));
        test(editor.nameEn).setValue("Abortions by age and marital status");
        test(editor.unitZh).setValue("例");
        choose(editor.firstCategory, "AGE_GROUP");
        choose(editor.secondCategory, "AGE_GROUP");
        test(editor.save).click();
        assertThat(editor.secondCategory.getErrorMessage()).isEqualTo("两个分类不能相同");
        assertThat(count("data_element WHERE code LIKE '" + code + "%'")).isZero();

        choose(editor.secondCategory, "MARITAL_STATUS");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(count("data_element WHERE parent_id = (SELECT id FROM data_element WHERE code = '" + code + "') AND NOT retired"))
                .as("3 age groups × 2").isEqualTo(6);
        test(view.search).setValue(code);
        assertThat(test(view.grid).size()).as("the cells are kept with their element, not listed").isEqualTo(1);
    }

    private static void choose(ComboBox<Category> field, String code) {
        field.setValue(field.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst().orElseThrow());
    }
}
