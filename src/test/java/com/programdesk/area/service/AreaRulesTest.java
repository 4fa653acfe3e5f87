package com.programdesk.area.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.area.domain.AreaSummary;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestAreas;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The administrators keep the area tree: codes that fit their level and parent, moves that carry everything below. */
@ProgramDeskTest
class AreaRulesTest {

    @Autowired
    AreaService areas;
    @Autowired
    UserService users;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    TestAreas testAreas;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logOut() {
        demoUsers.logout();
    }

    @Test
    void aCodeMustFitItsLevelStartWithItsParentsDigitsAndBeFree() {
        demoUsers.login("admin");
        long wenzhou = testData.areaId("330300");
        long yueqing = testData.areaId("330382");
        long before = areaCount();

        refused(new Area("330482", AreaLevel.COUNTY, "平阳县", null, wenzhou), "code", "area.error.codePrefix");
        refused(new Area("330300", AreaLevel.COUNTY, "温州市本级", null, wenzhou), "code", "area.error.codeLevel");
        refused(new Area("330382", AreaLevel.COUNTY, "乐清市", null, wenzhou), "code", "area.error.codeTaken");
        refused(new Area("330382", AreaLevel.TOWNSHIP, "仙溪镇", null, yueqing), "code", "area.error.codeFormatTownship");
        refused(new Area("330381102000", AreaLevel.TOWNSHIP, "仙溪镇", null, yueqing), "code", "area.error.codePrefix");
        refused(new Area("330300102000", AreaLevel.TOWNSHIP, "仙溪镇", null, wenzhou), "parentId", "area.error.levelUnderParent");
        refused(new Area("330382102000", AreaLevel.TOWNSHIP, " ", null, yueqing), "nameZh", "validation.required");

        assertThat(areaCount()).isEqualTo(before);
    }

    @Test
    void anAreaCannotBeMovedBelowItself() {
        demoUsers.login("admin");
        Area yueqing = areas.find(testData.areaId("330382")).orElseThrow();
        yueqing.setParentId(testData.areaId("330382108000"));

        refused(yueqing, "parentId", "area.error.cycle");

        assertThat(areas.find(testData.areaId("330382")).orElseThrow().getParentId()).isEqualTo(testData.areaId("330300"));
    }

    @Test
    void movingACountyCarriesItsTownshipsWithTheirPathsAndTheNewDigits() {
        Area from = testAreas.city();
        Area to = testAreas.city();
        Area county = testAreas.county(from);
        Area township = testAreas.township(county);
        demoUsers.login("admin");

        Area moved = areas.find(county.getId()).orElseThrow();
        moved.setParentId(to.getId());
        moved.setCode(to.getCode().substring(0, 4) + county.getCode().substring(4));
        areas.save(moved);

        Area countyNow = areas.find(county.getId()).orElseThrow();
        Area townshipNow = areas.find(township.getId()).orElseThrow();
        assertThat(countyNow.getPath()).isEqualTo(to.getPath() + county.getId() + "/");
        assertThat(townshipNow.getPath()).isEqualTo(countyNow.getPath() + township.getId() + "/");
        assertThat(townshipNow.getCode()).isEqualTo(countyNow.getCode() + township.getCode().substring(6));
        assertThat(areas.idsUnder(to.getPath())).contains(county.getId(), township.getId());
        assertThat(areas.idsUnder(from.getPath())).doesNotContain(county.getId(), township.getId());
        assertThat(areas.lineage(township.getId())).extracting(AreaSummary::id)
                .containsExactly(testAreas.province().getId(), to.getId(), county.getId(), township.getId());
    }

    @Test
    void anAreaWithActiveAreasBelowStaysActiveAndAnAreaUnderADeactivatedOneCannotComeBack() {
        Area county = testAreas.county(testAreas.city());
        Area township = testAreas.township(county);
        demoUsers.login("admin");

        assertThatThrownBy(() -> areas.setActive(county, false)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("area.error.activeChildren");

        Area closed = areas.setActive(township, false);
        assertThat(closed.isActive()).isFalse();
        assertThat(closed.getValidTo()).isNotNull();
        Area countyClosed = areas.setActive(areas.find(county.getId()).orElseThrow(), false);
        assertThatThrownBy(() -> areas.setActive(closed, true)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("area.error.parentInactive");
        assertThat(areas.setActive(countyClosed, true).isActive()).isTrue();
        assertThat(areas.setActive(closed, true).getValidTo()).isNull();
    }

    @Test
    void anAdministratorBoundToAnAreaKeepsOnlyWhatLiesBelowIt() {
        Area city = testAreas.city();
        Area otherCity = testAreas.city();
        String username = TestData.unique("areaadmin");
        demoUsers.as("admin", () -> {
            AppUser admin = new AppUser(username, "区划管理员", Role.ADMIN, null);
            admin.setAreaId(city.getId());
            users.create(admin, "A-good-passphrase");
        });
        demoUsers.login(username);

        Area county = areas.save(new Area(testData.freeAreaCode(city.getCode()), AreaLevel.COUNTY, TestData.unique("自管县"), null, city.getId()));
        assertThat(county.getPath()).startsWith(city.getPath());
        assertThatThrownBy(() -> areas.save(new Area(testData.freeAreaCode(otherCity.getCode()), AreaLevel.COUNTY, "别处县", null,
                otherCity.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThat(areas.search(county.getNameZh(), false, city.getId(), 0, 10)).extracting(AreaSummary::id).containsExactly(county.getId());
        assertThat(areas.countSearch(county.getNameZh(), false, otherCity.getId())).isZero();
        assertThat(areas.ownArea()).map(AreaSummary::id).contains(city.getId());
    }

    private void refused(Area area, String field, String messageKey) {
        assertThatThrownBy(() -> areas.save(area)).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private long areaCount() {
        return jdbc.sql("SELECT COUNT(*) FROM area").query(Long.class).single();
    }
}
