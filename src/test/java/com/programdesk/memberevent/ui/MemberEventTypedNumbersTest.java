package com.programdesk.memberevent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.Typing;
import com.programdesk.testsupport.ViewTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A branch logs its member day and mistypes the head count or the date: each is refused at its field. */
class MemberEventTypedNumbersTest extends ViewTest {

    private static final String TITLE = "大荆镇会员日（人数输错）";

    @Test
    void aDecimalANegativeLettersOrAnAbsurdHeadCountIsRefusedAtTheFieldAndNothingIsSaved() {
        MemberEventEditor editor = newEvent();
        for (String typed : List.of("3.5", "-1", "abc", "99999999999")) {
            Typing.type(editor.members, typed);
            test(editor.save).click();
            assertThat(editor.members.getErrorMessage()).as(typed).isEqualTo("请输入 0 到 100000 之间的整数");
            assertThat(editor.members.isInvalid()).as(typed).isTrue();
            assertThat(editor.isOpened()).isTrue();
            assertThat(count("member_event WHERE title = '" + TITLE + "'")).as(typed).isZero();
        }

        Typing.type(editor.members, "３５"); // full-width digits from a Chinese input method mean 35
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT members FROM member_event WHERE title = ?").param(TITLE).query(Integer.class).single())
                .isEqualTo(35);
    }

    @Test
    void anEventDatedIn1900IsRefusedAtTheDate() {
        MemberEventEditor editor = newEvent();
        Typing.type(editor.members, "35");
        editor.eventDate.setValue(LocalDate.of(1900, 1, 1));
        test(editor.save).click();
        assertThat(editor.eventDate.isInvalid()).isTrue();
        assertThat(editor.eventDate.getErrorMessage()).startsWith("请选择 2000年1月1日 到 ");
        assertThat(count("member_event WHERE title = '" + TITLE + "'")).isZero();
    }

    private MemberEventEditor newEvent() {
        demoUsers.login("association");
        navigate(MemberEventsView.class);
        clickButton("登记活动");
        MemberEventEditor editor = $(MemberEventEditor.class).single();
        test(editor.branch).selectItem("乐清市大荆镇计划生育协会");
        test(editor.title).setValue(TITLE);
        editor.others.setValue(0);
        editor.eventDate.setValue(LocalDate.of(2024, 5, 29));
        return editor;
    }
}
