package com.programdesk.area.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.TestAreas;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators browse the area tree as it is expanded, search it, and keep it through the editor. */
class AreaTreeViewTest extends ViewTest {

    @Autowired
    AreaService areas;
    @Autowired
    UserService users;
    @Autowired
    TestAreas testAreas;

    @Test
    void theTreeOpensOneLevelAtATimeDownToTheTownships() {
        demoUsers.login("admin");
        AreaListView view = navigate(AreaListView.class);
        int provinces = areas.countChildren(null, false);

        assertThat(test(view.tree).size()).isEqualTo(provinces);
        AreaSummary zhejiang = row(view.tree, "浙江省");
        view.tree.expand(zhejiang);
        assertThat(test(view.tree).size()).isEqualTo(provinces + areas.countChildren(zhejiang.id(), false));
        AreaSummary wenzhou = row(view.tree, "温州市");
        view.tree.expand(wenzhou);
        AreaSummary yueqing = row(view.tree, "乐清市");
        assertThat(names(view.tree)).doesNotContain("虹桥镇");
        view.tree.expand(yueqing);

        assertThat(names(view.tree)).contains("虹桥镇", "南塘镇", "柳市镇");
        int hongqiao = names(view.tree).indexOf("虹桥镇");
        assertThat(test(view.tree).getCellText(hongqiao, 1)).isEqualTo("330382108000");
        assertThat(test(view.tree).getCellText(hongqiao, 2)).isEqualTo("乡镇（街道）");
        assertThat(names(view.tree)).doesNotContain("齐贤街道");
    }

    @Test
    void searchingByNameListsTheMatchesWithTheWayDownToEach() {
        demoUsers.login("admin");
        AreaListView view = navigate(AreaListView.class);

        test(view.search).setValue("虹桥");

        assertThat(view.tree.isVisible()).isFalse();
        assertThat(view.matches.isVisible()).isTrue();
        int row = names(view.matches).indexOf("虹桥镇");
        assertThat(row).isGreaterThanOrEqualTo(0);
        assertThat(test(view.matches).getCellText(row, 1)).isEqualTo("浙江省 / 温州市 / 乐清市");

        test(view.search).setValue("330603");
        assertThat(names(view.matches)).contains("柯桥区", "齐贤街道");
    }

    @Test
    void aTownshipWhoseCodeDoesNotStartWithItsCountysIsRefusedAtTheCodeField() {
        demoUsers.login("admin");
        AreaListView view = navigate(AreaListView.class);
        test(view.search).setValue("乐清市");
        test(view.matches).select(names(view.matches).indexOf("乐清市"));
        long before = count("area");

        test(view.addChild).click();
        AreaEditor editor = $(AreaEditor.class).single();
        assertThat(editor.code.getValue()).isEqualTo("330382");
        assertThat(editor.parent.getValue()).isEqualTo(testData.areaId("330382"));
        test(editor.code).setValue("330381109000");
        test(editor.nameZh).setValue("错位镇");
        test(editor.save).click();

        assertThat(editor.code.getErrorMessage()).isEqualTo("代码须以上级区划的代码开头");
        assertThat(editor.isOpened()).isTrue();
        assertThat(count("area")).isEqualTo(before);
    }

    @Test
    void aNewTownshipIsSavedBelowItsCountyAndShownWhenTheCountyIsOpened() {
        Area county = testAreas.county(testAreas.city());
        String code = testData.freeAreaCode(county.getCode());
        demoUsers.login("admin");
        AreaListView view = navigate(AreaListView.class);
        view.openNewChild(AreaSummary.of(county));

        AreaEditor editor = $(AreaEditor.class).single();
        test(editor.code).setValue(code);
        test(editor.nameZh).setValue("新设镇");
        test(editor.nameEn).setValue("Xinshe Town");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存区划“新设镇”");
        Area saved = areas.find(testData.areaId(code)).orElseThrow();
        assertThat(saved.getParentId()).isEqualTo(county.getId());
        assertThat(saved.getPath()).isEqualTo(county.getPath() + saved.getId() + "/");
        test(view.search).setValue(code);
        assertThat(names(view.matches)).containsExactly("新设镇");
    }

    @Test
    void movingACountyIsChoosingItsNewCityInThePickerAndTheCodeFollows() {
        Area from = testAreas.city();
        Area to = testAreas.city();
        Area county = testAreas.county(from);
        demoUsers.login("admin");
        AreaListView view = navigate(AreaListView.class);
        view.openEditor(county);
        AreaEditor editor = $(AreaEditor.class).single();

        editor.parent.open();
        AreaPickerDialog picker = $(AreaPickerDialog.class).single();
        test(picker.search).setValue(to.getNameZh());
        test(picker.matches).select(0);
        test(picker.select).click();

        String expected = to.getCode().substring(0, 4) + county.getCode().substring(4);
        assertThat(editor.parent.getValue()).isEqualTo(to.getId());
        assertThat(editor.code.getValue()).isEqualTo(expected);
        test(editor.save).click();

        Area moved = areas.find(county.getId()).orElseThrow();
        assertThat(moved.getParentId()).isEqualTo(to.getId());
        assertThat(moved.getCode()).isEqualTo(expected);
        assertThat(moved.getPath()).isEqualTo(to.getPath() + county.getId() + "/");
    }

    @Test
    void anAreaWithInstitutionsCannotBeDeactivatedAndTheEditorSaysWhy() {
        demoUsers.login("admin");
        AreaListView view = navigate(AreaListView.class);
        view.openEditor(areas.find(testData.areaId("330382108000")).orElseThrow());
        AreaEditor editor = $(AreaEditor.class).single();

        editor.toggleActive();

        assertThat(editor.activeMessage.isVisible()).isTrue();
        assertThat(editor.activeMessage.getText()).isEqualTo("该区划及其下级仍有机构，请先迁移或停用这些机构");
        assertThat(editor.isOpened()).isTrue();
        assertThat(areas.isActive(testData.areaId("330382108000"))).isTrue();
    }

    @Test
    void anAdministratorBoundToACitySeesTheTreeFromThatCityDown() {
        Area city = testAreas.city();
        Area county = testAreas.county(city);
        String username = TestData.unique("cityadmin");
        demoUsers.as("admin", () -> {
            AppUser admin = new AppUser(username, "市级管理员", Role.ADMIN, null);
            admin.setAreaId(city.getId());
            users.create(admin, "A-good-passphrase");
        });
        demoUsers.login(username);

        AreaListView view = navigate(AreaListView.class);

        assertThat(names(view.tree)).containsExactly(city.getNameZh(), county.getNameZh());
        assertThat(view.addProvince.isVisible()).isFalse();
        test(view.tree).select(0);
        assertThat(view.edit.isEnabled()).isFalse();
        assertThat(view.addChild.isEnabled()).isTrue();
        test(view.search).setValue("乐清");
        assertThat(test(view.matches).size()).isZero();
    }

    private static AreaSummary row(Grid<AreaSummary> grid, String name) {
        return rows(grid).stream().filter(a -> a.nameZh().equals(name)).findFirst().orElseThrow();
    }

    private static List<AreaSummary> rows(Grid<AreaSummary> grid) {
        var tester = new com.vaadin.flow.component.grid.GridTester<>(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private static List<String> names(Grid<AreaSummary> grid) {
        return rows(grid).stream().map(AreaSummary::nameZh).toList();
    }
}
