package com.programdesk.institution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every institution lies in an area: the editor asks for it, the directory filters by it, a move out of a program's area is warned about. */
class InstitutionAreaTest extends ViewTest {

    @Autowired
    InstitutionService institutions;
    @Autowired
    ProgramService programs;

    @Test
    void anInstitutionCannotBeSavedWithoutItsArea() {
        demoUsers.login("admin");
        navigate(InstitutionListView.class);
        clickButton("新建机构");
        InstitutionEditor editor = $(InstitutionEditor.class).single();
        long before = count("institution");

        test(editor.nameZh).setValue(TestData.unique("无区划卫生院"));
        test(editor.code).setValue(TestData.unique("NOAREA"));
        test(editor.type).selectItem("乡镇卫生院");
        test(editor.save).click();

        assertThat(editor.area.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.isOpened()).isTrue();
        assertThat(count("institution")).isEqualTo(before);

        editor.area.setValue(testData.areaId("330382101000"));
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(count("institution")).isEqualTo(before + 1);
    }

    @Test
    void theDirectoryFiltersByAnAreaAndEverythingBelowIt() {
        demoUsers.login("admin");
        InstitutionListView view = navigate(InstitutionListView.class);

        view.area.setValue(testData.areaId("330382"));
        assertThat(codes(view)).contains("YQ-MCH", "YQ-HQ-HC", "YQ-FPA-NT").doesNotContain("SX-MCH", "SX-CH-QX");

        view.area.setValue(testData.areaId("330382108000"));
        assertThat(codes(view)).contains("YQ-HQ-HC", "YQ-FPA-HQ").doesNotContain("YQ-MCH", "YQ-FPA-NT");

        view.area.setValue(testData.areaId("330600"));
        assertThat(codes(view)).contains("SX-MCH", "SX-CH-QX", "SX-KQ-HB").doesNotContain("YQ-MCH");

        view.area.clear();
        assertThat(codes(view)).contains("YQ-MCH", "SX-MCH");
    }

    @Test
    void movingAnInstitutionOutOfAProgramsAreaIsWarnedAboutWithTheProgramsItLeaves() {
        String code = TestData.unique("MOVE");
        Institution created = demoUsers.as("admin", () -> {
            Institution institution = new Institution(TestData.unique("虹桥镇社区卫生服务站"), code, InstitutionType.TOWNSHIP_HEALTH_CENTRE);
            institution.setAreaId(testData.areaId("330382108000"));
            return institutions.save(institution);
        });
        String yueqingPlan = demoUsers.as("admin", () -> programs.find(testData.latestActiveProgramId()).orElseThrow().getTitle());
        demoUsers.login("admin");
        InstitutionListView view = navigate(InstitutionListView.class);
        view.openEditor(institutions.find(created.getId()).orElseThrow());
        InstitutionEditor editor = $(InstitutionEditor.class).single();

        editor.area.setValue(testData.areaId("330603"));
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.area.getHelperText()).startsWith("保存后将不再属于以下方案：").contains(yueqingPlan);
        assertThat(institutions.find(created.getId()).orElseThrow().getAreaId()).isEqualTo(testData.areaId("330382108000"));

        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(institutions.find(created.getId()).orElseThrow().getAreaId()).isEqualTo(testData.areaId("330603"));
    }

    @Test
    void aParticipantNamedByAProgramLeavesItWhenMovedOutOfItsAreaButNotWhenMovedWithin() {
        demoUsers.login("admin");
        long qixian = testData.institutionId("SX-CH-QX");

        assertThat(institutions.programsLosing(qixian, testData.areaId("330382"))).isNotEmpty();
        assertThat(institutions.programsLosing(qixian, testData.areaId("330603"))).isEmpty();
        assertThat(institutions.programsLosing(testData.institutionId("YQ-HQ-HC"), testData.areaId("330382101000"))).isEmpty();
        assertThat(institutions.programsLosing(testData.institutionId("YQ-HQ-HC"), testData.areaId("330603")))
                .contains(programs.find(testData.latestActiveProgramId()).orElseThrow().getTitle());
    }

    private List<String> codes(InstitutionListView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i).getCode()).toList();
    }
}
