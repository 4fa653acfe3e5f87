package com.programdesk.statistics.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.reporting.domain.CompletenessCell;
import com.programdesk.statistics.reporting.domain.CompletenessTally;
import com.programdesk.statistics.reporting.domain.InstitutionCompleteness;
import com.programdesk.statistics.reporting.domain.PeriodCompleteness;
import com.programdesk.statistics.reporting.domain.Timeliness;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Completeness and timeliness of a monthly form due on the 5th, filed by four institutions. A form of
 * its own (not active, so nobody is asked to file it) keeps the figures apart from the demo's reports.
 */
@ProgramDeskTest
class CompletenessTest {

    private static final LocalDate MARCH = LocalDate.of(2019, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2019, 4, 1);
    /** March is due on 5 April. */
    private static final LocalDate MARCH_DUE = LocalDate.of(2019, 4, 5);

    @Autowired
    CompletenessService completeness;
    @Autowired
    ReportService reports;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    private long form;

    @BeforeEach
    void fourInstitutionsFileATestForm() {
        form = jdbc.sql("SELECT id FROM report_form WHERE code = 'TEST_COMPLETENESS'").query(Long.class).optional().orElseGet(() -> {
            jdbc.sql("""
                    INSERT INTO report_form (code, name_zh, name_en, frequency, due_day, active, position)
                    VALUES ('TEST_COMPLETENESS', '报送情况测试表', 'Completeness test form', 'MONTHLY', 5, FALSE, 99)""").update();
            long id = jdbc.sql("SELECT id FROM report_form WHERE code = 'TEST_COMPLETENESS'").query(Long.class).single();
            // institutions of two cities: the administrator, bound to no area, assigns them all
            demoUsers.as("admin", () -> catalog.assign(id, List.of(testData.institutionId("YQ-MCH"), testData.institutionId("YQ-H2"), testData.institutionId("YQ-HQ-HC"), testData.institutionId("SX-CH-QX"))));
            file("YQ-MCH", MARCH, "SUBMITTED", MARCH_DUE.atTime(23, 59, 59));
            file("YQ-H2", MARCH, "APPROVED", MARCH_DUE.plusDays(1).atTime(0, 0, 1));
            file("YQ-HQ-HC", MARCH, "RETURNED", MARCH_DUE.minusDays(2).atTime(10, 0));
            for (String code : List.of("YQ-MCH", "YQ-H2", "YQ-HQ-HC", "SX-CH-QX")) {
                file(code, APRIL, "APPROVED", LocalDateTime.of(2019, 5, 2, 9, 0));
            }
            // reports written directly (timestamps at the due-day boundary) are counted like a data load's
            demoUsers.as("coordinator", () -> reports.recountCompleteness());
            return id;
        });
    }

    @Test
    void theDueDayCountsToItsEndAndReturnedReportsAreNotReceived() {
        List<PeriodCompleteness> periods = demoUsers.as("admin", () -> completeness.byPeriod(form, MARCH, APRIL));

        assertThat(periods).extracting(PeriodCompleteness::periodStart).containsExactly(MARCH, APRIL);
        assertThat(periods.getFirst().dueDate()).isEqualTo(MARCH_DUE);
        assertThat(periods.getFirst().tally()).isEqualTo(new CompletenessTally(4, 2, 1, 1, 2, 0));
        assertThat(periods.getFirst().tally().receivedRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50.0"));
        assertThat(periods.getFirst().tally().onTimeRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("25.0"));
        assertThat(periods.getLast().tally()).isEqualTo(new CompletenessTally(4, 4, 4, 0, 0, 0));
    }

    @Test
    void aCoordinatorOfAnAreaCountsTheInstitutionsOfTheArea() {
        // 乐清市: 市妇保院 on time, 市二院 late, 虹桥镇卫生院 returned; 齐贤分院 (柯桥区) is not Yueqing's
        List<PeriodCompleteness> yueqing = demoUsers.as("coordinator", () -> completeness.byPeriod(form, MARCH, APRIL));
        assertThat(yueqing.getFirst().tally()).isEqualTo(new CompletenessTally(3, 2, 1, 1, 1, 0));
        assertThat(yueqing.getLast().tally()).isEqualTo(new CompletenessTally(3, 3, 3, 0, 0, 0));

        List<PeriodCompleteness> keqiao = demoUsers.as("keqiao.coordinator", () -> completeness.byPeriod(form, MARCH, APRIL));
        assertThat(keqiao.getFirst().tally()).isEqualTo(new CompletenessTally(1, 0, 0, 0, 1, 0));
        assertThat(keqiao.getLast().tally()).isEqualTo(new CompletenessTally(1, 1, 1, 0, 0, 0));
        assertThat(demoUsers.as("keqiao.coordinator", () -> completeness.byInstitution(form, MARCH, APRIL, 0, 10)))
                .extracting(InstitutionCompleteness::institutionName).containsExactly("绍兴市中心医院医共体齐贤分院");
    }

    @Test
    void eachInstitutionHasItsCellPerPeriodAndItsRates() {
        List<InstitutionCompleteness> rows = demoUsers.as("admin", () -> completeness.byInstitution(form, MARCH, APRIL, 0, 10));

        assertThat(rows).hasSize(4);
        assertThat(timeliness(rows, "乐清市妇幼保健院")).containsExactly(Timeliness.ON_TIME, Timeliness.ON_TIME);
        assertThat(timeliness(rows, "乐清市第二人民医院")).containsExactly(Timeliness.LATE, Timeliness.ON_TIME);
        assertThat(timeliness(rows, "乐清市虹桥镇中心卫生院")).containsExactly(Timeliness.MISSING, Timeliness.ON_TIME);
        InstitutionCompleteness second = row(rows, "乐清市第二人民医院");
        assertThat(second.tally().receivedRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("100.0"));
        assertThat(second.tally().onTimeRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50.0"));
        assertThat(second.cells().getFirst().reportId()).isNotNull();

        assertThat(demoUsers.as("admin", () -> completeness.byInstitution(form, MARCH, APRIL, 2, 2))).hasSize(2)
                .extracting(InstitutionCompleteness::institutionId).doesNotContainAnyElementsOf(rows.subList(0, 2).stream()
                        .map(InstitutionCompleteness::institutionId).toList());
        assertThat(demoUsers.as("admin", () -> completeness.countInstitutions(form))).isEqualTo(4);
        // the expert group of 乐清市 reads 乐清市's three
        assertThat(demoUsers.as("viewer", () -> completeness.byInstitution(form, MARCH, APRIL, 0, 10))).hasSize(3);
        assertThat(demoUsers.as("viewer", () -> completeness.countInstitutions(form))).isEqualTo(3);
    }

    @Test
    void aPeriodWhoseDueDayHasNotComeIsPendingNotMissing() {
        LocalDate current = Frequency.MONTHLY.periodStartOf(LocalDate.now());
        CompletenessTally tally = demoUsers.as("admin", () -> completeness.byPeriod(form, current, current)).getFirst().tally();

        assertThat(tally).isEqualTo(new CompletenessTally(4, 0, 0, 0, 0, 4));
    }

    @Test
    void onlyTheBureauAndViewersReadCompleteness() {
        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> completeness.byPeriod(form, MARCH, APRIL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<Timeliness> timeliness(List<InstitutionCompleteness> rows, String name) {
        return row(rows, name).cells().stream().map(CompletenessCell::timeliness).toList();
    }

    private static InstitutionCompleteness row(List<InstitutionCompleteness> rows, String name) {
        return rows.stream().filter(r -> r.institutionName().equals(name)).findFirst().orElseThrow();
    }

    private void file(String institution, LocalDate period, String status, LocalDateTime firstSubmittedAt) {
        jdbc.sql("""
                INSERT INTO stat_report (report_form_id, institution_id, period_start, status, first_submitted_at, submitted_at,
                                         created_by, created_at, updated_by, updated_at)
                VALUES (:form, :institution, :period, :status, :submitted, :submitted, 'test', :submitted, 'test', :submitted)""")
                .param("form", jdbc.sql("SELECT id FROM report_form WHERE code = 'TEST_COMPLETENESS'").query(Long.class).single())
                .param("institution", testData.institutionId(institution)).param("period", period).param("status", status)
                .param("submitted", firstSubmittedAt).update();
    }
}
