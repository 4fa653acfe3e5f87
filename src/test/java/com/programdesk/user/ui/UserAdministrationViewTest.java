package com.programdesk.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/** The administrator creates accounts; every rule on the form is explained at its field. */
class UserAdministrationViewTest extends ViewTest {

    @Test
    void adminCreatesAnInstitutionUserBoundToTheirHospital() {
        demoUsers.login("admin");
        navigate(UserListView.class);
        clickButton("新建用户");
        UserEditor editor = $(UserEditor.class).single();

        test(editor.username).setValue("h2.nurse");
        test(editor.displayName).setValue("王护士长");
        test(editor.role).selectItem("机构人员");
        test(editor.institution).selectItem("乐清市第二人民医院 (YQ-H2)");
        test(editor.password).setValue("Hospital-2024!");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("""
                SELECT i.code FROM app_user u JOIN institution i ON i.id = u.institution_id
                WHERE u.username = 'h2.nurse' AND u.role = 'INSTITUTION'""").query(String.class).single()).isEqualTo("YQ-H2");
    }

    @Test
    void invalidAccountDetailsAreExplainedAtEachFieldAndNothingIsSaved() {
        demoUsers.login("admin");
        navigate(UserListView.class);
        clickButton("新建用户");
        UserEditor editor = $(UserEditor.class).single();
        long before = count("app_user");

        test(editor.username).setValue("Bad Name");
        test(editor.role).selectItem("机构人员");
        test(editor.password).setValue("short");
        test(editor.save).click();
        assertThat(editor.username.getErrorMessage()).startsWith("用户名须以小写字母开头");
        assertThat(editor.displayName.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.institution.getErrorMessage()).isEqualTo("机构人员和计生协工作人员必须绑定一个机构");
        assertThat(editor.password.getErrorMessage()).isEqualTo("密码至少需要 10 个字符");

        test(editor.username).setValue("coordinator");
        test(editor.password).setValue("my-coordinator-pw");
        test(editor.save).click();
        assertThat(editor.username.getErrorMessage()).isEqualTo("该用户名已被使用");
        assertThat(editor.password.getErrorMessage()).isEqualTo("密码不能包含用户名");

        assertThat(editor.isOpened()).isTrue();
        assertThat(count("app_user")).isEqualTo(before);
    }
}
