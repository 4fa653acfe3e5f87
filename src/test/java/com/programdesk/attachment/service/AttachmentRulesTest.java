package com.programdesk.attachment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.task.domain.Task;
import com.programdesk.task.domain.TaskStatus;
import com.programdesk.task.service.TaskService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Evidence files: only accepted types by content, within the size limit, readable only with their record. */
@ProgramDeskTest
class AttachmentRulesTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AttachmentService attachments;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;

    @Test
    void theLeadAttachesAPdfAndTheBureauDownloadsItAudited() throws IOException {
        long task = taskOf("YQ-MCH");
        Attachment stored = demoUsers.as("mch.staff", () -> attachments.store("Task", task, "培训方案.pdf", file(PDF)));
        demoUsers.as("mch.staff", () -> attachments.store("Task", task, "培训方案（副本）.pdf", file(PDF)));

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT sha256) FROM attachment WHERE file_name LIKE '培训方案%'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE file_name LIKE '培训方案%'").query(Long.class).single()).isEqualTo(2);
        StoredFile download = demoUsers.as("coordinator", () -> attachments.open(stored.id()));
        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'DOWNLOAD' AND entity_id = ?").param(stored.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void forgedNamesWrongTypesAndOversizedFilesAreRefusedAndNothingIsStored() throws IOException {
        long task = taskOf("YQ-MCH");
        long before = count();
        demoUsers.as("mch.staff", () -> {
            refused(() -> attachments.store("Task", task, "../../etc/passwd.pdf", file(PDF)), "attachment.error.name");
            refused(() -> attachments.store("Task", task, "a\\b.pdf", file(PDF)), "attachment.error.name");
            refused(() -> attachments.store("Task", task, "看起来是.pdf", file("MZ not a pdf".getBytes(StandardCharsets.US_ASCII))),
                    "attachment.error.type");
            refused(() -> attachments.store("Task", task, "archive.docx", zip("other.txt")), "attachment.error.type");
            refused(() -> attachments.store("Task", task, "big.pdf", bigPdf()), "attachment.error.tooLarge");
            assertThat(attachments.store("Task", task, "方案.docx", zip("word/document.xml")).contentType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        });
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void anotherInstitutionCanNeitherReadNorAddFilesOfATask() throws IOException {
        long task = taskOf("YQ-MCH");
        Attachment stored = demoUsers.as("mch.staff", () -> attachments.store("Task", task, "名单.pdf", file(PDF)));

        demoUsers.as("second.staff", () -> {
            assertThatThrownBy(() -> attachments.of("Task", task)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.open(stored.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.store("Task", task, "x.pdf", file(PDF))).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("viewer", () -> assertThatThrownBy(() -> attachments.store("Task", task, "x.pdf", file(PDF)))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void evidenceAndDocumentVersionsStayAsHandedIn() {
        assertThat(demoUsers.as("mch.staff", () -> attachments.canRemove("Correction", 1))).isFalse();
        assertThat(demoUsers.as("coordinator", () -> attachments.canRemove("ProgramDocument", 1))).isFalse();
        jdbc.sql("SELECT id FROM attachment WHERE owner_type = 'Correction' ORDER BY id LIMIT 1").query(Long.class).optional()
                .ifPresent(evidence -> assertThatThrownBy(() -> demoUsers.as("admin", () -> attachments.remove(evidence)))
                        .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void theLeadRemovesAWrongFileWhileWorkingButNotWhatItHandedInForAcceptance() throws IOException {
        long task = taskOf("YQ-MCH");
        Attachment wrong = demoUsers.as("mch.staff", () -> attachments.store("Task", task, "错传的表格.pdf", file(PDF)));
        Attachment report = demoUsers.as("mch.staff", () -> attachments.store("Task", task, "工作总结.pdf", file(PDF)));
        demoUsers.as("second.staff", () -> assertThatThrownBy(() -> attachments.remove(wrong.id())).isInstanceOf(AccessDeniedException.class));

        demoUsers.as("mch.staff", () -> {
            assertThat(attachments.canRemove("Task", task)).isTrue();
            attachments.remove(wrong.id());
            Task working = tasks.find(task).orElseThrow();
            if (working.getStatus() != TaskStatus.IN_PROGRESS && working.getStatus() != TaskStatus.RETURNED) {
                working = tasks.reportProgress(working, 90, "总结已上传");
            }
            tasks.submit(working, "请验收");
        });

        demoUsers.as("mch.staff", () -> {
            assertThat(attachments.canRemove("Task", task)).isFalse();
            assertThatThrownBy(() -> attachments.remove(report.id())).isInstanceOf(AccessDeniedException.class);
            assertThat(attachments.of("Task", task)).extracting(Attachment::fileName).contains("工作总结.pdf").doesNotContain("错传的表格.pdf");
        });
    }

    private long taskOf(String code) {
        return jdbc.sql("""
                SELECT t.id FROM task t JOIN institution i ON i.id = t.lead_institution_id
                WHERE i.code = ? AND t.status <> 'ACCEPTED' ORDER BY t.id LIMIT 1""").param(code).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
    }

    private static void refused(Runnable store, String messageKey) {
        assertThatThrownBy(store::run).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static Path file(byte[] content) {
        try {
            Path file = Files.createTempFile("upload", ".bin");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path zip(String entry) {
        try {
            Path file = Files.createTempFile("upload", ".zip");
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path bigPdf() {
        Path file = file(PDF);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(21L * 1024 * 1024);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }
}
