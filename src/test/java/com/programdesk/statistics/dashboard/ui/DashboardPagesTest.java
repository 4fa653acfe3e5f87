package com.programdesk.statistics.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.programdesk.statistics.reporting.service.ReportFixture;
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

/** The statistics dashboard as the bureau, a viewer and a hospital use it, with the charts drawn on the server. */
class DashboardPagesTest extends ViewTest {

    @Autowired
    ReportFixture fixture;
    @Autowired
    DashboardService dashboards;

    private long a;
    private long b;

    @BeforeEach
    void twoHospitalsReported() {
        List<Long> hospitals = fixture.twoHospitalsWithJanuaryAndFebruary2019();
        a = hospitals.get(0);
        b = hospitals.get(1);
    }

    @Test
    void theBureauFollowsAnIndicatorComparesHospitalsAndOpensOne() {
        demoUsers.login("coordinator");
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.program.getValue()).isNotNull();
        assertThat(view.from.getValue()).as("the program's months, and at least a year of trend")
                .isBeforeOrEqualTo(Frequency.MONTHLY.periodStartOf(view.program.getValue().getPeriodStart()))
                .isBeforeOrEqualTo(view.to.getValue().minusMonths(11));
        assertThat(view.overview.trendChart).isNotNull();

        choosePeriod(view, "2019-01", "2019-02");
        view.institutions.setValue(Set.of(summary(a), summary(b)));
        String trend = svg(view.overview.trendChart);
        assertThat(trend).startsWith("<svg").contains("全市", "测试甲医院", "测试乙医院", "2019-01", "2019-02")
                .contains("测试甲医院 · 2019-01：50‰（2 / 40）", "全市 · 2019-02：120‰（6 / 50）");

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
        assertThat(page.charts.getChildren().count()).isEqualTo(fixture.catalog.indicators().size());
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
        assertThat(svg(view.overview.trendChart)).doesNotContain("全市");

        navigate("dashboard/institution/" + a, Component.class);
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();
        long mch = fixture.institutionId("YQ-MCH");
        InstitutionDashboardView own = navigate("dashboard/institution/" + mch, InstitutionDashboardView.class);
        assertThat(own.title.getText()).isEqualTo("乐清市妇幼保健院");
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
