package com.programdesk.program.plan.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.SharedCachesAsInProduction;
import com.programdesk.testsupport.StatementCounter;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar, the home page, every activity shown and every target figure read programs: read once for all users,
 * and shown as saved at once when the bureau changes one.
 */
@ProgramDeskTest
@ExtendWith(SharedCachesAsInProduction.class)
class KnownProgramsTest {

    private static final List<String> STREAMS = List.of("青春健康");

    @Autowired
    ProgramService programs;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    StatementCounter statements;

    private Program running;

    @BeforeEach
    void theBureauRunsAProgram() {
        running = demoUsers.as("coordinator", () -> {
            Program saved = programs.save(new Program(TestData.unique("缓存测试方案 "), LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31)), STREAMS);
            return programs.changeStatus(saved, ProgramStatus.ACTIVE, "启动");
        });
    }

    /** Long past, so that no other test takes it for the current program; closed afterwards. */
    @AfterEach
    void theProgramEnds() {
        demoUsers.as("coordinator", () -> programs.find(running.getId()).filter(p -> p.getStatus() == ProgramStatus.ACTIVE)
                .ifPresent(p -> programs.changeStatus(p, ProgramStatus.CLOSED, "测试结束")));
    }

    @Test
    void aProgramReadAgainCostsNoQueryAndIsShownAsSavedAtOnce() {
        read();
        assertThat(statements.statements(this::read)).noneMatch(sql -> sql.contains("`program`"));

        Program edited = demoUsers.as("coordinator", () -> programs.find(running.getId()).orElseThrow());
        edited.setTitle(TestData.unique("改名后的方案 "));
        demoUsers.as("coordinator", () -> programs.save(edited, STREAMS));

        assertThat(demoUsers.as("coordinator", () -> programs.find(running.getId()).orElseThrow().getTitle())).isEqualTo(edited.getTitle());
        assertThat(demoUsers.as("coordinator", () -> programs.running())).extracting(Program::getTitle).contains(edited.getTitle());

        demoUsers.as("coordinator", () -> programs.changeStatus(programs.find(running.getId()).orElseThrow(), ProgramStatus.CLOSED, "结束"));
        assertThat(demoUsers.as("coordinator", () -> programs.running())).extracting(Program::getId).doesNotContain(running.getId());
    }

    @Test
    void aFormThatEditsItsProgramChangesNothingOthersReadUntilItIsSaved() {
        String title = running.getTitle();
        demoUsers.as("coordinator", () -> programs.find(running.getId()).orElseThrow()).setTitle("未保存的标题");
        demoUsers.as("coordinator", () -> programs.running()).forEach(program -> program.setTitle("未保存的标题"));

        assertThat(demoUsers.as("coordinator", () -> programs.find(running.getId()).orElseThrow().getTitle())).isEqualTo(title);
        assertThat(demoUsers.as("coordinator", () -> programs.running())).extracting(Program::getTitle).contains(title)
                .doesNotContain("未保存的标题");
    }

    @Test
    void anotherCitysBureauStillDoesNotSeeTheProgramOnceItIsKnown() {
        read();
        assertThat(demoUsers.as("keqiao.coordinator", () -> programs.find(running.getId()))).isEmpty();
        assertThat(demoUsers.as("keqiao.coordinator", () -> programs.running())).extracting(Program::getId).doesNotContain(running.getId());
    }

    private void read() {
        demoUsers.as("coordinator", () -> {
            programs.find(running.getId());
            return programs.running();
        });
    }
}
