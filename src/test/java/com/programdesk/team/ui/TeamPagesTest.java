package com.programdesk.team.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.team.domain.MemberRole;
import com.programdesk.team.domain.MemberSummary;
import com.programdesk.team.domain.TeamSummary;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team pages as the association and the bureau use them. */
class TeamPagesTest extends ViewTest {

    @Autowired
    ActivityService activities;

    @Test
    void theAssociationAddsAMemberEachMistakeShownAtItsFieldAndListsShowThePhoneMasked() {
        demoUsers.login("association");
        TeamsView view = navigate(TeamsView.class);
        view.teams.select(rowNamed(view, "“医教携手·呵护青春”志愿服务队"));
        assertThat(view.addMember.isVisible()).isTrue();

        clickButton("添加成员");
        MemberEditor editor = $(MemberEditor.class).single();
        test(editor.save).click();
        assertThat(editor.name.getErrorMessage()).isEqualTo("此项为必填项");
        test(editor.name).setValue("新志愿者");
        test(editor.role).selectItem("志愿者");
        test(editor.phone).setValue("1381234");
        test(editor.save).click();
        assertThat(editor.phone.getErrorMessage()).isEqualTo("请输入有效的手机号（11 位）或带区号的座机号码");
        test(editor.phone).setValue("13812349876");
        editor.leftOn.setValue(editor.joinedOn.getValue().minusDays(3));
        test(editor.save).click();
        assertThat(editor.leftOn.getErrorMessage()).isEqualTo("退出日期不能早于加入日期");
        assertThat(count("team_member WHERE name = '新志愿者'")).isZero();
        editor.leftOn.clear();
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();

        MemberSummary added = test(view.members).getRow(indexOf(view, "新志愿者"));
        assertThat(added.maskedPhone()).isEqualTo("138****9876");
        assertThat(added.role()).isEqualTo(MemberRole.VOLUNTEER);
        view.reveal(added);
        assertThat(test($(Notification.class).last()).getText()).contains("13812349876");
    }

    @Test
    void hospitalStaffSeeTeamsButCannotChangeThem() {
        demoUsers.login("mch.staff");
        TeamsView view = navigate(TeamsView.class);
        view.teams.select(rowNamed(view, "乐清市生殖健康服务指导团"));
        assertThat(view.addMember.isVisible()).isFalse();
        assertThat(view.editTeam.isVisible()).isFalse();
        assertThat(test(view.members).size()).isPositive();
        assertThat(test(view.members).getRow(0).maskedPhone()).contains("****");
    }

    @Test
    void theBureauPutsABusyVolunteerOnAnOverlappingActivityOnlyWithAReason() {
        demoUsers.login("coordinator");
        LocalDateTime day = LocalDate.now().plusDays(10).atTime(9, 0);
        long first = activity("浏览器外测试讲座", day, day.plusHours(2));
        long second = activity("浏览器外测试义诊", day.plusHours(1), day.plusHours(3));
        long volunteer = jdbc.sql("SELECT id FROM team_member WHERE name = '叶晓敏'").query(Long.class).single();

        StaffingView view = navigate(StaffingView.class);
        openActivity(view, "浏览器外测试讲座");
        StaffingDialog dialog = $(StaffingDialog.class).single();
        test(dialog.name).setValue("叶晓敏");
        dialog.candidates.select(test(dialog.candidates).getRow(0));
        test(dialog.assignSelected).click();
        assertThat(count("activity_assignment WHERE activity_id = " + first + " AND team_member_id = " + volunteer)).isEqualTo(1);
        dialog.close();

        openActivity(view, "浏览器外测试义诊");
        StaffingDialog overlapping = $(StaffingDialog.class).single();
        test(overlapping.name).setValue("叶晓敏");
        overlapping.candidates.select(test(overlapping.candidates).getRow(0));
        test(overlapping.assignSelected).click();
        assertThat(overlapping.warning.isVisible()).isTrue();
        assertThat(count("activity_assignment WHERE activity_id = " + second)).isZero();
        test(overlapping.assignAnyway).click();
        assertThat(overlapping.reason.getErrorMessage()).isEqualTo("有人员时间冲突，请填写安排理由");
        test(overlapping.reason).setValue("义诊只需到场一小时");
        test(overlapping.assignAnyway).click();
        assertThat(count("activity_assignment WHERE activity_id = " + second + " AND overlap_reason = '义诊只需到场一小时'")).isEqualTo(1);
    }

    private TeamSummary rowNamed(TeamsView view, String name) {
        for (int i = 0; i < test(view.teams).size(); i++) {
            if (test(view.teams).getRow(i).name().equals(name)) {
                return test(view.teams).getRow(i);
            }
        }
        throw new AssertionError("no team " + name);
    }

    private int indexOf(TeamsView view, String name) {
        for (int i = 0; i < test(view.members).size(); i++) {
            if (test(view.members).getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no member " + name);
    }

    private long activity(String title, LocalDateTime start, LocalDateTime end) {
        long program = jdbc.sql("SELECT id FROM program WHERE period_start <= ? AND period_end >= ? ORDER BY id LIMIT 1")
                .params(start.toLocalDate(), start.toLocalDate()).query(Long.class).single();
        long organiser = testData.institutionId("YQ-MCH");
        Activity activity = new Activity(program, title, ActivityType.values()[0], organiser);
        activity.schedule(start, end);
        return activities.save(activity).getId();
    }

    private void openActivity(StaffingView view, String title) {
        for (int i = 0; i < test(view.activities).size(); i++) {
            if (test(view.activities).getRow(i).title().equals(title)) {
                test(view.activities).clickRow(i);
                return;
            }
        }
        throw new AssertionError("no activity " + title);
    }
}
