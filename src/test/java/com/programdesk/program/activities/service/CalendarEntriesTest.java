package com.programdesk.program.activities.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.testsupport.ProgramDeskTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The calendar reads each activity's entry exactly as stored: dated and undated, every type and status. */
@ProgramDeskTest
class CalendarEntriesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyActivityReadsTheSameAsItsColumnsMappedByName() {
        String select = "SELECT " + ActivityQueries.ENTRY_COLUMNS + " FROM activity a ORDER BY a.id";

        List<CalendarEntry> read = jdbc.sql(select).query(ActivityQueries.ENTRY).list();

        assertThat(read).isEqualTo(jdbc.sql(select).query(CalendarEntry.class).list());
        assertThat(read).anyMatch(CalendarEntry::isDated).anyMatch(e -> !e.isDated()).anyMatch(e -> e.place() == null);
    }
}
