package com.programdesk.area.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaImportChange;
import com.programdesk.area.domain.AreaImportProblem;
import com.programdesk.area.domain.AreaImportProblemKind;
import com.programdesk.area.domain.AreaImportSummary;
import com.programdesk.area.domain.AreaLevel;
import com.programdesk.base.documents.TableFormat;
import com.programdesk.security.domain.Role;
import com.programdesk.statistics.imports.service.ImportFiles;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestAreas;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators import the tree from a file of codes and names: checked first, then written whole or not at all. */
@ProgramDeskTest
class AreaImportTest {

    @Autowired
    AreaImportService imports;
    @Autowired
    AreaService areas;
    @Autowired
    UserService users;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    TestAreas testAreas;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logOut() {
        demoUsers.logout();
    }

    @Test
    void aCleanFileAddsAndRenamesInOneStepAndTheSameFileAgainChangesNothing() {
        Area city = testAreas.city();
        Area existing = testAreas.county(city);
        String county = testData.freeAreaCode(city.getCode());
        String township = county + "101000";
        Path file = ImportFiles.csv("code,name_zh,name_en,valid_from\n"
                + city.getCode() + "," + city.getNameZh() + ",,\n"
                + county + ",新设县,New County,2021-01-01\n"
                + township + ",新设镇,,\n"
                + existing.getCode() + ",更名县,,\n");
        demoUsers.login("admin");
        long audits = importAudits();

        AreaImportSummary preview = imports.preview(file, "areas.csv");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.format()).isEqualTo(TableFormat.CSV_UTF8);
        assertThat(preview.rows()).isEqualTo(4);
        assertThat(preview.added()).isEqualTo(2);
        assertThat(preview.renamed()).isEqualTo(1);
        assertThat(preview.unchanged()).isEqualTo(1);
        assertThat(preview.changes()).extracting(AreaImportChange::row, AreaImportChange::kind, AreaImportChange::previousNameZh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, AreaImportChange.Kind.NEW, null),
                        org.assertj.core.groups.Tuple.tuple(4, AreaImportChange.Kind.NEW, null),
                        org.assertj.core.groups.Tuple.tuple(5, AreaImportChange.Kind.RENAME, existing.getNameZh()));
        assertThat(preview.canConfirm()).isTrue();
        assertThat(testData.findAreaId(county)).isEmpty();

        AreaImportSummary confirmed = imports.confirm(file, "areas.csv");

        assertThat(confirmed.written()).isTrue();
        Area newCounty = areas.find(testData.areaId(county)).orElseThrow();
        Area newTownship = areas.find(testData.areaId(township)).orElseThrow();
        assertThat(newCounty.getLevel()).isEqualTo(AreaLevel.COUNTY);
        assertThat(newCounty.getNameEn()).isEqualTo("New County");
        assertThat(newCounty.getValidFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(newCounty.getPath()).isEqualTo(city.getPath() + newCounty.getId() + "/");
        assertThat(newTownship.getLevel()).isEqualTo(AreaLevel.TOWNSHIP);
        assertThat(newTownship.getParentId()).isEqualTo(newCounty.getId());
        assertThat(newTownship.getPath()).isEqualTo(newCounty.getPath() + newTownship.getId() + "/");
        assertThat(areas.find(existing.getId()).orElseThrow().getNameZh()).isEqualTo("更名县");
        assertThat(importAudits()).isEqualTo(audits + 1);

        AreaImportSummary again = imports.preview(file, "areas.csv");
        assertThat(again.nothingToChange()).isTrue();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.canConfirm()).isFalse();
        assertThat(imports.confirm(file, "areas.csv").written()).isFalse();
        assertThat(importAudits()).isEqualTo(audits + 1);
    }

    @Test
    void everyProblemIsListedAtItsRowAndNothingIsWritten() {
        Area city = testAreas.city();
        Area existing = testAreas.county(city);
        String county = testData.freeAreaCode(city.getCode());
        String other = testData.freeAreaCode(city.getCode());
        while (other.equals(county)) {
            other = testData.freeAreaCode(city.getCode());
        }
        String missingCounty = other;
        Path file = ImportFiles.csv("行政区划代码,名称,英文名称,生效日期\n"
                + "12345,坏代码镇,,\n"
                + county + "001001,某村,,\n"
                + missingCounty + "201000,无上级镇,,\n"
                + county + ",新设县,,\n"
                + county + ",重复县,,\n"
                + county + "102000,,,\n"
                + county + "103000,某镇,,2021-13-45\n"
                + existing.getCode() + ",更名县,,\n");
        demoUsers.login("admin");
        long before = areaCount();

        AreaImportSummary preview = imports.preview(file, "有错的区划.csv");

        Map<Integer, AreaImportProblemKind> problems = preview.problems().stream()
                .collect(Collectors.toMap(AreaImportProblem::row, AreaImportProblem::kind));
        assertThat(problems).containsExactlyInAnyOrderEntriesOf(Map.of(
                2, AreaImportProblemKind.CODE_FORMAT,
                3, AreaImportProblemKind.VILLAGE_CODE,
                4, AreaImportProblemKind.UNKNOWN_PARENT,
                6, AreaImportProblemKind.DUPLICATE_CODE,
                7, AreaImportProblemKind.NAME_MISSING,
                8, AreaImportProblemKind.DATE_FORMAT));
        AreaImportProblem duplicate = preview.problems().stream().filter(p -> p.row() == 6).findFirst().orElseThrow();
        assertThat(duplicate.otherRow()).isEqualTo(5);
        assertThat(duplicate.column()).isEqualTo("行政区划代码");
        assertThat(preview.problems().stream().filter(p -> p.row() == 4).findFirst().orElseThrow().detail()).isEqualTo(missingCounty);
        assertThat(preview.changes()).extracting(AreaImportChange::kind).contains(AreaImportChange.Kind.RENAME);
        assertThat(preview.canConfirm()).isFalse();

        AreaImportSummary confirmed = imports.confirm(file, "有错的区划.csv");

        assertThat(confirmed.written()).isFalse();
        assertThat(areaCount()).isEqualTo(before);
        assertThat(areas.find(existing.getId()).orElseThrow().getNameZh()).isEqualTo(existing.getNameZh());
    }

    @Test
    void aGbkFileWithTwelveDigitCountyCodesIsReadAsChineseExcelSavesIt() {
        Area city = testAreas.city();
        String county = testData.freeAreaCode(city.getCode());
        Path file = ImportFiles.gbk("统计用区划代码,名称\n" + county + "000000,柯岩县\n" + county + "104000,湖塘街道\n");
        demoUsers.login("admin");

        AreaImportSummary preview = imports.preview(file, "统计用区划代码.csv");

        assertThat(preview.format()).isEqualTo(TableFormat.CSV_GB18030);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).extracting(AreaImportChange::code, AreaImportChange::level, AreaImportChange::nameZh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(county, AreaLevel.COUNTY, "柯岩县"),
                        org.assertj.core.groups.Tuple.tuple(county + "104000", AreaLevel.TOWNSHIP, "湖塘街道"));
    }

    @Test
    void anAdministratorBoundToAnAreaImportsOnlyBelowIt() {
        Area city = testAreas.city();
        Area otherCity = testAreas.city();
        String username = TestData.unique("areaimport");
        demoUsers.as("admin", () -> {
            AppUser admin = new AppUser(username, "区划导入员", Role.ADMIN, null);
            admin.setAreaId(city.getId());
            users.create(admin, "A-good-passphrase");
        });
        String own = testData.freeAreaCode(city.getCode());
        String elsewhere = testData.freeAreaCode(otherCity.getCode());
        demoUsers.login(username);

        AreaImportSummary preview = imports.preview(ImportFiles.csv("code,name_zh\n" + own + ",本地县\n" + elsewhere + ",别处县\n"),
                "areas.csv");

        assertThat(preview.problems()).extracting(AreaImportProblem::row, AreaImportProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, AreaImportProblemKind.OUTSIDE_SCOPE));
    }

    @Test
    void theSampleFileFitsTheDemoTree() {
        demoUsers.login("admin");

        AreaImportSummary preview = imports.preview(copyOf(Path.of("docs", "samples", "areas-sample.csv")), "areas-sample.csv");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.canConfirm()).isTrue();
        assertThat(preview.unchanged()).isEqualTo(SAMPLE_UNCHANGED);
        assertThat(preview.added()).isEqualTo(SAMPLE_ADDED);
        assertThat(preview.renamed()).isZero();
    }

    private static final int SAMPLE_UNCHANGED = 5;
    private static final int SAMPLE_ADDED = 15;

    private static Path copyOf(Path sample) {
        try {
            return ImportFiles.bytes(".csv", java.nio.file.Files.readAllBytes(sample));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long importAudits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Area' AND action = 'IMPORT'").query(Long.class).single();
    }

    private long areaCount() {
        return jdbc.sql("SELECT COUNT(*) FROM area").query(Long.class).single();
    }

}
