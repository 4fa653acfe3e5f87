package com.programdesk.statistics.forms.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.statistics.catalog.domain.Aggregation;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.domain.ValueType;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.elements.domain.ElementDefinition;
import com.programdesk.statistics.elements.service.ElementMaintenance;
import com.programdesk.statistics.forms.domain.FormDefinition;
import com.programdesk.statistics.forms.domain.FormRow;
import com.programdesk.statistics.forms.domain.FormSummary;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.imports.service.ReportImportService;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.ReportStatus;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.ReportFixture;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The bureau keeps its report forms (报表) in the portal: a change of rows applies from a period the
 * coordinator picks, so a month already approved keeps the rows and values it was filed with while
 * the next month shows the new row.
 */
@ProgramDeskTest
class ReportFormVersionsTest {

    private static final LocalDate MARCH_2019 = LocalDate.of(2019, 3, 1);
    private static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);

    @Autowired
    FormMaintenance forms;
    @Autowired
    ElementMaintenance elements;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    ReportService reports;
    @Autowired
    ReportFixture fixture;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportImportService imports;

    @Test
    void aRowAddedFromNextMonthLeavesTheApprovedMonthAsItWasFiled() {
        long visits = element("早孕建卡例数");
        long registered = element("早孕登记例数");
        FormDefinition created = demoUsers.as("coordinator", () -> forms.save(form(List.of(visits, registered), MARCH_2019)));
        String hospitalCode = TestData.unique("T-FV-");
        long hospital = fixture.hospital(hospitalCode, TestData.unique("版本测试医院"));
        demoUsers.as("coordinator", () -> catalog.assign(created.getId(), List.of(hospital)));
        StatReport march = demoUsers.as("coordinator", () -> {
            ReportEntry entry = reports.open(created.getId(), hospital, MARCH_2019);
            StatReport submitted = reports.submit(entry, Map.of(code(visits), new ReportCell(12L, null), code(registered), new ReportCell(9L, null)));
            return reports.approve(submitted, null);
        });

        long postpartum = element("产后避孕落实例数");
        FormDefinition changed = demoUsers.as("coordinator", () -> {
            FormDefinition edit = forms.find(created.getId()).orElseThrow();
            List<FormRow> rows = new ArrayList<>(edit.getRows());
            rows.add(new FormRow(postpartum, "产后", "Postpartum"));
            edit.setRows(rows);
            edit.setValidFrom(APRIL_2019);
            return forms.save(edit);
        });

        assertThat(changed.getVersionNumber()).isEqualTo(2);
        assertThat(changed.getVersionValidFrom()).isEqualTo(APRIL_2019);
        ReportEntry approved = demoUsers.as("coordinator", () -> reports.open(march.getId()).orElseThrow());
        assertThat(approved.report().getStatus()).isEqualTo(ReportStatus.APPROVED);
        assertThat(codes(approved.form())).containsExactly(code(visits), code(registered));
        assertThat(approved.cells()).containsOnlyKeys(code(visits), code(registered));
        assertThat(approved.cells().get(code(visits)).value()).isEqualTo(12L);

        StatReport april = demoUsers.as("coordinator", () -> {
            ReportEntry entry = reports.open(created.getId(), hospital, APRIL_2019);
            assertThat(codes(entry.form())).containsExactly(code(visits), code(registered), code(postpartum));
            return reports.saveDraft(entry, Map.of(code(postpartum), new ReportCell(4L, null)));
        });
        assertThat(april.getFormVersionId()).isNotEqualTo(march.getFormVersionId()).isNotNull();
        assertThat(demoUsers.as("coordinator", () -> codes(reports.open(april.getId()).orElseThrow().form())))
                .containsExactly(code(visits), code(registered), code(postpartum));
        assertThat(demoUsers.as("coordinator", () -> forms.search(created.getCode(), false, 0, 10)))
                .singleElement().extracting(FormSummary::versionNumber, FormSummary::validFrom).containsExactly(2, APRIL_2019);
        assertThat(audit(created.getId())).containsExactly("CREATE", "UPDATE");

        // the import follows the versions too: the new row is refused for a month of the old version
        String header = "机构编码,统计期," + code(postpartum) + "\n";
        ImportSummary checked = demoUsers.as("coordinator", () -> imports.preview(csv(header
                + hospitalCode + ",2019-02,3\n" + hospitalCode + ",2019-05,6\n"), "versions.csv", new ImportProgress()));
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ImportProblemKind.NOT_ON_VERSION);
            assertThat(p.row()).isEqualTo(2);
        });
        ImportSummary imported = demoUsers.as("coordinator", () -> imports.confirm(csv(header + hospitalCode + ",2019-05,6\n"),
                "versions.csv", new ImportProgress()));
        assertThat(imported.written()).isTrue();
        assertThat(jdbc.sql("""
                SELECT v.version_number FROM stat_report r JOIN report_form_version v ON v.id = r.form_version_id
                WHERE r.report_form_id = :form AND r.period_start = :may""").param("form", created.getId())
                .param("may", LocalDate.of(2019, 5, 1)).query(Integer.class).list()).containsExactly(2);
    }

    @Test
    void aVersionFromAPeriodAlreadyFiledIsRefusedAtTheField() {
        long visits = element("早孕随访例数");
        long extra = element("早孕转诊例数");
        FormDefinition created = demoUsers.as("coordinator", () -> forms.save(form(List.of(visits), MARCH_2019)));
        long hospital = fixture.hospital(TestData.unique("T-FV-"), TestData.unique("版本拒绝测试医院"));
        demoUsers.as("coordinator", () -> {
            catalog.assign(created.getId(), List.of(hospital));
            reports.saveDraft(reports.open(created.getId(), hospital, MARCH_2019), Map.of(code(visits), new ReportCell(3L, null)));
        });

        FormDefinition edit = demoUsers.as("coordinator", () -> forms.find(created.getId()).orElseThrow());
        assertThat(edit.getLastFiled()).isEqualTo(MARCH_2019);
        edit.setRows(List.of(new FormRow(visits, null, null), new FormRow(extra, null, null)));
        edit.setValidFrom(MARCH_2019);

        assertRefused(() -> demoUsers.as("coordinator", () -> forms.save(edit)), "validFrom", "reportForm.error.validFromFiled");
        edit.setFrequency(Frequency.QUARTERLY);
        edit.setValidFrom(APRIL_2019);
        assertRefused(() -> demoUsers.as("coordinator", () -> forms.save(edit)), "frequency", "reportForm.error.frequencyFixed");
        FormDefinition unchanged = demoUsers.as("coordinator", () -> forms.find(created.getId()).orElseThrow());
        assertThat(unchanged.getVersionNumber()).isEqualTo(1);
        assertThat(unchanged.getRows()).extracting(FormRow::elementId).containsExactly(visits);
        assertThat(audit(created.getId())).containsExactly("CREATE");
    }

    @Test
    void aFormWithoutElementsIsRefusedAndNothingIsStored() {
        FormDefinition empty = form(List.of(), MARCH_2019);

        assertRefused(() -> demoUsers.as("coordinator", () -> forms.save(empty)), "elements", "reportForm.error.noElements");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_form WHERE code = :code").param("code", empty.getCode())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRetiredFormIsNoLongerOfferedButItsReportsStillOpen() {
        long visits = element("早孕咨询例数");
        FormDefinition created = demoUsers.as("coordinator", () -> forms.save(form(List.of(visits), MARCH_2019)));
        long hospital = fixture.hospital(TestData.unique("T-FV-"), TestData.unique("停用测试医院"));
        StatReport march = demoUsers.as("coordinator", () -> {
            catalog.assign(created.getId(), List.of(hospital));
            return reports.saveDraft(reports.open(created.getId(), hospital, MARCH_2019), Map.of(code(visits), new ReportCell(5L, null)));
        });

        demoUsers.as("coordinator", () -> forms.setActive(created, false));

        assertThat(demoUsers.as("coordinator", () -> catalog.forms())).extracting(ReportForm::id).doesNotContain(created.getId());
        assertRefused(() -> demoUsers.as("coordinator", () -> reports.open(created.getId(), hospital, APRIL_2019)),
                "period", "statistics.error.formRetired");
        assertThat(demoUsers.as("coordinator", () -> reports.open(march.getId()))).isPresent();
        assertThat(audit(created.getId())).containsExactly("CREATE", "DEACTIVATE");
    }

    @Test
    void institutionUsersAndAnotherAreasCoordinatorCannotChangeAForm() {
        long visits = element("早孕宣教例数");
        FormDefinition created = demoUsers.as("coordinator", () -> forms.save(form(List.of(visits), MARCH_2019)));

        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> forms.search("", false, 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(demoUsers.as("keqiao.coordinator", () -> forms.mayEdit(created))).isFalse();
        assertThatThrownBy(() -> demoUsers.as("keqiao.coordinator", () -> forms.setActive(created, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(demoUsers.as("admin", () -> forms.mayEdit(created))).isTrue();
    }

    private FormDefinition form(List<Long> elementIds, LocalDate validFrom) {
        FormDefinition form = new FormDefinition();
        form.setCode(TestData.unique("EP_FORM_").toUpperCase());
        form.setNameZh(TestData.unique("早孕关爱月报表"));
        form.setNameEn("Early-pregnancy care test form");
        form.setFrequency(Frequency.MONTHLY);
        form.setDueDay(5);
        form.setRows(elementIds.stream().map(id -> new FormRow(id, "早孕门诊", "Early-pregnancy clinic")).toList());
        form.setValidFrom(validFrom);
        return form;
    }

    private long element(String name) {
        ElementDefinition element = new ElementDefinition();
        element.setCode(TestData.unique("FV_").toUpperCase());
        element.setNameZh(TestData.unique(name));
        element.setNameEn("Form version test element");
        element.setUnitZh("例");
        element.setValueType(ValueType.WHOLE_NUMBER);
        element.setAggregation(Aggregation.SUM);
        return demoUsers.as("coordinator", () -> elements.save(element)).getId();
    }

    private String code(long elementId) {
        return demoUsers.as("coordinator", () -> catalog.elements().stream().filter(e -> e.id() == elementId).findFirst().orElseThrow().code());
    }

    private static List<String> codes(ReportForm form) {
        return form.elements().stream().map(row -> row.element().code()).toList();
    }

    private List<String> audit(long formId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'ReportForm' AND entity_id = ? ORDER BY id")
                .param(formId).query(String.class).list();
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static Path csv(String text) {
        try {
            Path file = Files.createTempFile("form-versions", ".csv");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
