package com.programdesk.statistics.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.testsupport.Typing;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statistics dashboard as the bureau, a viewer and a hospital use it, with the charts drawn on the server. The
 * tests' hospitals lie in 测试统计街道, a township of the tests' own below 乐清市.
 */
class DashboardPagesTest extends ViewTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    DashboardService dashboards;

    private long a;
    private long b;
    private long township;

    @BeforeEach
    void twoHospitalsReported() {
        List<Long> hospitals = fixture.twoHospitalsWithJanuaryAndFebruary2019();
        a = hospitals.get(0);
        b = hospitals.get(1);
        township = fixture.township(ReportFixture.TOWNSHIP, "测试统计街道");
    }

    @Test
    void theBureauFollowsAnIndicatorComparesHospitalsAndOpensOne() {
        demoUsers.login("coordinator");
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.program.getValue()).isNotNull();
        assertThat(view.shownArea().nameZh()).as("the program's area, the coordinator's own").isEqualTo("乐清市");
        assertThat(view.from.getValue()).as("the program's months, and at least a year of trend")
                .isBeforeOrEqualTo(Frequency.MONTHLY.periodStartOf(view.program.getValue().getPeriodStart()))
                .isBeforeOrEqualTo(view.to.getValue().minusMonths(11));
        assertThat(view.overview.trendChart).isNotNull();

        view.drillDownToArea(township);
        assertThat(view.breadcrumb.getElement().getTextRecursively()).contains("乐清市", "测试统计街道").doesNotContain("浙江省");
        choosePeriod(view, "2019-01", "2019-02");
        view.institutions.setValue(Set.of(summary(a), summary(b)));
        String trend = svg(view.overview.trendChart);
        assertThat(trend).startsWith("<svg").contains("测试统计街道", "测试甲医院", "测试乙医院", "2019-01", "2019-02")
                .contains("测试甲医院 · 2019-01：50‰（2 / 40）", "测试统计街道 · 2019-02：120‰（6 / 50）");

        test(view.granularity).selectItem("按季");
        assertThat(svg(view.overview.trendChart)).contains("2019Q1").doesNotContain("2019-02");
        test(view.indicator).selectItem("人工流产例数");
        assertThat(svg(view.overview.trendChart)).contains("测试甲医院 · 2019Q1：90");

        test(view.indicator).selectItem("重复流产率 (‰)");
        view.tabs.setSelectedIndex(1);
        ComparisonPanel comparison = view.comparison;
        String bars = svg(comparison.chart);
        assertThat(bars.indexOf("测试乙医院")).isLessThan(bars.indexOf("测试甲医院"));
        assertThat(bars).contains("data-id=\"" + a + "\"", "133.33‰");

        ElementListenerMap listeners = comparison.chart.getElement().getNode().getFeature(ElementListenerMap.class);
        listeners.fireEvent(new DomEvent(comparison.chart.getElement(), "click",
                JacksonUtils.createObjectNode().put(ComparisonPanel.BAR_ID, Long.toString(a))));
        InstitutionDashboardView page = (InstitutionDashboardView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo("测试甲医院");
        assertThat(page.from.getValue()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(page.charts.getChildren().count()).isEqualTo(fixture.catalog.offeredIndicators().size());
        assertThat(page.charts.getElement().getTextRecursively()).contains("重复流产率", "人工流产率");
    }

    @Test
    void theCompletenessHeatmapShowsEachHospitalsMonths() {
        demoUsers.login("coordinator");
        DashboardView view = navigate(DashboardView.class);
        choosePeriod(view, "2019-01", "2019-02");
        view.institutions.setValue(Set.of(summary(a), summary(b)));
        view.tabs.setSelectedIndex(2);

        String heatmap = svg(view.heatmap.chart);
        // filed through the services today, long after their due days: late, whatever their state
        assertThat(heatmap).contains("测试甲医院", "测试乙医院", "cell-LATE", "2019-02：迟报：", "应于 2019/3/5 前上报（已上报待审核）");
        assertThat(view.heatmap.pageInfo.getText()).isEqualTo("第 1–2 家，共 2 家");
        assertThat(view.heatmap.next.isEnabled()).isFalse();
    }

    @Test
    void aViewerIsToldWhySmallCountsAreNotShownAndNeverReceivesThem() {
        demoUsers.login("viewer");
        DashboardView view = navigate(DashboardView.class);
        choosePeriod(view, "2019-01", "2019-02");
        view.institutions.setValue(Set.of(summary(a)));

        assertThat($(Paragraph.class).withText("为保护个人隐私，小于 5 的数显示为“<5”，由这类数计算的比率显示为“—”。").exists()).isTrue();
        String trend = svg(view.overview.trendChart);
        assertThat(trend).contains("测试甲医院 · 2019-01：—（由小于 5 的数计算，不予显示）", "测试甲医院 · 2019-02：120‰（6 / 50）")
                .doesNotContain("（2 / 40）").doesNotContain("50‰");
    }

    @Test
    void aHospitalSeesItsOwnFiguresOnlyAndAnotherHospitalsPageDoesNotExist() {
        demoUsers.login("mch.staff");
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.institutions.isVisible()).isFalse();
        assertThat(view.tabs.getTabCount()).isEqualTo(2);
        assertThat(svg(view.overview.trendChart)).as("no area's line").doesNotContain("乐清市 · ").doesNotContain("全部地区");

        navigate("dashboard/institution/" + a, Component.class);
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();
        long mch = fixture.institutionId("YQ-MCH");
        InstitutionDashboardView own = navigate("dashboard/institution/" + mch, InstitutionDashboardView.class);
        assertThat(own.title.getText()).isEqualTo("乐清市妇幼保健院");
    }

    @Test
    void theBureauComparesTheTownshipsOfItsCountyAndDrillsDownFromABarAndFromAHeatmapRow() {
        demoUsers.login("coordinator");
        DashboardView view = navigate(DashboardView.class);
        choosePeriod(view, "2019-01", "2019-02");
        test(view.indicator).selectItem("重复流产率 (‰)");
        view.tabs.setSelectedIndex(1);
        String bars = svg(view.comparison.chart);
        assertThat(bars).as("乐清市's townships side by side").contains("data-id=\"area-" + township + "\"", "测试统计街道", "南塘镇");
        assertThat(view.comparison.caption.getText()).startsWith("乐清市的下级地区与直属机构");

        fire(view.comparison.chart, "area-" + township);
        assertThat(view.shownArea().id()).isEqualTo(township);
        assertThat(svg(view.comparison.chart)).as("the township's own hospitals now").contains("测试甲医院", "测试乙医院", "data-id=\"" + a + "\"");

        view.drillDownToArea(parentOf(township));
        assertThat(view.shownArea().nameZh()).as("back up to 乐清市").isEqualTo("乐清市");
        view.tabs.setSelectedIndex(2);
        assertThat(svg(view.heatmap.areaChart)).contains("测试统计街道", "data-id=\"area-" + township + "\"");
        fire(view.heatmap.areaChart, "area-" + township);
        assertThat(view.shownArea().id()).isEqualTo(township);
        assertThat(view.heatmap.pageInfo.getText()).endsWith("家");
    }

    @Test
    void aCoordinatorOfOneCountyCannotOpenAnotherCounty() {
        demoUsers.login("keqiao.coordinator");
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.shownArea().nameZh()).isEqualTo("柯桥区");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.drillDownToArea(township))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(view.shownArea().nameZh()).isEqualTo("柯桥区");
    }

    @Test
    void theBureauReadsAndEntersThePopulationOfItsAreas() {
        demoUsers.login("coordinator");
        DashboardView view = navigate(DashboardView.class);
        view.tabs.setSelectedIndex(3);
        roundTrip();
        PopulationPanel panel = view.population;
        int lastYear = java.time.LocalDate.now().getYear() - 1;
        int column = 1 + PopulationPanel.YEARS - 1 - 1;
        assertThat(test(panel.grid).getCellText(0, 0)).isEqualTo("乐清市");
        assertThat(test(panel.grid).getCellText(0, column)).as(lastYear + ": from 乐清市卫生健康局's approved yearly report")
                .isEqualTo("352,400 （报表）");

        view.drillDownToArea(township);
        assertThat(panel.area.getValue().nameZh()).isEqualTo("测试统计街道");
        Typing.type(panel.year, "2019");
        Typing.type(panel.value, "3.5");
        test(panel.save).click();
        assertThat(panel.value.isInvalid()).as("a decimal is refused at the field").isTrue();
        Typing.type(panel.year, "1999");
        Typing.type(panel.value, "8000");
        test(panel.save).click();
        assertThat(panel.year.isInvalid()).as("before 2000").isTrue();
    }

    private long parentOf(long areaId) {
        return jdbc.sql("SELECT parent_id FROM area WHERE id = :id").param("id", areaId).query(Long.class).single();
    }

    private static void fire(SvgChart chart, String id) {
        ElementListenerMap listeners = chart.getElement().getNode().getFeature(ElementListenerMap.class);
        listeners.fireEvent(new DomEvent(chart.getElement(), "click", JacksonUtils.createObjectNode().put(ComparisonPanel.BAR_ID, id)));
    }

    private void choosePeriod(DashboardView view, String from, String to) {
        test(view.from).selectItem(from);
        test(view.to).selectItem(to);
    }

    private InstitutionSummary summary(long id) {
        return dashboards.reportingInstitutions("", 0, 500).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    private static String svg(SvgChart chart) {
        return chart.markup();
    }
}
