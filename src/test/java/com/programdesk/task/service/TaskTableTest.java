package com.programdesk.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.task.domain.DecompositionRow;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The decomposition table lists each institution's task once, and exports as a workbook Excel opens. */
@ProgramDeskTest
class TaskTableTest {

    @Autowired
    TaskTable table;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachInstitutionsTaskIsOneLineWithItsCooperators() {
        long program = jdbc.sql("SELECT program_id FROM task WHERE title LIKE '温州市流产后避孕服务平台接口对接' LIMIT 1").query(Long.class).single();

        List<DecompositionRow> rows = demoUsers.as("viewer", () -> table.rows(program));

        assertThat(rows).filteredOn(r -> r.title().equals("温州市流产后避孕服务平台接口对接")).extracting(DecompositionRow::lead)
                .containsExactlyInAnyOrder("乐清市妇幼保健院", "乐清市第二人民医院");
        assertThat(rows).filteredOn(r -> r.title().startsWith("亲青服务中心")).extracting(DecompositionRow::cooperators)
                .containsExactly("乐清市计划生育协会");
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> table.rows(program)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void theExcelExportIsAValidWorkbook() throws IOException {
        long program = jdbc.sql("SELECT program_id FROM task LIMIT 1").query(Long.class).single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> labels = Map.of("task.table.sheet", "任务分解表");

        demoUsers.as("coordinator", () -> table.writeXlsx(program, key -> labels.getOrDefault(key, key), out));

        Path file = Files.createTempFile("table", ".xlsx");
        Files.write(file, out.toByteArray());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
            assertThat(zip.getEntry("xl/worksheets/sheet1.xml")).isNotNull();
            assertThat(new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes())).contains("<row r=\"2\"");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
