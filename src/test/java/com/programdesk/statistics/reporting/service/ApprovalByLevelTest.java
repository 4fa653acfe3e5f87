package com.programdesk.statistics.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportFilter;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.workflow.domain.WorkflowTransition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A form approved level by level (county, then city), as in DHIS2: a hospital of 柯桥区 files it;
 * 柯桥区's coordinator approves for the county, 绍兴市's for the city.
 */
@ProgramDeskTest
class ApprovalByLevelTest {

    private static final String FORM = "T_LEVELS";

    @Autowired
    ReportService reports;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    InstitutionService institutions;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    private long form;
    private long hospital;

    @BeforeEach
    void aFormApprovedByCountyThenCityAndAHospitalOfKeqiao() {
        form = jdbc.sql("SELECT id FROM report_form WHERE code = :code").param("code", FORM).query(Long.class).optional().orElseGet(() -> {
            jdbc.sql("""
                    INSERT INTO report_form (code, name_zh, name_en, frequency, due_day, active, position)
                    VALUES (:code, '逐级审核测试表', 'Approval by level test form', 'MONTHLY', 5, TRUE, 999)""").param("code", FORM).update();
            long id = jdbc.sql("SELECT id FROM report_form WHERE code = :code").param("code", FORM).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO report_form_element (report_form_id, data_element_id, position)
                    SELECT :form, id, 1 FROM data_element WHERE code = 'FREE_CONDOMS'""").param("form", id).update();
            return id;
        });
        demoUsers.as("admin", () -> catalog.setApprovalLevels(form, List.of(AreaLevel.COUNTY, AreaLevel.CITY)));
        hospital = testData.findInstitutionId("T-LV-KQ").orElseGet(() -> demoUsers.as("admin", () -> {
            Institution created = new Institution("逐级审核测试医院", "T-LV-KQ", InstitutionType.GENERAL_HOSPITAL);
            created.setAreaId(testData.areaId("330603"));
            long id = institutions.save(created).getId();
            catalog.assign(form, List.of(id));
            return id;
        }));
    }

    @Test
    void theCountyApprovesFirstThenTheCityAndOnlyThenTheValuesCount() {
        StatReport submitted = submitted(LocalDate.of(2019, 3, 1));

        StatReport county = demoUsers.as("keqiao.coordinator", () -> reports.approve(submitted, "县区审核通过"));
        assertThat(county.getStatus()).isEqualTo(ReportStatus.LEVEL_APPROVED);
        assertThat(county.getApprovedLevel()).isEqualTo(AreaLevel.COUNTY);
        assertThat(facts(county)).isZero();
        assertThat(demoUsers.as("keqiao.coordinator", () -> reports.mayApprove(county))).isFalse();
        assertThatThrownBy(() -> demoUsers.as("keqiao.coordinator", () -> reports.approve(county, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statistics.error.approvalWaitsForLevelAbove"));
        assertThat(demoUsers.as("shaoxing.coordinator", () -> reports.mayApprove(county))).isTrue();
        assertThat(waitingInTheBell("shaoxing.coordinator", county)).as("the city hears the report waits for it").isEqualTo(1);
        assertThat(waitingInTheBell("keqiao.coordinator", county)).as("the county's own notice is settled").isZero();

        StatReport city = demoUsers.as("shaoxing.coordinator", () -> reports.approve(county, null));
        assertThat(city.getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(city.getApprovedLevel()).isNull();
        assertThat(facts(city)).isEqualTo(1);
        assertThat(demoUsers.as("keqiao.coordinator", () -> reports.timeline(city.getId())).stream().map(WorkflowTransition::toState))
                .containsExactly("DRAFT", "SUBMITTED", "LEVEL_APPROVED", "APPROVED");
    }

    @Test
    void theCityApprovingASubmittedReportApprovesBothLevelsAtOnce() {
        StatReport submitted = submitted(LocalDate.of(2019, 4, 1));

        StatReport approved = demoUsers.as("shaoxing.coordinator", () -> reports.approve(submitted, null));

        assertThat(approved.getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(facts(approved)).isEqualTo(1);
    }

    @Test
    void theCityReturnsACountyApprovedReportToTheHospitalAndTheCountySeesWhy() {
        StatReport submitted = submitted(LocalDate.of(2019, 5, 1));
        StatReport county = demoUsers.as("keqiao.coordinator", () -> reports.approve(submitted, null));
        assertThat(demoUsers.as("shaoxing.coordinator", () -> reports.search(new ReportFilter(form, hospital, ReportStatus.SUBMITTED, null, null), 0, 50))
                .stream().map(r -> r.id())).contains(county.getId());
        assertThat(demoUsers.as("shaoxing.coordinator", () -> reports.search(new ReportFilter(form, hospital, ReportStatus.SUBMITTED, null, null), 0, 50))
                .stream().filter(r -> r.id() == county.getId()).findFirst().orElseThrow().approvedLevel()).isEqualTo(AreaLevel.COUNTY);

        StatReport returned = demoUsers.as("shaoxing.coordinator", () -> reports.returnReport(county, "免费避孕套数量与库存台账不符"));

        assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.getApprovedLevel()).isNull();
        List<WorkflowTransition> seenByCounty = demoUsers.as("keqiao.coordinator", () -> reports.timeline(returned.getId()));
        assertThat(seenByCounty.getLast().toState()).isEqualTo("RETURNED");
        assertThat(seenByCounty.getLast().note()).isEqualTo("免费避孕套数量与库存台账不符");
        assertThat(seenByCounty.getLast().actor()).isEqualTo("shaoxing.coordinator");
    }

    @Test
    void completenessCountsTheReportsWaitingAtTheCityApart() {
        LocalDate month = LocalDate.of(2019, 6, 1);
        StatReport submitted = submitted(month);
        StatReport county = demoUsers.as("keqiao.coordinator", () -> reports.approve(submitted, null));
        assertThat(levelApproved(month)).isEqualTo(1);

        demoUsers.as("shaoxing.coordinator", () -> reports.approve(county, null));
        assertThat(levelApproved(month)).isZero();
    }

    @Test
    void levelsAreListedOnceFromTheBottomUp() {
        assertThatThrownBy(() -> demoUsers.as("admin", () -> catalog.setApprovalLevels(form, List.of(AreaLevel.CITY, AreaLevel.COUNTY))))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statistics.error.approvalLevelsOrder"));
        assertThat(demoUsers.as("admin", () -> catalog.form(form)).orElseThrow().approvalLevels())
                .containsExactly(AreaLevel.COUNTY, AreaLevel.CITY);
    }

    private StatReport submitted(LocalDate month) {
        return demoUsers.as("keqiao.coordinator", () -> reports.submit(reports.open(form, hospital, month),
                Map.of("FREE_CONDOMS", new ReportCell(120L, null))));
    }

    private int facts(StatReport report) {
        return jdbc.sql("SELECT COUNT(*) FROM stat_fact WHERE institution_id = :institution AND period_start = :period")
                .param("institution", report.getInstitutionId()).param("period", report.getPeriodStart()).query(Integer.class).single();
    }

    private int waitingInTheBell(String username, StatReport report) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification WHERE user_id = :user AND kind = 'REPORT_SUBMITTED' AND read_at IS NULL
                  AND dedupe_key LIKE :key""")
                .param("user", testData.userId(username)).param("key", "REPORT_SUBMITTED:R" + report.getId() + ":%").query(Integer.class).single();
    }

    private int levelApproved(LocalDate month) {
        return jdbc.sql("SELECT level_approved FROM stat_completeness WHERE report_form_id = :form AND period_start = :month")
                .param("form", form).param("month", month).query(Integer.class).single();
    }
}
