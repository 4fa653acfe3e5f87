package com.programdesk.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.memberevent.domain.MemberEvent;
import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.memberevent.service.MemberEventService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.team.domain.AssignmentRow;
import com.programdesk.team.service.StaffingService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The services refuse what a form should have caught (defence in depth): counts out of range, more
 * decimals than are kept, and dates before 2000 or more than ten years ahead; nothing is rounded.
 */
@ProgramDeskTest
class TypedNumbersAndDatesRulesTest {

    @Autowired
    MemberEventService events;
    @Autowired
    ProgramService programs;
    @Autowired
    TargetService targets;
    @Autowired
    StaffingService staffing;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void aMemberEventOf1900OrWithANegativeHeadCountIsRefused() {
        long branch = testData.institutionId("YQ-FPA-NT");
        demoUsers.as("association", () -> {
            refused(() -> events.save(new MemberEvent(branch, LocalDate.of(1900, 1, 1), "1900 年的会员活动", MemberEventType.HOME_VISIT, 10, 0)),
                    "eventDate", DateInput.OUT_OF_RANGE);
            refused(() -> events.save(new MemberEvent(branch, LocalDate.of(2024, 5, 29), "负数人数", MemberEventType.HOME_VISIT, -1, 0)),
                    "members", "memberEvent.error.participants");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_event WHERE title IN ('1900 年的会员活动', '负数人数')").query(Long.class).single())
                .isZero();
    }

    @Test
    void aProgramStartingIn1900OrEndingDecadesAheadIsRefused() {
        demoUsers.as("coordinator", () -> {
            refused(() -> programs.save(new Program("1900 年的方案", LocalDate.of(1900, 1, 1), LocalDate.of(2024, 12, 31)), List.of()),
                    "periodStart", DateInput.OUT_OF_RANGE);
            refused(() -> programs.save(new Program("百年方案", LocalDate.of(2024, 1, 1), LocalDate.now().plusYears(100)), List.of()),
                    "periodEnd", DateInput.OUT_OF_RANGE);
        });
    }

    @Test
    void aTargetValueWithThreeDecimalsIsRefusedNotRounded() {
        demoUsers.as("coordinator", () -> {
            Program program = programs.save(new Program(TestData.unique("小数目标方案 "), LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31)), List.of());
            refused(() -> targets.save(new Target(program.getId(), "重复流产率", "‰", TargetMeasure.ATTENDANCE_SUM, new BigDecimal("4.555"))),
                    "targetValue", "target.error.decimals");
        });
    }

    @Test
    void servedHoursWithTwoDecimalsAreRefusedNotRounded() {
        long done = jdbc.sql("""
                SELECT a.id FROM activity a JOIN activity_assignment s ON s.activity_id = a.id
                WHERE a.status = 'DONE' ORDER BY a.id LIMIT 1""").query(Long.class).single();
        demoUsers.as("coordinator", () -> {
            AssignmentRow row = staffing.assignments(done).getFirst();
            refused(() -> staffing.correctHours(row.id(), row.version(), new BigDecimal("1.25"), "多了一刻钟"),
                    "hours", "staffing.error.hoursRange");
            assertThat(staffing.assignments(done).getFirst().hours()).isEqualTo(row.hours());
        });
    }

    private static void refused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
