package com.programdesk.statistics.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.documents.TableFormat;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportShape;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.statistics.reporting.domain.ReportCell;
import com.programdesk.statistics.reporting.domain.ReportEntry;
import com.programdesk.statistics.reporting.domain.StatReport;
import com.programdesk.statistics.reporting.service.ReportService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The bureau and the hospitals import regional platforms' exports: previewed, all-or-nothing, idempotent. */
@ProgramDeskTest
class ReportImportServiceTest {

    private static final String EP_HEADER = "机构编码,机构名称,统计期,EP_VISITS,EP_PATH_CONTINUE,EP_PATH_ABNORMAL,EP_PATH_TERMINATE,INDUCED_ABORTIONS,REPEAT_ABORTIONS\n";

    @Autowired
    ReportImportService imports;
    @Autowired
    ReportService reports;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @BeforeEach
    void theHospitalsFileTheMonthlyAndQuarterlyForms() {
        demoUsers.as("coordinator", () -> {
            assign("EARLY_PREGNANCY", "YQ-MCH", "YQ-H2");
            assign("BASIC_CONTRACEPTION", "YQ-MCH", "YQ-H2");
            assign("AWARENESS_SURVEY", "YQ-MCH");
        });
    }

    @Test
    void aWideUtf8ExportIsPreviewedThenWrittenIntoDraftsAndASecondImportChangesNothing() {
        Path file = ImportFiles.csv("序号,机构编码,机构名称,统计期,EP_VISITS,EP_PATH_CONTINUE,EP_PATH_ABNORMAL,EP_PATH_TERMINATE,"
                + "INDUCED_ABORTIONS,REPEAT_ABORTIONS,免费避孕套\n"
                + ",,,,早孕门诊就诊人次,继续妊娠路径,异常早孕路径,意向终止妊娠路径,人工流产例数,重复流产例数,免费避孕套\n"
                + "1,YQ-MCH,乐清市妇幼保健院,2019-01,120,70,20,30,30,1,500\n"
                + "2,YQ-H2,乐清市第二人民医院,201901,80,50,10,20,18,0,300\n");
        long valuesBefore = count("stat_value");

        ImportSummary preview = as("coordinator", () -> imports.preview(file, "温州平台2019年1月.csv", new ImportProgress()));
        assertThat(preview.format()).isEqualTo(TableFormat.CSV_UTF8);
        assertThat(preview.shape()).isEqualTo(ImportShape.WIDE);
        assertThat(preview.rows()).isEqualTo(2);
        assertThat(preview.values()).isEqualTo(14);
        assertThat(preview.reportsNew()).isEqualTo(4);
        assertThat(preview.errors()).isZero();
        assertThat(preview.problems()).extracting(ImportProblem::kind).containsOnly(ImportProblemKind.COLUMN_IGNORED);
        assertThat(preview.canConfirm()).isTrue();
        assertThat(count("stat_value")).isEqualTo(valuesBefore);

        ImportSummary written = as("coordinator", () -> imports.confirm(file, "温州平台2019年1月.csv", new ImportProgress()));
        assertThat(written.written()).isTrue();
        assertThat(written.valuesNew()).isEqualTo(14);
        assertThat(count("stat_value")).isEqualTo(valuesBefore + 14);
        assertThat(jdbc.sql("""
                SELECT r.status, r.source, r.created_by FROM stat_report r JOIN institution i ON i.id = r.institution_id
                JOIN report_form f ON f.id = r.report_form_id
                WHERE i.code = 'YQ-H2' AND f.code = 'EARLY_PREGNANCY' AND r.period_start = '2019-01-01'""")
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3)).single()).isEqualTo("DRAFT/IMPORT/coordinator");
        assertThat(value("YQ-MCH", "2019-01-01", "FREE_CONDOMS")).isEqualTo(500);
        assertThat(value("YQ-H2", "2019-01-01", "INDUCED_ABORTIONS")).isEqualTo(18);
        long report = reportId("YQ-MCH", "EARLY_PREGNANCY", "2019-01-01");
        assertThat(count("workflow_transition WHERE entity_type = 'StatReport' AND entity_id = " + report + " AND to_state = 'DRAFT'")).isEqualTo(1);
        assertThat(count("audit_event WHERE action = 'IMPORT' AND changed_fields LIKE '%温州平台2019年1月.csv%'")).isEqualTo(1);

        String versions = versions();
        ImportSummary again = as("coordinator", () -> imports.confirm(file, "温州平台2019年1月.csv", new ImportProgress()));
        assertThat(again.written()).isFalse();
        assertThat(again.nothingToUpdate()).isTrue();
        assertThat(again.valuesUnchanged()).isEqualTo(14);
        assertThat(again.reportsUnchanged()).isEqualTo(4);
        assertThat(count("stat_value")).isEqualTo(valuesBefore + 14);
        assertThat(versions()).isEqualTo(versions);
        assertThat(count("audit_event WHERE action = 'IMPORT' AND changed_fields LIKE '%温州平台2019年1月.csv%'")).isEqualTo(1);
    }

    @Test
    void aLongGbkFileFromChineseExcelReadsItsChineseNames() {
        Path file = ImportFiles.gbk("机构名称,统计期,数据元名称,数值\n"
                + "乐清市妇幼保健院,2019年2月,早孕门诊就诊人次,90\n"
                + "乐清市妇幼保健院,2019年2月,人工流产例数,12\n"
                + "乐清市第二人民医院,2019年2月,免费口服避孕药,40\n");

        ImportSummary preview = as("coordinator", () -> imports.preview(file, "绍兴平台.csv", new ImportProgress()));
        assertThat(preview.format()).isEqualTo(TableFormat.CSV_GB18030);
        assertThat(preview.shape()).isEqualTo(ImportShape.LONG);
        assertThat(preview.errors()).isZero();
        assertThat(preview.values()).isEqualTo(3);

        assertThat(as("coordinator", () -> imports.confirm(file, "绍兴平台.csv", new ImportProgress())).written()).isTrue();
        assertThat(value("YQ-MCH", "2019-02-01", "INDUCED_ABORTIONS")).isEqualTo(12);
        assertThat(value("YQ-H2", "2019-02-01", "FREE_ORAL")).isEqualTo(40);
        ImportSummary again = as("coordinator", () -> imports.confirm(file, "绍兴平台.csv", new ImportProgress()));
        assertThat(again.written()).isFalse();
        assertThat(again.valuesUnchanged()).isEqualTo(3);
    }

    @Test
    void anExcelWorkbookWithChineseHeadersIsImportedOnce() {
        Path file = ImportFiles.xlsx(List.of(
                List.of("机构编码", "统计期", "早孕门诊就诊人次", "人工流产例数（INDUCED_ABORTIONS）", "重复流产例数"),
                List.of("YQ-MCH", "2019-03", "110", "25", "2"),
                List.of("YQ-H2", "201903", "70", "15", "1")));

        ImportSummary preview = as("coordinator", () -> imports.preview(file, "平台导出.xlsx", new ImportProgress()));
        assertThat(preview.format()).isEqualTo(TableFormat.XLSX);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.values()).isEqualTo(6);

        assertThat(as("coordinator", () -> imports.confirm(file, "平台导出.xlsx", new ImportProgress())).written()).isTrue();
        assertThat(value("YQ-H2", "2019-03-01", "REPEAT_ABORTIONS")).isEqualTo(1);
        assertThat(as("coordinator", () -> imports.confirm(file, "平台导出.xlsx", new ImportProgress())).nothingToUpdate()).isTrue();
    }

    @Test
    void valuesFromTheFileReplaceOnlyTheirElementsOfADraftAndBumpItsVersion() {
        long mch = testData.institutionId("YQ-MCH");
        ReportForm form = demoUsers.as("coordinator", () -> catalog.formByCode("EARLY_PREGNANCY").orElseThrow());
        StatReport draft = demoUsers.as("mch.staff", () -> {
            ReportEntry entry = reports.open(form.id(), mch, LocalDate.of(2019, 6, 1));
            return reports.saveDraft(entry, Map.of("EP_VISITS", new ReportCell(100L, "门诊统计口径调整"), "FOLLOWUPS_CLOSED", new ReportCell(7L, null)));
        });
        int version = version(draft.getId());
        Path file = ImportFiles.csv(EP_HEADER + "YQ-MCH,,2019-06,120,,,,5,6\n");

        ImportSummary done = as("mch.staff", () -> imports.confirm(file, "6月.csv", new ImportProgress()));

        assertThat(done.written()).isTrue();
        assertThat(done.valuesUpdated()).isEqualTo(1);
        assertThat(done.valuesNew()).isEqualTo(2);
        assertThat(done.reportsChanged()).isEqualTo(1);
        assertThat(version(draft.getId())).isEqualTo(version + 1);
        assertThat(value("YQ-MCH", "2019-06-01", "EP_VISITS")).isEqualTo(120);
        assertThat(value("YQ-MCH", "2019-06-01", "INDUCED_ABORTIONS")).isEqualTo(5);
        assertThat(value("YQ-MCH", "2019-06-01", "FOLLOWUPS_CLOSED")).isEqualTo(7);
        assertThat(jdbc.sql("SELECT v.note FROM stat_value v JOIN data_element e ON e.id = v.data_element_id WHERE v.stat_report_id = ? AND e.code = 'EP_VISITS'")
                .param(draft.getId()).query(String.class).single()).isEqualTo("门诊统计口径调整");
        assertThat(done.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ImportProblemKind.RULE);
            assertThat(p.detail()).isEqualTo("重复流产例数不能大于人工流产例数");
        });
    }

    @Test
    void aReturnedReportTakesTheImportedValuesAndStaysReturned() {
        StatReport submitted = submitBasicContraception(testData.institutionId("YQ-MCH"), LocalDate.of(2019, 11, 1));
        StatReport returned = demoUsers.as("coordinator", () -> reports.returnReport(submitted, "避孕套发放数与台账不符"));
        Path file = ImportFiles.csv("机构编码,统计期,免费避孕套\nYQ-MCH,2019-11,5\n");

        ImportSummary done = as("coordinator", () -> imports.confirm(file, "11月.csv", new ImportProgress()));

        assertThat(done.valuesUpdated()).isEqualTo(1);
        assertThat(value("YQ-MCH", "2019-11-01", "FREE_CONDOMS")).isEqualTo(5);
        assertThat(version(returned.getId())).isEqualTo(returned.getVersion() + 1);
        assertThat(jdbc.sql("SELECT status FROM stat_report WHERE id = ?").param(returned.getId()).query(String.class).single())
                .isEqualTo("RETURNED");
    }

    @Test
    void everyBadRowIsListedWithItsRowAndNothingIsWritten() {
        long mch = testData.institutionId("YQ-MCH");
        demoUsers.as("coordinator", () -> assign("AWARENESS_SURVEY", "YQ-MCH"));
        StatReport submitted = submitBasicContraception(mch, LocalDate.of(2019, 4, 1));
        StatReport approved = submitBasicContraception(mch, LocalDate.of(2019, 5, 1));
        // the contraception form is approved by the county, then by the city
        StatReport countyApproved = demoUsers.as("coordinator", () -> reports.approve(approved, null));
        demoUsers.as("wenzhou.coordinator", () -> reports.approve(countyApproved, null));
        LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
        Path file = ImportFiles.csv("institution_code,period,element_code,value\n"
                + "YQ-MCH,2019-07,EP_VISITS,100\n"
                + "YQ-NOPE,2019-07,EP_VISITS,1\n"
                + "YQ-MCH,2019-07,NOPE,1\n"
                + "YQ-MCH,2019年13月,EP_VISITS,1\n"
                + "YQ-MCH,2019-07,INDUCED_ABORTIONS,十二\n"
                + "YQ-MCH,2019-07,REPEAT_ABORTIONS,-3\n"
                + "YQ-MCH,2019-07,PAC_LARC,2.5\n"
                + "YQ-MCH,2019-07,EP_VISITS,100\n"
                + "YQ-MCH,2019-04,FREE_CONDOMS,9\n"
                + "YQ-MCH,2019-05,FREE_CONDOMS,9\n"
                + "YQ-MCH," + thisMonth.toString().substring(0, 7) + ",EP_VISITS,1\n"
                + "YQ-QC,2019-07,EP_VISITS,1\n"
                + "YQ-MCH,2019-02,SURVEYED,100\n"
                + "YQ-MCH,2019-07,PAC_COUNSELLING,\n");
        long values = count("stat_value");
        long stored = count("stat_report");

        ImportSummary preview = as("coordinator", () -> imports.preview(file, "mistakes.csv", new ImportProgress()));

        assertThat(problemsByRow(preview)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(3, ImportProblemKind.INSTITUTION_UNKNOWN),
                Map.entry(4, ImportProblemKind.ELEMENT_UNKNOWN),
                Map.entry(5, ImportProblemKind.PERIOD_UNREADABLE),
                Map.entry(6, ImportProblemKind.VALUE_NOT_NUMBER),
                Map.entry(7, ImportProblemKind.VALUE_NEGATIVE),
                Map.entry(8, ImportProblemKind.VALUE_NOT_INTEGER),
                Map.entry(9, ImportProblemKind.DUPLICATE),
                Map.entry(10, ImportProblemKind.REPORT_SUBMITTED),
                Map.entry(11, ImportProblemKind.REPORT_APPROVED),
                Map.entry(12, ImportProblemKind.PERIOD_NOT_OVER),
                Map.entry(13, ImportProblemKind.NOT_ASSIGNED),
                Map.entry(14, ImportProblemKind.PERIOD_NOT_START),
                Map.entry(15, ImportProblemKind.VALUE_MISSING)));
        assertThat(preview.problems()).filteredOn(p -> p.row() == 9).extracting(ImportProblem::detail).containsExactly("2");
        assertThat(preview.problemCounts()).containsEntry(ImportProblemKind.DUPLICATE, 1L);
        assertThat(preview.canConfirm()).isFalse();

        ImportSummary refused = as("coordinator", () -> imports.confirm(file, "mistakes.csv", new ImportProgress()));
        assertThat(refused.written()).isFalse();
        assertThat(count("stat_value")).isEqualTo(values);
        assertThat(count("stat_report")).isEqualTo(stored);
        assertThat(version(submitted.getId())).isEqualTo(version(submitted.getId()));
    }

    @Test
    void aHospitalImportingAnotherHospitalsRowIsRefusedEntirely() {
        Path file = ImportFiles.csv(EP_HEADER
                + "YQ-MCH,,2019-08,100,60,20,20,10,1\n"
                + "YQ-H2,,2019-08,80,50,10,20,8,0\n");
        long values = count("stat_value");

        ImportSummary preview = as("mch.staff", () -> imports.confirm(file, "8月.csv", new ImportProgress()));

        assertThat(problemsByRow(preview)).containsExactly(Map.entry(3, ImportProblemKind.NOT_REACHABLE));
        assertThat(preview.written()).isFalse();
        assertThat(count("stat_value")).isEqualTo(values);
        assertThat(as("coordinator", () -> imports.preview(file, "8月.csv", new ImportProgress())).errors()).isZero();
    }

    @Test
    void aFormulaIsNeverEvaluatedAndRefusesTheFile() {
        Path file = ImportFiles.xlsx(List.of(
                List.of("机构编码", "统计期", "EP_VISITS", "INDUCED_ABORTIONS"),
                List.of("YQ-MCH", "2019-09", "100", "12"),
                List.of("YQ-H2", "2019-09", "=C2*2", "9")));
        long values = count("stat_value");

        ImportSummary summary = as("coordinator", () -> imports.confirm(file, "公式.xlsx", new ImportProgress()));

        assertThat(summary.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("EP_VISITS");
            assertThat(p.kind()).isEqualTo(ImportProblemKind.FORMULA);
        });
        assertThat(summary.written()).isFalse();
        assertThat(count("stat_value")).isEqualTo(values);
    }

    @Test
    void filesThatAreNoTablesAreRefusedBeforeAnyRow() throws IOException {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\u0000\u0001\u0002\nendstream".getBytes(StandardCharsets.ISO_8859_1);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path tooLarge = Files.createTempFile("import-large-", ".csv");
        tooLarge.toFile().deleteOnExit();
        try (RandomAccessFile sparse = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            sparse.setLength(imports.maxBytes() + 1);
        }
        long values = count("stat_value");

        assertThat(fatal(ImportFiles.bytes(".csv", pdf))).isEqualTo("import.fatal.notATable");
        assertThat(fatal(ImportFiles.bytes(".xlsx", xls))).isEqualTo("import.fatal.notATable");
        assertThat(fatal(ImportFiles.bytes(".csv", junk))).isEqualTo("import.fatal.notATable");
        assertThat(fatal(ImportFiles.bytes(".csv", new byte[0]))).isEqualTo("import.fatal.empty");
        assertThat(fatal(tooLarge)).isEqualTo("import.fatal.tooLarge");
        assertThat(fatal(ImportFiles.csv("名称,数量\n甲,1\n"))).isEqualTo("import.fatal.noInstitutionColumn");
        assertThat(count("stat_value")).isEqualTo(values);
    }

    @Test
    void viewersCannotImport() {
        Path file = ImportFiles.csv(EP_HEADER + "YQ-MCH,,2019-10,1,1,0,0,0,0\n");

        assertThatThrownBy(() -> demoUsers.as("viewer", () -> imports.preview(file, "x.csv", new ImportProgress())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String fatal(Path file) {
        ImportSummary summary = as("coordinator", () -> imports.confirm(file, file.getFileName().toString(), new ImportProgress()));
        assertThat(summary.written()).isFalse();
        return summary.fatalKey();
    }

    private StatReport submitBasicContraception(long institution, LocalDate month) {
        ReportForm form = demoUsers.as("coordinator", () -> catalog.formByCode("BASIC_CONTRACEPTION").orElseThrow());
        Map<String, ReportCell> cells = new HashMap<>();
        form.elements().forEach(row -> cells.put(row.element().code(), new ReportCell(1L, null)));
        return demoUsers.as("mch.staff", () -> reports.submit(reports.open(form.id(), institution, month), cells));
    }

    private static Map<Integer, ImportProblemKind> problemsByRow(ImportSummary summary) {
        return summary.problems().stream().filter(p -> p.kind().isError())
                .collect(Collectors.toMap(ImportProblem::row, ImportProblem::kind));
    }

    private <T> T as(String user, Supplier<T> work) {
        return demoUsers.as(user, work);
    }

    private void assign(String formCode, String... institutionCodes) {
        ReportForm form = catalog.formByCode(formCode).orElseThrow();
        Set<Long> assigned = new LinkedHashSet<>(catalog.assignedInstitutions(form.id()));
        for (String code : institutionCodes) {
            assigned.add(testData.institutionId(code));
        }
        catalog.assign(form.id(), assigned);
    }

    private long reportId(String institution, String form, String period) {
        return jdbc.sql("""
                SELECT r.id FROM stat_report r JOIN institution i ON i.id = r.institution_id JOIN report_form f ON f.id = r.report_form_id
                WHERE i.code = ? AND f.code = ? AND r.period_start = ?""").params(institution, form, period).query(Long.class).single();
    }

    private Long value(String institution, String period, String element) {
        return jdbc.sql("""
                SELECT v.value FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id JOIN institution i ON i.id = r.institution_id
                JOIN data_element e ON e.id = v.data_element_id WHERE i.code = ? AND r.period_start = ? AND e.code = ?""")
                .params(institution, period, element).query(Long.class).optional().orElse(null);
    }

    private int version(long reportId) {
        return jdbc.sql("SELECT version FROM stat_report WHERE id = ?").param(reportId).query(Integer.class).single();
    }

    private String versions() {
        return jdbc.sql("SELECT GROUP_CONCAT(id, ':', version ORDER BY id) FROM stat_report").query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
