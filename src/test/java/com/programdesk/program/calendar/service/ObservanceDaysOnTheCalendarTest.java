package com.programdesk.program.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.calendar.domain.ObservanceDay;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.SharedCachesAsInProduction;
import com.programdesk.testsupport.StatementCounter;
import com.programdesk.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Every calendar shows the observance days: read once for all users, and a day the administrator keeps is on them at once. */
@ProgramDeskTest
@ExtendWith(SharedCachesAsInProduction.class)
class ObservanceDaysOnTheCalendarTest {

    @Autowired
    ObservanceDayService observanceDays;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    StatementCounter statements;

    @Test
    void aDayTheAdministratorAddsOrSwitchesOffIsShownAtOnceAndReadingThemAgainCostsNoQuery() {
        demoUsers.as("coordinator", observanceDays::active);
        assertThat(statements.statements(() -> demoUsers.as("viewer", observanceDays::active))).noneMatch(sql -> sql.contains("observance_day"));

        ObservanceDay day = new ObservanceDay();
        day.setMonthOfYear(7);
        day.setDayOfMonth(11);
        day.setNameZh(TestData.unique("世界人口日 "));
        ObservanceDay saved = demoUsers.as("admin", () -> observanceDays.save(day));
        assertThat(demoUsers.as("coordinator", observanceDays::active)).extracting(ObservanceDay::getNameZh).contains(day.getNameZh());

        saved.setActive(false);
        demoUsers.as("admin", () -> observanceDays.save(saved));
        assertThat(demoUsers.as("coordinator", observanceDays::active)).extracting(ObservanceDay::getId).doesNotContain(saved.getId());
    }

    @Test
    void aCalendarThatChangesItsCopyChangesNothingOthersSee() {
        demoUsers.as("coordinator", observanceDays::active).forEach(day -> day.setNameZh("改过的名字"));
        assertThat(demoUsers.as("viewer", observanceDays::active)).extracting(ObservanceDay::getNameZh).doesNotContain("改过的名字");
    }
}
