package com.programdesk.statistics.imports.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.documents.TableFormat;
import com.programdesk.statistics.imports.domain.ImportProblem;
import com.programdesk.statistics.imports.domain.ImportProblemKind;
import com.programdesk.statistics.imports.domain.ImportProgress;
import com.programdesk.statistics.imports.domain.ImportSummary;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sample exports in docs/samples preview as their README says, on the demo data. They hold institutions of two
 * cities (乐清市 and 绍兴市): a coordinator of the province (浙江省, a user of this test's own) imports them all; the
 * demo's coordinator of 乐清市 only the rows of 乐清市's institutions.
 */
@ProgramDeskTest
class SampleFilesTest {

    private static final Path SAMPLES = Path.of("docs", "samples");

    @Autowired
    ReportImportService imports;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    UserService users;

    @Test
    void theThreeCleanSamplesHoldTheSame297ValuesIn27Reports() {
        Map<String, TableFormat> samples = Map.of("regional-export-2024Q1-utf8.csv", TableFormat.CSV_UTF8,
                "regional-export-2024Q1-gbk.csv", TableFormat.CSV_GB18030, "regional-export-2024Q1.xlsx", TableFormat.XLSX);
        samples.forEach((name, format) -> {
            ImportSummary preview = preview(name);
            assertThat(preview.format()).as(name).isEqualTo(format);
            assertThat(preview.errors()).as(name).isZero();
            assertThat(preview.rows()).as(name).isEqualTo(15);
            assertThat(preview.values()).as(name).isEqualTo(297);
            assertThat(preview.reportsNew()).as(name).isEqualTo(27);
            assertThat(preview.problems()).as(name).allMatch(p -> p.kind() == ImportProblemKind.COLUMN_IGNORED);
        });
    }

    @Test
    void theSampleWithMistakesListsOneAtEachRowFromRow5() {
        ImportSummary preview = preview("regional-export-with-mistakes.csv");

        Map<Integer, ImportProblemKind> errors = preview.problems().stream().filter(p -> p.kind().isError())
                .collect(Collectors.toMap(ImportProblem::row, ImportProblem::kind));
        assertThat(errors).containsEntry(5, ImportProblemKind.INSTITUTION_UNKNOWN)
                .containsEntry(6, ImportProblemKind.ELEMENT_UNKNOWN)
                .containsEntry(7, ImportProblemKind.PERIOD_UNREADABLE)
                .containsEntry(8, ImportProblemKind.VALUE_NOT_NUMBER)
                .containsEntry(9, ImportProblemKind.VALUE_NEGATIVE)
                .containsEntry(10, ImportProblemKind.VALUE_NOT_INTEGER)
                .containsEntry(11, ImportProblemKind.DUPLICATE)
                .containsEntry(13, ImportProblemKind.NOT_ASSIGNED)
                .containsEntry(14, ImportProblemKind.PERIOD_NOT_OVER)
                .containsEntry(15, ImportProblemKind.PERIOD_NOT_START)
                .containsEntry(16, ImportProblemKind.VALUE_MISSING)
                .doesNotContainKeys(2, 3, 4);
        assertThat(preview.canConfirm()).isFalse();
    }

    @Test
    void aCoordinatorOfOneCityIsToldThatTheOtherCitysRowsAreNotItsOwn() {
        ImportSummary preview = demoUsers.as("coordinator", () -> imports.preview(SAMPLES.resolve("regional-export-2024Q1-utf8.csv"),
                "regional-export-2024Q1-utf8.csv", new ImportProgress()));

        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.problems().stream().filter(p -> p.kind().isError()).map(ImportProblem::kind).distinct().toList())
                .containsExactly(ImportProblemKind.NOT_REACHABLE);
    }

    /** A coordinator bound to 浙江省, created once per run. */
    private String provinceCoordinator() {
        String username = "t.zhejiang.coordinator";
        if (testData.findUserId(username).isEmpty()) {
            AppUser user = new AppUser(username, "测试浙江省协调员", Role.COORDINATOR, null);
            user.setAreaId(testData.areaId("330000"));
            demoUsers.as("admin", () -> users.create(user, "Test-2019-pass"));
        }
        return username;
    }

    private ImportSummary preview(String name) {
        return demoUsers.as(provinceCoordinator(), () -> imports.preview(SAMPLES.resolve(name), name, new ImportProgress()));
    }
}
