package com.programdesk.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.area.domain.Area;
import com.programdesk.area.service.AreaService;
import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.TestAreas;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bureau, viewer and administrator accounts may be bound to an area; staff of institutions are not. */
class UserAreaViewTest extends ViewTest {

    @Autowired
    UserService users;
    @Autowired
    AreaService areas;
    @Autowired
    TestAreas testAreas;

    @Test
    void theAreaFieldIsOfferedForBureauRolesOnly() {
        demoUsers.login("admin");
        navigate(UserListView.class);
        clickButton("新建用户");
        UserEditor editor = $(UserEditor.class).single();

        test(editor.role).selectItem("卫健局协调员");
        assertThat(editor.area.isVisible()).isTrue();
        assertThat(editor.institution.isVisible()).isFalse();
        test(editor.role).selectItem("机构人员");
        assertThat(editor.area.isVisible()).isFalse();
        assertThat(editor.institution.isVisible()).isTrue();
    }

    @Test
    void aCoordinatorIsBoundToAnAreaThroughTheEditor() {
        String username = TestData.unique("county.coordinator");
        demoUsers.login("admin");
        navigate(UserListView.class);
        clickButton("新建用户");
        UserEditor editor = $(UserEditor.class).single();

        test(editor.username).setValue(username);
        test(editor.displayName).setValue("县卫健局协调员");
        test(editor.role).selectItem("卫健局协调员");
        editor.area.setValue(testData.areaId("330382"));
        test(editor.password).setValue("Coordinator-2024!");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(users.find(testData.userId(username)).orElseThrow().getAreaId()).isEqualTo(testData.areaId("330382"));
    }

    @Test
    void anAccountBoundToADeactivatedAreaIsRefusedAtTheAreaField() {
        Area township = testAreas.township(testAreas.county(testAreas.city()));
        String username = TestData.unique("township.viewer");
        AppUser created = demoUsers.as("admin", () -> {
            AppUser viewer = new AppUser(username, "乡镇督导员", Role.VIEWER, null);
            viewer.setAreaId(township.getId());
            return users.create(viewer, "A-good-passphrase");
        });
        demoUsers.as("admin", () -> areas.setActive(township, false));
        demoUsers.login("admin");
        UserListView view = navigate(UserListView.class);
        view.openEditor(users.find(created.getId()).orElseThrow());
        UserEditor editor = $(UserEditor.class).single();
        assertThat(editor.area.isVisible()).isTrue();

        test(editor.displayName).setValue("乡镇督导员（改）");
        test(editor.save).click();

        assertThat(editor.area.getErrorMessage()).isEqualTo("所选区划已停用");
        assertThat(editor.isOpened()).isTrue();
        assertThat(users.find(created.getId()).orElseThrow().getDisplayName()).isEqualTo("乡镇督导员");
    }
}
