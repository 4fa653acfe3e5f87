package com.programdesk.statistics.elements.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.domain.ElementSummary.FormName;
import com.programdesk.statistics.elements.domain.ElementSummary;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.imports.service.ReportImportService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The bureau keeps its data elements (数据元) in the portal: created, edited, retired and brought
 * back, each audited, bad input refused at its field with nothing stored, and what values already
 * mean never changed under them.
 */
@ProgramDeskTest
class DataElementMaintenanceTest {

    private static final LocalDate MARCH_2019 = LocalDate.of(2019, 3, 1);

    @Autowired
    ElementMaintenance elements;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    ReportImportService imports;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void aCoordinatorCreatesAnElementAndFindsItInTheList() {
        String code = TestData.unique("PP_CONTRACEPTION_").toUpperCase();
        String name = TestData.unique("产后避孕落实例数");

        ElementDefinition saved = demoUsers.as("coordinator", () -> elements.save(element(code.toLowerCase(), name)));

        assertThat(saved.getCode()).isEqualTo(code);
        assertThat(saved.getAreaId()).isEqualTo(testData.areaId("330382")); // kept by 乐清市, whose coordinator made it
        List<ElementSummary> found = demoUsers.as("coordinator", () -> elements.search(code.substring(0, 20), false, 0, 10));
        assertThat(found).singleElement().satisfies(row -> {
            assertThat(row.element().nameZh()).isEqualTo(name);
            assertThat(row.element().valueType()).isEqualTo(ValueType.WHOLE_NUMBER);
            assertThat(row.element().aggregation()).isEqualTo(Aggregation.SUM);
            assertThat(row.element().unitZh()).isEqualTo("例");
            assertThat(row.forms()).isEmpty();
            assertThat(row.mayEdit()).isTrue();
        });
        assertThat(demoUsers.as("coordinator", () -> elements.count(name, false))).isEqualTo(1);
        assertThat(demoUsers.as("coordinator", () -> catalog.offeredElements())).extracting(DataElement::code).contains(code);
        assertThat(audit(saved.getId())).containsExactly("CREATE");
    }

    @Test
    void theSeededElementsListTheActiveFormsThatHoldThem() {
        List<ElementSummary> found = demoUsers.as("coordinator", () -> elements.search("INDUCED_ABORTIONS", false, 0, 10));

        assertThat(found).singleElement().satisfies(row -> {
            // of the seeded forms only this one; forms other tests make with seeded elements may be listed too
            assertThat(row.forms()).extracting(FormName::code).contains("EARLY_PREGNANCY")
                    .doesNotContain("BASIC_CONTRACEPTION", "AWARENESS_SURVEY", "AREA_POPULATION", "CARE_KEY_MEASURES");
            assertThat(row.mayEdit()).as("the province's catalogue is kept by users bound to no area").isFalse();
        });
        assertThat(demoUsers.as("admin", () -> elements.search("INDUCED_ABORTIONS", false, 0, 10)).getFirst().mayEdit()).isTrue();
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsStored() {
        demoUsers.login("coordinator");
        try {
            long before = count();
            String name = TestData.unique("新数据元");
            refused(() -> elements.save(element("", name)), "code", "validation.required");
            refused(() -> elements.save(element("INDUCED_ABORTIONS", name)), "code", "dataElement.error.codeTaken");
            refused(() -> elements.save(element(" induced_abortions ", name)), "code", "dataElement.error.codeTaken");
            for (String bad : List.of("1ABC", "A", "AB-C", "产后避孕", "_ABC", "A".repeat(41))) {
                refused(() -> elements.save(element(bad, name)), "code", "dataElement.error.codePattern");
            }
            String code = TestData.unique("T_NEW_").toUpperCase();
            refused(() -> elements.save(element(code, " ")), "nameZh", "validation.required");
            refused(() -> elements.save(element(code, "名".repeat(ElementDefinition.NAME_ZH_MAX + 1))), "nameZh", "validation.maxLength");
            refused(() -> elements.save(element(code, "人工流产例数")), "nameZh", "dataElement.error.nameTaken");
            refused(() -> elements.save(with(element(code, name), e -> e.setNameEn(""))), "nameEn", "validation.required");
            refused(() -> elements.save(with(element(code, name), e -> e.setNameEn("n".repeat(ElementDefinition.NAME_EN_MAX + 1)))),
                    "nameEn", "validation.maxLength");
            refused(() -> elements.save(with(element(code, name), e -> e.setUnitZh(""))), "unitZh", "validation.required");
            // a percentage cannot be summed; a yes/no is counted or averaged, never taken last
            refused(() -> elements.save(with(element(code, name), e -> e.setValueType(ValueType.PERCENTAGE))),
                    "aggregation", "dataElement.error.aggregationFor.PERCENTAGE");
            refused(() -> elements.save(with(element(code, name), e -> {
                e.setValueType(ValueType.YES_NO);
                e.setAggregation(Aggregation.LATEST);
            })), "aggregation", "dataElement.error.aggregationFor.YES_NO");
            assertThat(count()).isEqualTo(before);
        } finally {
            demoUsers.logout();
        }
    }

    @Test
    void aRetiredElementKeepsItsCode() {
        String code = TestData.unique("T_RETIRED_").toUpperCase();
        ElementDefinition retired = demoUsers.as("coordinator", () -> {
            ElementDefinition saved = elements.save(element(code, TestData.unique("停用的数据元")));
            return elements.setRetired(saved, true);
        });
        assertThat(retired.isRetired()).isTrue();
        assertThat(retired.getRetiredBy()).isEqualTo("coordinator");

        demoUsers.as("keqiao.coordinator", () -> refused(() -> elements.save(element(code, TestData.unique("同码数据元"))),
                "code", "dataElement.error.codeTaken"));
    }

    @Test
    void onlyNamesUnitAndDescriptionChangeOnceReportsHoldValues() {
        ElementDefinition filed = elementWithAFiledValue("admin");
        long valuesBefore = jdbc.sql("SELECT COUNT(*) FROM stat_value WHERE data_element_id = ?").param(filed.getId()).query(Long.class).single();
        demoUsers.login("admin");
        try {
            assertThat(elements.holdsValues(filed.getId())).isTrue();
            refused(() -> elements.save(with(filed, e -> e.setAggregation(Aggregation.LATEST))), "aggregation", "dataElement.error.valuesFiled");
            refused(() -> elements.save(with(filed, e -> e.setValueType(ValueType.YES_NO))), "valueType", "dataElement.error.valuesFiled");
            refused(() -> elements.save(with(filed, e -> e.setCode(e.getCode() + "_X"))), "code", "dataElement.error.codeFixed");
            assertThat(elements.find(filed.getId()).orElseThrow().getAggregation()).isEqualTo(Aggregation.SUM);

            ElementDefinition renamed = elements.save(with(filed, e -> {
                e.setNameEn("Postpartum contraception started");
                e.setShortNameZh("产后避孕");
                e.setUnitZh("人");
                e.setDescriptionZh("产后42天内落实避孕措施的人数");
            }));
            assertThat(renamed.getShortNameZh()).isEqualTo("产后避孕");
            assertThat(renamed.getUnitZh()).isEqualTo("人");
            assertThat(renamed.getVersion()).isEqualTo(filed.getVersion() + 1);
            assertThat(audit(filed.getId())).containsExactly("CREATE", "UPDATE");
            // a stale copy is a conflict, shown by the form
            assertThatThrownBy(() -> elements.save(with(filed, e -> e.setNameEn("stale"))))
                    .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        } finally {
            demoUsers.logout();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stat_value WHERE data_element_id = ?").param(filed.getId()).query(Long.class).single())
                .isEqualTo(valuesBefore);
    }

    @Test
    void retiringAnElementOnAnActiveFormIsRefusedWithTheFormsNamed() {
        ElementDefinition induced = demoUsers.as("admin", () -> elements.find(idOf("INDUCED_ABORTIONS")).orElseThrow());

        assertThatThrownBy(() -> demoUsers.as("admin", () -> elements.setRetired(induced, true)))
                .isInstanceOfSatisfying(ElementOnFormsException.class, e -> {
                    assertThat(e.field()).isEqualTo("retired");
                    assertThat(e.messageKey()).isEqualTo("dataElement.error.onForms");
                    assertThat(e.forms()).extracting(FormName::nameZh).contains("早孕关爱服务月报表")
                            .doesNotContain("基本避孕服务项目月报表", "早孕与人流关爱重点指标月报表");
                });
        assertThat(jdbc.sql("SELECT retired FROM data_element WHERE code = 'INDUCED_ABORTIONS'").query(Boolean.class).single()).isFalse();
    }

    @Test
    void retiringAnUnusedElementHidesItFromPickersAndImportsButKeepsWhatWasFiled() {
        ElementDefinition filed = elementWithAFiledValue("coordinator");
        String code = filed.getCode();

        ElementDefinition retired = demoUsers.as("coordinator", () -> elements.setRetired(filed, true));

        assertThat(retired.isRetired()).isTrue();
        assertThat(retired.getRetiredAt()).isNotNull();
        demoUsers.login("coordinator");
        try {
            assertThat(catalog.offeredElements()).extracting(DataElement::code).doesNotContain(code);
            assertThat(catalog.elements()).filteredOn(e -> e.code().equals(code)).singleElement()
                    .satisfies(e -> assertThat(e.retired()).isTrue()); // still named wherever its values are shown
            assertThat(elements.search(code, false, 0, 10)).isEmpty();
            assertThat(elements.search(code, true, 0, 10)).singleElement().satisfies(row -> assertThat(row.element().retired()).isTrue());
            ImportSummary preview = imports.preview(csv("机构编码,统计期,EP_VISITS," + code + "\nYQ-MCH,2019-03,1,2\n"), "retired.csv",
                    new ImportProgress());
            assertThat(preview.problems()).filteredOn(p -> p.kind() == ImportProblemKind.COLUMN_UNKNOWN)
                    .extracting(ImportProblem::column).containsExactly(code);
        } finally {
            demoUsers.logout();
        }
        // the filed report keeps its value, and the dashboard's facts theirs
        assertThat(jdbc.sql("SELECT value FROM stat_value WHERE data_element_id = ?").param(filed.getId()).query(Long.class).single()).isEqualTo(7L);
        assertThat(jdbc.sql("SELECT value FROM stat_fact WHERE data_element_id = ?").param(filed.getId()).query(Long.class).single()).isEqualTo(7L);

        ElementDefinition back = demoUsers.as("coordinator", () -> elements.setRetired(retired, false));
        assertThat(back.isRetired()).isFalse();
        assertThat(back.getRetiredBy()).isNull();
        assertThat(demoUsers.as("coordinator", () -> catalog.offeredElements())).extracting(DataElement::code).contains(code);
        assertThat(audit(filed.getId())).containsExactly("CREATE", "DEACTIVATE", "REACTIVATE");
    }

    @Test
    void anElementIsKeptByTheAreaThatMadeItAndTheAreasAboveIt() {
        ElementDefinition yueqings = demoUsers.as("coordinator",
                () -> elements.save(element(TestData.unique("T_YQ_").toUpperCase(), TestData.unique("乐清自定数据元"))));

        assertThat(demoUsers.as("keqiao.coordinator", () -> elements.mayEdit(yueqings))).isFalse();
        assertThatThrownBy(() -> demoUsers.as("keqiao.coordinator", () -> elements.save(with(yueqings, e -> e.setNameEn("Keqiao's")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demoUsers.as("keqiao.coordinator", () -> elements.setRetired(yueqings, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(demoUsers.as("wenzhou.coordinator", () -> elements.mayEdit(yueqings))).isTrue(); // 温州市 covers 乐清市
        ElementDefinition byAdmin = demoUsers.as("admin", () -> elements.save(with(yueqings, e -> e.setNameEn("Kept by the province too"))));
        assertThat(byAdmin.getNameEn()).isEqualTo("Kept by the province too");
        assertThat(byAdmin.getAreaId()).isEqualTo(yueqings.getAreaId());
    }

    @Test
    void institutionUsersAndViewersCannotReachTheCatalogueServices() {
        ElementDefinition any = demoUsers.as("admin", () -> elements.find(idOf("INDUCED_ABORTIONS")).orElseThrow());
        for (String user : List.of("mch.staff", "viewer", "association")) {
            assertThatThrownBy(() -> demoUsers.as(user, () -> elements.search("", false, 0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demoUsers.as(user, () -> elements.save(element("T_DENIED", "不应保存"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> demoUsers.as(user, () -> elements.setRetired(any, true))).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** A new element of the user's, on an inactive form of its own, with an approved value in March 2019 (a report as a data load writes it). */
    private ElementDefinition elementWithAFiledValue(String user) {
        ElementDefinition element = demoUsers.as(user,
                () -> elements.save(element(TestData.unique("T_FILED_").toUpperCase(), TestData.unique("已填报数据元"))));
        String formCode = TestData.unique("TEST_CAT_").toUpperCase();
        jdbc.sql("""
                INSERT INTO report_form (code, name_zh, name_en, frequency, due_day, active, position)
                VALUES (:code, '数据元测试表', 'Data element test form', 'MONTHLY', 5, FALSE, 99)""").param("code", formCode).update();
        long form = jdbc.sql("SELECT id FROM report_form WHERE code = ?").param(formCode).query(Long.class).single();
        jdbc.sql("INSERT INTO report_form_element (report_form_id, data_element_id, position) VALUES (?, ?, 1)")
                .params(form, element.getId()).update();
        LocalDateTime filedAt = LocalDateTime.of(2019, 4, 2, 9, 0);
        jdbc.sql("""
                INSERT INTO stat_report (report_form_id, institution_id, period_start, status, first_submitted_at, submitted_at,
                                         approved_at, created_by, created_at, updated_by, updated_at)
                VALUES (:form, :institution, :period, 'APPROVED', :at, :at, :at, 'test', :at, 'test', :at)""")
                .param("form", form).param("institution", testData.institutionId("YQ-MCH")).param("period", MARCH_2019)
                .param("at", filedAt).update();
        long report = jdbc.sql("SELECT id FROM stat_report WHERE report_form_id = ?").param(form).query(Long.class).single();
        jdbc.sql("INSERT INTO stat_value (stat_report_id, data_element_id, value) VALUES (?, ?, 7)").params(report, element.getId()).update();
        jdbc.sql("INSERT INTO stat_fact (data_element_id, period_start, institution_id, value) VALUES (?, ?, ?, 7)")
                .params(element.getId(), MARCH_2019, testData.institutionId("YQ-MCH")).update();
        return element;
    }

    private static ElementDefinition element(String code, String nameZh) {
        ElementDefinition element = new ElementDefinition();
        element.setCode(code);
        element.setNameZh(nameZh);
        element.setNameEn("Test element");
        element.setUnitZh("例");
        element.setUnitEn("cases");
        element.setValueType(ValueType.WHOLE_NUMBER);
        element.setAggregation(Aggregation.SUM);
        return element;
    }

    private static ElementDefinition with(ElementDefinition element, Consumer<ElementDefinition> change) {
        ElementDefinition copy = element.copy();
        change.accept(copy);
        return copy;
    }

    private static void refused(ThrowingCallable save, String field, String messageKey) {
        assertThatThrownBy(save).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM data_element").query(Long.class).single();
    }

    private long idOf(String code) {
        return jdbc.sql("SELECT id FROM data_element WHERE code = ?").param(code).query(Long.class).single();
    }

    private List<String> audit(long elementId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'DataElement' AND entity_id = ? ORDER BY id")
                .param(elementId).query(String.class).list();
    }

    private static Path csv(String text) {
        try {
            Path file = Files.createTempFile("elements", ".csv");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
