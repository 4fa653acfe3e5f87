package com.programdesk.task.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.domain.WorkingDays;
import com.programdesk.holiday.service.HolidayCalendar;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.task.domain.Task;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A campaign day's to-do list comes from a template, counted in working days, and follows the day when it moves. */
@ProgramDeskTest
class CampaignTemplateTest {

    @Autowired
    CampaignTemplateService templates;
    @Autowired
    TaskService tasks;
    @Autowired
    ActivityService activities;
    @Autowired
    HolidayCalendar holidays;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void templateTasksFallDueInWorkingDaysAndMoveWithTheActivityUnlessAccepted() {
        LocalDate day = LocalDate.now().plusDays(40);
        Activity campaign = demoUsers.as("coordinator", () -> activities.save(campaign(day)));
        WorkingDays workingDays = holidays.workingDays();

        List<Task> created = demoUsers.as("coordinator", () -> templates.apply(1, campaign.getId()));

        Map<Integer, LocalDate> dueByOffset = created.stream().collect(Collectors.toMap(Task::getTemplateOffset, Task::getDueDate));
        assertThat(dueByOffset).containsEntry(-14, workingDays.plus(day, -14)).containsEntry(3, workingDays.plus(day, 3));
        assertThat(created).allSatisfy(t -> assertThat(workingDays.isWorkingDay(t.getDueDate())).isTrue());
        assertThat(created).extracting(Task::getTitle).contains("“9.26”进企业宣传：预订场地");

        Task venue = created.stream().filter(t -> t.getTemplateOffset() == -14).findFirst().orElseThrow();
        demoUsers.as("association", () -> tasks.submit(tasks.find(venue.getId()).orElseThrow(), "已订"));
        demoUsers.as("coordinator", () -> tasks.accept(tasks.find(venue.getId()).orElseThrow(), "好"));

        LocalDate later = day.plusDays(7);
        demoUsers.as("coordinator", () -> activities.reschedule(activities.find(campaign.getId()).orElseThrow(), later.atTime(9, 0)));

        assertThat(due(venue.getId())).isEqualTo(workingDays.plus(day, -14));
        Task photos = created.stream().filter(t -> t.getTemplateOffset() == 3).findFirst().orElseThrow();
        assertThat(due(photos.getId())).isEqualTo(workingDays.plus(later, 3));
    }

    @Test
    void stepsAlreadyPastFallDueToday() {
        LocalDate soon = LocalDate.now().plusDays(2);
        Activity lecture = demoUsers.as("coordinator", () -> {
            Activity activity = campaign(soon);
            activity.setType(ActivityType.LECTURE);
            return activities.save(activity);
        });

        List<Task> created = demoUsers.as("coordinator", () -> templates.apply(2, lecture.getId()));

        assertThat(created.stream().filter(t -> t.getTemplateOffset() == -10).findFirst().orElseThrow().getDueDate())
                .isEqualTo(LocalDate.now());
    }

    private LocalDate due(long taskId) {
        return jdbc.sql("SELECT due_date FROM task WHERE id = ?").param(taskId).query(LocalDate.class).single();
    }

    private Activity campaign(LocalDate day) {
        long program = testData.latestActiveProgramId();
        long association = testData.institutionId("YQ-FPA");
        Activity activity = new Activity(program, "“9.26”进企业宣传", ActivityType.CAMPAIGN_DAY, association);
        activity.schedule(day.atTime(9, 0), day.atTime(11, 0));
        return activity;
    }
}
