package com.programdesk.testsupport;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.area.service.AreaService;
import org.springframework.stereotype.Component;

/**
 * Areas of the tests' own: a province 测试省 (990000) created once per run, and below it cities,
 * counties and townships each test makes for itself with free codes and unique names, so no test
 * changes the demo's tree.
 */
@Component
public class TestAreas {

    public static final String PROVINCE_CODE = "990000";

    private final AreaService areas;
    private final DemoUsers demoUsers;
    private final TestData testData;

    TestAreas(AreaService areas, DemoUsers demoUsers, TestData testData) {
        this.areas = areas;
        this.demoUsers = demoUsers;
        this.testData = testData;
    }

    /** 测试省, created by the first test that asks for it. */
    public synchronized Area province() {
        return demoUsers.as("admin", () -> testData.findAreaId(PROVINCE_CODE).flatMap(areas::find)
                .orElseGet(() -> areas.save(new Area(PROVINCE_CODE, AreaLevel.PROVINCE, "测试省", "Test Province", null))));
    }

    public Area city() {
        return below(province(), "测试市");
    }

    public Area county(Area city) {
        return below(city, "测试县");
    }

    public Area township(Area county) {
        return below(county, "测试镇");
    }

    /** A new area right below {@code parent}, with a free code and a name from {@code prefix}. */
    public synchronized Area below(Area parent, String prefix) {
        return demoUsers.as("admin", () -> areas.save(new Area(testData.freeAreaCode(parent.getCode()), parent.getLevel().below(),
                TestData.unique(prefix), null, parent.getId())));
    }

    /** The area as it is stored now. */
    public Area reload(Area area) {
        return demoUsers.as("admin", () -> areas.find(area.getId()).orElseThrow());
    }
}
