package com.programdesk.statistics.forms.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.area.domain.Area;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestAreas;
import com.programdesk.testsupport.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which institutions file a form, by rule: the Wenzhou coordinator gives a form to "温州市 × 乡镇卫生院";
 * the city's township centres file it, a centre opened later in a county of the city files it from then
 * on, and one moved out of the city or closed no longer does. A coordinator assigns only within their area.
 */
@ProgramDeskTest
class FormAssignmentRulesTest {

    private static final String WENZHOU = "330300";
    private static final String RUIAN = "330381";

    @Autowired
    FormMaintenance forms;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    InstitutionService institutions;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    TestAreas testAreas;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCitysTownshipCentresFileTheFormAndANewCentreJoinsUntilItMovesAway() {
        long wenzhou = testData.areaId(WENZHOU);
        FormDefinition form = form(List.of(wenzhou), List.of(InstitutionType.TOWNSHIP_HEALTH_CENTRE));
        int previewed = demoUsers.as("wenzhou.coordinator", () -> forms.countAssigned(null, List.of(wenzhou),
                List.of(InstitutionType.TOWNSHIP_HEALTH_CENTRE)));
        FormDefinition saved = demoUsers.as("wenzhou.coordinator", () -> forms.save(form));
        long formId = saved.getId();

        List<Long> centres = townshipCentresOfWenzhou();
        assertThat(centres).contains(testData.institutionId("YQ-HQ-HC")); // 乐清市虹桥镇中心卫生院
        assertThat(assigned(formId)).containsExactlyInAnyOrderElementsOf(centres)
                .doesNotContain(testData.institutionId("SX-CH-QX")); // a township centre of 绍兴市
        assertThat(previewed).isEqualTo(centres.size());
        assertThat(saved.getAssignedAreaIds()).containsExactly(wenzhou);
        assertThat(saved.getAssignedTypes()).containsExactly(InstitutionType.TOWNSHIP_HEALTH_CENTRE);

        // a centre opened in 瑞安市, a county of the city: expected from now on
        Institution centre = demoUsers.as("admin", () -> {
            Institution created = new Institution(TestData.unique("瑞安市测试镇卫生院"), TestData.unique("T-FA-"),
                    InstitutionType.TOWNSHIP_HEALTH_CENTRE);
            created.setAreaId(testData.areaId(RUIAN));
            return institutions.save(created);
        });
        assertThat(demoUsers.as("admin", () -> catalog.isAssigned(formId, centre.getId()))).isTrue();

        // a hospital there is of another type: not expected
        Institution hospital = demoUsers.as("admin", () -> {
            Institution created = new Institution(TestData.unique("瑞安市测试医院"), TestData.unique("T-FA-"),
                    InstitutionType.GENERAL_HOSPITAL);
            created.setAreaId(testData.areaId(RUIAN));
            return institutions.save(created);
        });
        assertThat(demoUsers.as("admin", () -> catalog.isAssigned(formId, hospital.getId()))).isFalse();
        // … until it becomes a township centre
        Institution converted = demoUsers.as("admin", () -> {
            Institution edited = institutions.find(hospital.getId()).orElseThrow();
            edited.setType(InstitutionType.TOWNSHIP_HEALTH_CENTRE);
            return institutions.save(edited);
        });
        assertThat(demoUsers.as("admin", () -> catalog.isAssigned(formId, converted.getId()))).isTrue();
        // … and no longer once it is closed
        demoUsers.as("admin", () -> institutions.setActive(converted, false));
        assertThat(demoUsers.as("admin", () -> catalog.isAssigned(formId, converted.getId()))).isFalse();

        // the centre moves out of the city: no longer expected; a hospital listed by hand stays
        Area elsewhere = testAreas.city();
        demoUsers.as("admin", () -> catalog.assign(formId, List.of(testData.institutionId("YQ-MCH"))));
        demoUsers.as("admin", () -> {
            Institution moved = institutions.find(centre.getId()).orElseThrow();
            moved.setAreaId(elsewhere.getId());
            institutions.save(moved);
        });
        assertThat(demoUsers.as("admin", () -> catalog.isAssigned(formId, centre.getId()))).isFalse();
        assertThat(assigned(formId)).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(townshipCentresOfWenzhou().stream(), java.util.stream.Stream.of(testData.institutionId("YQ-MCH")))
                        .toList());
        assertThat(demoUsers.as("wenzhou.coordinator", () -> forms.countAssigned(formId, List.of(wenzhou),
                List.of(InstitutionType.TOWNSHIP_HEALTH_CENTRE)))).isEqualTo(assigned(formId).size());
    }

    @Test
    void aCoordinatorAssignsOnlyWithinTheirAreaAndNothingIsSavedOtherwise() {
        FormDefinition outside = form(List.of(testData.areaId("330600")), List.of()); // 绍兴市, outside 温州市
        assertThatThrownBy(() -> demoUsers.as("wenzhou.coordinator", () -> forms.save(outside)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("assignedAreas");
                    assertThat(e.messageKey()).isEqualTo("reportForm.error.assignOutsideScope");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_form WHERE code = :code").param("code", outside.getCode())
                .query(Integer.class).single()).isZero();

        // within the area: fine; an area the administrator added from above stays when the coordinator edits the rule
        long yueqing = testData.areaId("330382");
        long shaoxing = testData.areaId("330600");
        FormDefinition created = demoUsers.as("wenzhou.coordinator", () -> forms.save(form(List.of(yueqing), List.of())));
        demoUsers.as("admin", () -> {
            FormDefinition edit = forms.find(created.getId()).orElseThrow();
            edit.setAssignedAreaIds(List.of(yueqing, shaoxing));
            return forms.save(edit);
        });
        FormDefinition edited = demoUsers.as("wenzhou.coordinator", () -> {
            FormDefinition edit = forms.find(created.getId()).orElseThrow();
            edit.setAssignedAreaIds(List.of(testData.areaId(WENZHOU)));
            return forms.save(edit);
        });
        assertThat(edited.getAssignedAreaIds()).containsExactlyInAnyOrder(testData.areaId(WENZHOU), shaoxing);
        assertThat(assigned(created.getId())).contains(testData.institutionId("SX-CH-QX"), testData.institutionId("YQ-HQ-HC"));
    }

    private List<Long> townshipCentresOfWenzhou() {
        return jdbc.sql("""
                SELECT i.id FROM institution i JOIN area a ON a.id = i.area_id
                WHERE i.active AND i.type = 'TOWNSHIP_HEALTH_CENTRE' AND a.path LIKE (SELECT CONCAT(w.path, '%') FROM area w WHERE w.code = :code)""")
                .param("code", WENZHOU).query(Long.class).list();
    }

    private List<Long> assigned(long formId) {
        return jdbc.sql("SELECT institution_id FROM report_form_institution WHERE report_form_id = :form")
                .param("form", formId).query(Long.class).list();
    }

    private FormDefinition form(List<Long> areaIds, List<InstitutionType> types) {
        long element = demoUsers.as("admin", () -> catalog.offeredElements().getFirst().id());
        FormDefinition form = new FormDefinition();
        form.setCode(TestData.unique("FA_FORM_").toUpperCase());
        form.setNameZh(TestData.unique("按地区分配测试报表"));
        form.setNameEn("Assignment rule test form");
        form.setFrequency(Frequency.MONTHLY);
        form.setDueDay(5);
        form.setRows(List.of(new FormRow(element, null, null)));
        form.setValidFrom(LocalDate.of(2019, 1, 1));
        form.setAssignedAreaIds(areaIds);
        form.setAssignedTypes(types);
        return form;
    }
}
