package com.programdesk.memberevent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.memberevent.domain.BranchOnDay;
import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The member-event page as the association, a township branch and the bureau use it. */
class MemberEventPagesTest extends ViewTest {

    @Test
    void loggingAnEventShowsEachMistakeAtItsFieldThenSaves() {
        demoUsers.login("association");
        MemberEventsView view = navigate(MemberEventsView.class);
        clickButton("登记活动");
        MemberEventEditor editor = $(MemberEventEditor.class).single();
        assertThat(editor.type.getValue()).isEqualTo(MemberEventType.MEMBER_DAY);

        test(editor.save).click();
        assertThat(editor.branch.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.title.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.members.getErrorMessage()).isEqualTo("此项为必填项");

        test(editor.branch).selectItem("乐清市大荆镇计划生育协会");
        test(editor.title).setValue("大荆镇会员小组长培训（浏览器外）");
        test(editor.type).selectItem("培训");
        editor.members.setValue(-3);
        editor.others.setValue(0);
        editor.eventDate.setValue(LocalDate.now().plusDays(3));
        test(editor.save).click();
        assertThat(editor.eventDate.getErrorMessage()).isEqualTo("活动日期不能晚于今天");
        assertThat(editor.members.getErrorMessage()).isEqualTo("请输入 0 到 100000 之间的整数");
        assertThat(count("member_event WHERE title = '大荆镇会员小组长培训（浏览器外）'")).isZero();

        editor.eventDate.setValue(LocalDate.of(2018, 3, 8));
        editor.members.setValue(24);
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT CONCAT(type, ' ', members, ' ', others, ' ', created_by) FROM member_event WHERE title = ?")
                .param("大荆镇会员小组长培训（浏览器外）").query(String.class).single()).isEqualTo("TRAINING 24 0 association");

        view.list.year.clear();
        assertThat(test(view.list.grid).size()).isPositive();
        assertThat(test(view.list.grid).getRow(test(view.list.grid).size() - 1).title()).isEqualTo("大荆镇会员小组长培训（浏览器外）");
    }

    @Test
    void theMemberDayShowsMissingBranchesAndABranchIsLoggedFromThere() {
        demoUsers.login("association");
        MemberEventsView view = navigate(MemberEventsView.class);
        test(view.tabs).select("会员日报送");
        roundTrip(); // the tab sheet attaches the chosen tab's content on the way to the browser
        MemberDayPanel memberDay = view.showMemberDay();
        assertThat(memberDay.observanceDay.getValue().label()).isEqualTo("5.29 计生协会员活动日");
        memberDay.year.setValue(2024);
        assertThat(missing(memberDay)).containsExactly("乐清市白石街道计划生育协会", "乐清市虹桥镇计划生育协会");
        assertThat(memberDay.reportedCount.getText()).isEqualTo("已报送 5 / 7 个单位");

        int hongqiao = rowOf(memberDay, "乐清市虹桥镇计划生育协会");
        test(memberDay.grid).clickRow(hongqiao);
        MemberEventEditor editor = $(MemberEventEditor.class).single();
        assertThat(editor.branch.getValue().nameZh()).isEqualTo("乐清市虹桥镇计划生育协会");
        assertThat(editor.eventDate.getValue()).isEqualTo(LocalDate.of(2024, 5, 29));
        test(editor.title).setValue("虹桥镇“5·29”会员日补报");
        editor.members.setValue(31);
        editor.others.setValue(47);
        test(editor.save).click();

        assertThat(missing(memberDay)).containsExactly("乐清市白石街道计划生育协会");
        BranchOnDay row = test(memberDay.grid).getRow(rowOf(memberDay, "乐清市虹桥镇计划生育协会"));
        assertThat(row.titles()).isEqualTo("虹桥镇“5·29”会员日补报");
        assertThat(row.members()).isEqualTo(31);
    }

    @Test
    void aBranchSeesOnlyItselfLogsForItselfTheBureauReadsWithoutLoggingAndHospitalsAreKeptOut() {
        demoUsers.login("nantang.branch");
        MemberEventsView branch = navigate(MemberEventsView.class);
        test(branch.tabs).select("会员日报送");
        roundTrip(); // the tab sheet attaches the chosen tab's content on the way to the browser
        branch.showMemberDay().year.setValue(2024);
        assertThat(test(branch.memberDay.grid).size()).isEqualTo(1);
        assertThat(branch.showFigures().grid.getListDataView().getItems().map(f -> f.branchName()).toList())
                .containsExactly("乐清市南塘镇计划生育协会");
        test($(Button.class).withText("登记活动").single()).click();
        MemberEventEditor own = $(MemberEventEditor.class).single();
        assertThat(own.branch.getValue().nameZh()).as("a branch logs its own events").isEqualTo("乐清市南塘镇计划生育协会");
        own.close();

        demoUsers.login("viewer");
        navigate("", Component.class);
        MemberEventsView bureau = navigate(MemberEventsView.class);
        assertThat($(Button.class).withText("登记活动").exists()).isFalse();
        bureau.showFigures().year.setValue(2024);
        assertThat(bureau.figures.grid.getListDataView().getItems().mapToInt(f -> f.memberDays()).sum()).isGreaterThanOrEqualTo(5);
        bureau.tabs.setSelectedIndex(0);
        test(bureau.list.grid).clickRow(0);
        MemberEventEditor details = $(MemberEventEditor.class).single();
        assertThat(details.title.isReadOnly()).isTrue();
        assertThat(details.getFooter().getElement().getTextRecursively()).doesNotContain("保存");

        demoUsers.login("mch.staff");
        navigate("member-events", Component.class);
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();
    }

    private List<String> missing(MemberDayPanel panel) {
        return panel.grid.getListDataView().getItems().filter(b -> !b.reported()).map(BranchOnDay::branchName).toList();
    }

    private static int rowOf(MemberDayPanel panel, String branchName) {
        List<BranchOnDay> rows = panel.grid.getListDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).branchName().equals(branchName)) {
                return i;
            }
        }
        throw new AssertionError(branchName + " is not listed");
    }
}
