package com.programdesk.holiday.service;

import com.programdesk.base.domain.WorkingDays;
import java.time.LocalDate;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Working days as the bureau counts them: no weekends, no days in the holiday table. */
@Component
public class HolidayCalendar {

    private final JdbcClient jdbc;

    HolidayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WorkingDays workingDays() {
        return new WorkingDays(new HashSet<>(jdbc.sql("SELECT day FROM holiday").query(LocalDate.class).list()));
    }
}
