package com.programdesk.program.overview.ui;

import com.programdesk.program.plan.ui.ProgramEditor;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A program belongs to the area of the bureau that plans it. */
class ProgramAreaTest extends ViewTest {

    @Test
    void aNewProgramStartsInTheCoordinatorsOwnArea() {
        demoUsers.login("coordinator");
        navigate(ProgramListView.class);
        clickButton("新建方案");
        ProgramEditor editor = $(ProgramEditor.class).single();

        assertThat(editor.area.getValue()).isEqualTo(testData.areaId("330382"));
        String title = TestData.unique("乐清市区划方案");
        test(editor.title).setValue(title);
        editor.periodStart.setValue(LocalDate.now().withDayOfMonth(1));
        editor.periodEnd.setValue(LocalDate.now().plusMonths(6));
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT area_id FROM program WHERE title = ?").param(title).query(Long.class).single())
                .isEqualTo(testData.areaId("330382"));
    }

    @Test
    void anAdministratorBoundToNoAreaMustChooseOne() {
        demoUsers.login("admin");
        navigate(ProgramListView.class);
        clickButton("新建方案");
        ProgramEditor editor = $(ProgramEditor.class).single();
        long before = count("program");

        assertThat(editor.area.getValue()).isNull();
        test(editor.title).setValue(TestData.unique("无区划方案"));
        editor.periodStart.setValue(LocalDate.now().withDayOfMonth(1));
        editor.periodEnd.setValue(LocalDate.now().plusMonths(6));
        test(editor.save).click();

        assertThat(editor.area.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(count("program")).isEqualTo(before);
    }
}
