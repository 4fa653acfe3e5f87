package com.programdesk.program.targets.service;

import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.service.ProgramService;

import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds a fresh program per test through the real services, as the coordinator would. */
@Component
public class ProgramFixture {

    public final ProgramService programs;
    public final TargetService targets;
    public final ActivityService activities;
    public final DemoUsers demoUsers;
    public final JdbcClient jdbc;
    public final TestData testData;

    ProgramFixture(ProgramService programs, TargetService targets, ActivityService activities, DemoUsers demoUsers, JdbcClient jdbc,
                   TestData testData) {
        this.programs = programs;
        this.targets = targets;
        this.activities = activities;
        this.demoUsers = demoUsers;
        this.jdbc = jdbc;
        this.testData = testData;
    }

    /** An active program over the last and the next half year, with two work streams. */
    public Program program() {
        return demoUsers.as("coordinator", () -> {
            LocalDate today = LocalDate.now();
            Program program = new Program(TestData.unique("测试方案 "), today.minusMonths(6), today.plusMonths(6).minusDays(1));
            Program saved = programs.save(program, List.of("青春期生殖健康促进", "群众科普教育行动"));
            return programs.changeStatus(saved, ProgramStatus.ACTIVE, null);
        });
    }

    public Target lectureTarget(Program program, int lectures) {
        return lectureTarget(program, lectures, "coordinator");
    }

    /** The same target, set by another planner (one who sees the program). */
    public Target lectureTarget(Program program, int lectures, String planner) {
        return demoUsers.as(planner, () -> {
            Target target = new Target(program.getId(), "讲座", "场", TargetMeasure.DONE_ACTIVITY_COUNT, BigDecimal.valueOf(lectures));
            target.setActivityTypeSet(EnumSet.of(ActivityType.LECTURE));
            target.setAudienceSet(EnumSet.of(Audience.MIDDLE_SCHOOL, Audience.COLLEGE));
            return targets.save(target);
        });
    }

    public Target reachedTarget(Program program, int people) {
        return demoUsers.as("coordinator", () -> {
            Target target = new Target(program.getId(), "受益青少年", "人", TargetMeasure.ATTENDANCE_SUM, BigDecimal.valueOf(people));
            target.setActivityTypeSet(EnumSet.of(ActivityType.LECTURE));
            target.setAudienceSet(EnumSet.of(Audience.MIDDLE_SCHOOL, Audience.COLLEGE));
            return targets.save(target);
        });
    }

    /** A lecture for middle-school students organised by the given institution, dated {@code daysFromToday}. */
    public Activity lecture(Program program, String organiserCode, int daysFromToday) {
        Activity activity = new Activity(program.getId(), "中学讲座", ActivityType.LECTURE, institutionId(organiserCode));
        activity.setAudienceSet(EnumSet.of(Audience.MIDDLE_SCHOOL));
        LocalDateTime start = LocalDate.now().plusDays(daysFromToday).atTime(14, 0);
        activity.schedule(start, start.plusHours(2));
        activity.setPlace("乐清中学");
        activity.setPlannedAttendance(50);
        return activity;
    }

    public Activity saved(String username, Activity activity) {
        return demoUsers.as(username, () -> activities.save(activity));
    }

    public Activity done(String username, Activity activity, int attendance) {
        return demoUsers.as(username, () -> activities.markDone(activities.save(activity), attendance, "顺利完成"));
    }

    public long institutionId(String code) {
        return testData.institutionId(code);
    }
}
