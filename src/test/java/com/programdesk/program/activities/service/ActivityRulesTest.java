package com.programdesk.program.activities.service;

import com.programdesk.program.targets.service.ProgramFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.testsupport.ProgramDeskTest;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Bad activity input is refused at its field, nothing half-written; each institution keeps to its own activities. */
@ProgramDeskTest
class ActivityRulesTest {

    @Autowired
    ProgramFixture fixture;

    @Test
    void eachBadFieldIsRefusedAndNothingIsSaved() {
        Program program = fixture.program();
        Program other = fixture.program();
        long before = activityCount();
        long otherStream = fixture.demoUsers.as("viewer", () -> fixture.programs.workStreams(other.getId()).getFirst().getId());

        refused(program, a -> a.schedule(a.getStartsAt(), a.getStartsAt().minusHours(1)), "endsAt", "validation.endBeforeStart");
        refused(program, a -> a.setPlannedAttendance(-5), "plannedAttendance", "activity.error.attendanceRange");
        refused(program, a -> a.setPlannedAttendance(5_000_000), "plannedAttendance", "activity.error.attendanceRange");
        refused(program, a -> a.schedule(program.getPeriodEnd().plusDays(3).atTime(9, 0), null), "startsAt", "activity.error.outsideProgram");
        refused(program, a -> a.setWorkStreamId(otherStream),
                "workStreamId", "activity.error.workStreamOfOtherProgram");
        refused(program, a -> a.planForWindow(null, null), "windowStart", "activity.error.dateOrWindowRequired");
        refused(program, a -> a.setTitle(" "), "title", "validation.required");

        assertThat(activityCount()).isEqualTo(before);
    }

    @Test
    void markingDoneNeedsAttendanceAnOutcomeAndAPastDate() {
        Program program = fixture.program();
        Activity past = fixture.saved("mch.staff", fixture.lecture(program, "YQ-MCH", -1));
        Activity future = fixture.saved("mch.staff", fixture.lecture(program, "YQ-MCH", 3));

        fixture.demoUsers.as("mch.staff", () -> {
            assertField(() -> fixture.activities.markDone(past, null, "好"), "actualAttendance", "activity.error.doneNeedsAttendance");
            assertField(() -> fixture.activities.markDone(past, 45, " "), "outcomeNote", "activity.error.doneNeedsOutcome");
            assertField(() -> fixture.activities.markDone(past, -1, "好"), "actualAttendance", "activity.error.attendanceRange");
            assertField(() -> fixture.activities.markDone(future, 45, "好"), "startsAt", "activity.error.doneInFuture");
            assertField(() -> fixture.activities.cancel(future, ""), "cancelReason", "activity.error.cancelNeedsReason");
        });
        assertThat(statusOf(past)).isEqualTo("PLANNED");
        assertThat(statusOf(future)).isEqualTo("PLANNED");

        fixture.demoUsers.as("mch.staff", () -> fixture.activities.markDone(past, 45, "学生踊跃提问"));
        assertThat(statusOf(past)).isEqualTo("DONE");
        assertThat(fixture.jdbc.sql("SELECT to_state FROM workflow_transition WHERE entity_type = 'Activity' AND entity_id = ? ORDER BY id")
                .param(past.getId()).query(String.class).list()).containsExactly("PLANNED", "DONE");
    }

    @Test
    void anInstitutionUserCannotChangeAnotherInstitutionsActivity() {
        Program program = fixture.program();
        Activity theirs = fixture.saved("coordinator", fixture.lecture(program, "YQ-H2", -1));

        fixture.demoUsers.as("mch.staff", () -> {
            assertThat(fixture.activities.canEdit(theirs)).isFalse();
            assertThatThrownBy(() -> fixture.activities.markDone(theirs, 45, "冒名")).isInstanceOf(AccessDeniedException.class);
            Activity renamed = theirs.copy();
            renamed.setTitle("改名");
            assertThatThrownBy(() -> fixture.activities.save(renamed)).isInstanceOf(AccessDeniedException.class);
            Activity planted = fixture.lecture(program, "YQ-H2", 2);
            assertThatThrownBy(() -> fixture.activities.save(planted)).isInstanceOf(AccessDeniedException.class);
        });
        fixture.demoUsers.as("viewer", () ->
                assertThatThrownBy(() -> fixture.activities.save(fixture.lecture(program, "YQ-MCH", 2))).isInstanceOf(AccessDeniedException.class));
        assertThat(statusOf(theirs)).isEqualTo("PLANNED");
        assertThat(fixture.jdbc.sql("SELECT title FROM activity WHERE id = ?").param(theirs.getId()).query(String.class).single())
                .isEqualTo("中学讲座");
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherChangeSurvives() {
        Program program = fixture.program();
        Activity opened = fixture.saved("coordinator", fixture.lecture(program, "YQ-MCH", 5));
        fixture.demoUsers.as("mch.staff", () -> {
            Activity meanwhile = fixture.activities.find(opened.getId()).orElseThrow();
            meanwhile.setPlace("乐成一中");
            fixture.activities.save(meanwhile);
        });

        Activity mine = opened.copy();
        mine.setPlace("柳市镇第一中学");
        fixture.demoUsers.as("coordinator", () ->
                assertThatThrownBy(() -> fixture.activities.save(mine)).isInstanceOf(OptimisticLockingFailureException.class));
        assertThat(fixture.jdbc.sql("SELECT place FROM activity WHERE id = ?").param(opened.getId()).query(String.class).single())
                .isEqualTo("乐成一中");
    }

    @Test
    void movingAnActivityKeepsItsLengthAndIsAudited() {
        Program program = fixture.program();
        Activity lecture = fixture.saved("coordinator", fixture.lecture(program, "YQ-MCH", 5));
        LocalDate newDay = LocalDate.now().plusDays(9);

        Activity moved = fixture.demoUsers.as("coordinator", () -> fixture.activities.reschedule(lecture, newDay.atTime(9, 0)));

        assertThat(moved.getStartsAt()).isEqualTo(newDay.atTime(9, 0));
        assertThat(moved.getEndsAt()).isEqualTo(newDay.atTime(11, 0));
        assertThat(fixture.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'RESCHEDULE' AND entity_id = ?")
                .param(lecture.getId()).query(Long.class).single()).isEqualTo(1);
        assertThat(moved.getStatus()).isEqualTo(ActivityStatus.PLANNED);
    }

    @Test
    void overlappingActivitiesAtThePlaceOrOfTheOrganiserAreReportedNotRefused() {
        Program program = fixture.program();
        Activity first = fixture.saved("coordinator", fixture.lecture(program, "YQ-MCH", 4));
        Activity samePlace = fixture.lecture(program, "YQ-H2", 4);
        samePlace.schedule(first.getStartsAt().plusMinutes(30), first.getStartsAt().plusHours(3));
        Activity elsewhere = fixture.lecture(program, "YQ-H2", 4);
        elsewhere.setPlace("柳市镇第一中学");
        elsewhere.schedule(first.getStartsAt().plusMinutes(30), first.getStartsAt().plusHours(3));
        Activity later = fixture.lecture(program, "YQ-MCH", 4);
        later.schedule(first.getEndsAt().plusHours(1), first.getEndsAt().plusHours(2));

        fixture.demoUsers.as("coordinator", () -> {
            assertThat(fixture.activities.conflicts(samePlace)).extracting(e -> e.id()).contains(first.getId());
            assertThat(fixture.activities.conflicts(elsewhere)).extracting(e -> e.id()).doesNotContain(first.getId());
            assertThat(fixture.activities.conflicts(later)).extracting(e -> e.id()).doesNotContain(first.getId());
            assertThat(fixture.activities.save(samePlace).getId()).isNotNull();
        });
    }

    @Test
    void aPeriodThatCouldNotBeSavedHasNoConflicts() {
        Program program = fixture.program();
        Activity first = fixture.saved("coordinator", fixture.lecture(program, "YQ-MCH", 4));
        Activity backwards = fixture.lecture(program, "YQ-MCH", 4);
        backwards.schedule(first.getStartsAt().plusHours(1), first.getStartsAt().minusDays(400));
        Activity longBeforeTheProgram = fixture.lecture(program, "YQ-MCH", 4);
        longBeforeTheProgram.schedule(program.getPeriodStart().minusYears(3).atTime(9, 0), first.getEndsAt());

        fixture.demoUsers.as("coordinator", () -> {
            assertThat(fixture.activities.conflicts(backwards)).isEmpty();
            assertThat(fixture.activities.conflicts(longBeforeTheProgram)).isEmpty();
        });
    }

    private void refused(Program program, Consumer<Activity> spoil, String field, String messageKey) {
        Activity activity = fixture.lecture(program, "YQ-MCH", 1);
        spoil.accept(activity);
        fixture.demoUsers.as("coordinator", () -> assertField(() -> fixture.activities.save(activity), field, messageKey));
    }

    private static void assertField(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private String statusOf(Activity activity) {
        return fixture.jdbc.sql("SELECT status FROM activity WHERE id = ?").param(activity.getId()).query(String.class).single();
    }

    private long activityCount() {
        return fixture.jdbc.sql("SELECT COUNT(*) FROM activity").query(Long.class).single();
    }
}
