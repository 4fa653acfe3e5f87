package com.programdesk.statistics.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.SharedCaches;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetDirection;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.domain.TargetStatus;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.program.plan.domain.MeasuredData;
import com.programdesk.program.plan.domain.TargetActualsChanged;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.StatementCounter;
import com.programdesk.testsupport.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Targets measured by reported indicators ("repeat abortion rate ≤ 5‰", "falling year on year"),
 * computed from approved reports only. A hospital of this test's own reports 2019 and 2020; its
 * program (2020) follows it.
 */
@ProgramDeskTest
class ReportedTargetsTest {

    private static final LocalDate JAN_2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);

    @Autowired
    ReportFixture fixture;
    @Autowired
    TargetService targets;
    @Autowired
    ProgramService programs;
    @Autowired
    SharedCaches sharedCaches;
    @Autowired
    StatementCounter statements;
    @Autowired
    ApplicationEventPublisher events;

    private long hospital;
    private Program program;

    @BeforeEach
    void aHospitalReportedTwoYears() {
        hospital = fixture.hospital("T-TGT-A", "测试目标医院", fixture.township(ReportFixture.TARGET_TOWNSHIP, "测试目标街道"));
        program = fixture.demoUsers.as("coordinator", () -> programs.save(new Program(TestData.unique("测试报表目标方案 "),
                JAN_2020, LocalDate.of(2020, 12, 31)), List.of("流产后关爱")));
        if (fixture.jdbc.sql("SELECT COUNT(*) FROM stat_report WHERE institution_id = :h").param("h", hospital).query(Integer.class).single() > 0) {
            return;
        }
        fixture.approved(hospital, JAN_2019, 400, 8, 100);
        fixture.approved(hospital, JAN_2019.plusMonths(1), 600, 12, 150);
        // March last year is reported, March this year is not (yet): it must not be compared
        fixture.approved(hospital, JAN_2019.plusMonths(2), 100, 0, 10);
        fixture.approved(hospital, JAN_2020, 400, 2, 200);
        fixture.approved(hospital, JAN_2020.plusMonths(1), 600, 3, 250);
        fixture.draft(hospital, JAN_2020.plusMonths(2), 310, 300, 0);
        fixture.submitted(hospital, JAN_2020.plusMonths(3), 320, 310, 0);
    }

    @Test
    void approvedReportsGiveTheExactRepeatAbortionRateAndDraftsOrSubmittedOnesDoNotCount() {
        Target target = save(reported("重复流产率", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, new BigDecimal("5")));

        TargetProgress progress = progressOf(target, "coordinator");

        assertThat(progress.actual()).isEqualByComparingTo("5.00");
        assertThat(progress.expected()).isNull();
        assertThat(progress.status()).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void aFallingTargetIsOnTrackWhenThisYearsRateIsBelowTheSameMonthsLastYear() {
        Target target = save(reported("重复流产率逐年下降", "REPEAT_ABORTION_RATE", TargetDirection.FALLING, null));

        TargetProgress progress = progressOf(target, "coordinator");

        assertThat(progress.actual()).isEqualByComparingTo("5.00");
        assertThat(progress.expected()).isEqualByComparingTo("20.00");
        assertThat(progress.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(target.getTargetValue()).isNull();

        Target rising = save(reported("重复流产率逐年上升", "REPEAT_ABORTION_RATE", TargetDirection.RISING, null));
        assertThat(progressOf(rising, "coordinator").status()).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void aRateTargetIsJudgedAgainstItsValueNotAgainstTheDaysGone() {
        Target larc = save(reported("流产后长效避孕落实率", "PAC_LARC_RATE", TargetDirection.AT_LEAST, new BigDecimal("50")));

        TargetProgress progress = progressOf(larc, "coordinator");

        assertThat(progress.actual()).isEqualByComparingTo("45.00");
        assertThat(progress.expected()).isNull();
        assertThat(progress.status()).isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void aViewerSeesNoValueComputedFromASmallCount() {
        Target target = save(reported("重复流产率", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, new BigDecimal("5")));
        target.setPeriodEnd(LocalDate.of(2020, 1, 31));
        Target january = save(target);

        TargetProgress coordinator = progressOf(january, "coordinator");
        assertThat(coordinator.actual()).isEqualByComparingTo("5.00");
        assertThat(coordinator.withheld()).isFalse();
        TargetProgress viewer = progressOf(january, "viewer");
        assertThat(viewer.actual()).isNull();
        assertThat(viewer.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(viewer.withheld()).isTrue();

        Target falling = save(reported("重复流产率逐年下降", "REPEAT_ABORTION_RATE", TargetDirection.FALLING, null));
        falling.setPeriodEnd(LocalDate.of(2020, 1, 31));
        Target fallingInJanuary = save(falling);
        assertThat(progressOf(fallingInJanuary, "viewer").withheld()).isTrue();
        assertThat(progressOf(fallingInJanuary, "coordinator").expected()).isEqualByComparingTo("20.00");
    }

    @Test
    void progressSharedAcrossSessionsStillWithholdsSmallCountsFromTheViewer() {
        Target target = save(reported("重复流产率", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, new BigDecimal("5")));
        target.setPeriodEnd(LocalDate.of(2020, 1, 31));
        Target january = save(target);
        sharedCaches.keepFor(Duration.ofSeconds(30));
        try {
            assertThat(progressOf(january, "coordinator").actual()).isEqualByComparingTo("5.00");
            TargetProgress viewer = progressOf(january, "viewer");
            assertThat(viewer.actual()).isNull();
            assertThat(viewer.withheld()).isTrue();
            assertThat(progressOf(january, "coordinator").withheld()).isFalse();
        } finally {
            sharedCaches.keepFor(Duration.ZERO);
        }
    }

    @Test
    void progressComputedAgainAfterAnApprovalDoesNotReadTheCatalogueAgain() {
        Target target = save(reported("重复流产率", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, new BigDecimal("5")));
        sharedCaches.keepFor(Duration.ofSeconds(30));
        try {
            progressOf(target, "coordinator");
            events.publishEvent(TargetActualsChanged.anyProgram());
            List<String> sql = statements.statements(() -> progressOf(target, "coordinator"));
            assertThat(sql).anyMatch(statement -> statement.contains("FROM stat_"))
                    .noneMatch(statement -> statement.contains("FROM data_element") || statement.contains("FROM report_form_element"));
        } finally {
            sharedCaches.keepFor(Duration.ZERO);
        }
    }

    @Test
    void anActivityDoneInTheProgramLeavesItsReportedTargetsAsTheyWereButAnApprovalDoesNot() {
        Target target = save(reported("重复流产率", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, new BigDecimal("5")));
        sharedCaches.keepFor(Duration.ofSeconds(30));
        try {
            progressOf(target, "coordinator");
            events.publishEvent(TargetActualsChanged.ofProgram(program.getId(), MeasuredData.ACTIVITIES));
            events.publishEvent(TargetActualsChanged.anyProgram(MeasuredData.MEMBER_EVENTS));
            assertThat(statements.statements(() -> progressOf(target, "coordinator"))).noneMatch(statement -> statement.contains("stat_"));
            events.publishEvent(TargetActualsChanged.anyProgram(MeasuredData.APPROVED_FIGURES));
            assertThat(statements.statements(() -> progressOf(target, "coordinator"))).anyMatch(statement -> statement.contains("FROM stat_"));
        } finally {
            sharedCaches.keepFor(Duration.ZERO);
        }
    }

    @Test
    void aReportedTargetNeedsItsIndicatorAndOnlyReportedTargetsMayRiseOrFall() {
        Target noIndicator = reported("重复流产率", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, BigDecimal.ONE);
        noIndicator.setIndicatorId(null);
        assertThatThrownBy(() -> save(noIndicator))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("indicatorId"));

        Target lectures = new Target(program.getId(), "讲座", "场", TargetMeasure.DONE_ACTIVITY_COUNT, null);
        lectures.setDirection(TargetDirection.RISING);
        assertThatThrownBy(() -> save(lectures))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("direction"));

        Target noValue = reported("重复流产率", "REPEAT_ABORTION_RATE", TargetDirection.AT_MOST, null);
        assertThatThrownBy(() -> save(noValue))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("targetValue"));
    }

    private Target reported(String name, String indicatorCode, TargetDirection direction, BigDecimal value) {
        Target target = new Target(program.getId(), name, fixture.indicator(indicatorCode).unitSymbol(), TargetMeasure.REPORTED_INDICATOR, value);
        target.setDirection(direction);
        target.setIndicatorId(fixture.indicator(indicatorCode).id());
        target.setOrganiserId(hospital);
        return target;
    }

    private Target save(Target target) {
        return fixture.demoUsers.as("coordinator", () -> targets.save(target));
    }

    private TargetProgress progressOf(Target target, String user) {
        return fixture.demoUsers.as(user, () -> targets.progress(program.getId())).stream()
                .filter(p -> p.target().getId().equals(target.getId())).findFirst().orElseThrow();
    }
}
