package com.programdesk.program.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import org.junit.jupiter.api.Test;

/** Administrators keep the list of observance days the calendar shows every year. */
class ObservanceDaysTest extends ViewTest {

    @Test
    void adminAddsAnObservanceDayAndImpossibleDatesAreRefused() {
        demoUsers.login("admin");
        ObservanceDayView view = navigate(ObservanceDayView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(4);
        clickButton("新增纪念日");
        ObservanceDayView.Editor editor = $(ObservanceDayView.Editor.class).single();

        editor.month.setValue(2);
        editor.day.setValue(30);
        test(editor.nameZh).setValue("不存在的日子");
        test(editor.save).click();
        assertThat(editor.day.getErrorMessage()).isEqualTo("该月没有这一天");

        editor.month.setValue(7);
        editor.day.setValue(11);
        test(editor.nameZh).setValue("世界人口日");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM observance_day WHERE name_zh = '世界人口日' AND month_of_year = 7")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(count("observance_day")).isGreaterThanOrEqualTo(5);
    }
}
