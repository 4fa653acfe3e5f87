package com.programdesk.statistics.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.domain.TargetStatus;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's two years of statistics tell the story the pilot wants to show. */
@ProgramDeskTest
class DemoReportsTest {

    @Autowired
    IndicatorValues values;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    TargetService targets;
    @Autowired
    ProgramService programs;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRepeatAbortionRateFallsAndTheReportedTargetsHaveData() {
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        demoUsers.as("coordinator", () -> {
            Indicator repeat = catalog.indicatorByCode("REPEAT_ABORTION_RATE").orElseThrow();
            BigDecimal yearBefore = values.city(repeat, lastMonth.minusMonths(23), lastMonth.minusMonths(12)).orElseThrow();
            BigDecimal lastYear = values.city(repeat, lastMonth.minusMonths(11), lastMonth).orElseThrow();
            assertThat(lastYear).isLessThan(yearBefore);
            assertThat(yearBefore).isGreaterThan(new BigDecimal("5"));

            Program current = programs.search(null, PageRequest.of(0, 50)).stream().filter(p -> p.getTitle().contains("年度生殖健康促进工作计划"))
                    .findFirst().orElseThrow();
            List<TargetProgress> reported = targets.progress(current.getId()).stream()
                    .filter(p -> p.target().getMeasure() == TargetMeasure.REPORTED_INDICATOR).toList();
            assertThat(reported).hasSize(4);
            // in September the plan has just begun and none of its months is reported yet
            if (LocalDate.now().getMonthValue() != 9) {
                assertThat(reported).allSatisfy(p -> assertThat(p.status()).isNotEqualTo(TargetStatus.NO_DATA));
                assertThat(reported.getFirst().status()).as("repeat abortion rate under 5‰").isEqualTo(TargetStatus.ON_TRACK);
            }
        });
    }

    @Test
    void oneInstitutionIsLateEveryMonthAndOneReportWaitsForItsCorrection() {
        Integer secondLate = jdbc.sql("""
                SELECT COUNT(*) FROM stat_report r JOIN institution i ON i.id = r.institution_id JOIN report_form f ON f.id = r.report_form_id
                WHERE i.code = 'YQ-H2' AND f.code = 'EARLY_PREGNANCY' AND r.source = 'ENTRY' AND DAY(r.first_submitted_at) > f.due_day""")
                .query(Integer.class).single();
        int dueDay = jdbc.sql("SELECT due_day FROM report_form WHERE code = 'EARLY_PREGNANCY'").query(Integer.class).single();
        // the demo dates nothing after its load: before last month's due day has passed, 市二院's report for it is filed today, in time
        assertThat(secondLate).isEqualTo(LocalDate.now().getDayOfMonth() > dueDay ? 12 : 11);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE status = 'RETURNED' AND period_start >= '2023-01-01'").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE status = 'APPROVED' AND return_count = 1 AND period_start >= '2023-01-01'").query(Integer.class).single())
                .isEqualTo(1);
    }
}
