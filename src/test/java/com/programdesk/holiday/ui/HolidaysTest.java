package com.programdesk.holiday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.holiday.service.HolidayCalendar;
import com.programdesk.testsupport.ViewTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators keep the holiday table, and working-day deadlines follow it at once. */
class HolidaysTest extends ViewTest {

    @Autowired
    HolidayCalendar calendar;

    @Test
    void adminAddsAHolidayThatDeadlinesThenSkipAndDuplicatesAreRefused() {
        demoUsers.login("admin");
        HolidayView view = navigate(HolidayView.class);
        LocalDate wednesday = LocalDate.of(2027, 3, 10);
        assertThat(calendar.workingDays().isWorkingDay(wednesday)).isTrue();

        view.day.setValue(wednesday);
        test(view.add).click();
        assertThat(view.name.getErrorMessage()).isEqualTo("此项为必填项");
        test(view.name).setValue("测试假日");
        test(view.add).click();
        assertThat(calendar.workingDays().isWorkingDay(wednesday)).isFalse();

        view.day.setValue(LocalDate.of(2027, 1, 1));
        test(view.name).setValue("元旦");
        test(view.add).click();
        assertThat(view.day.getErrorMessage()).isEqualTo("这一天已在节假日表中");
    }
}
