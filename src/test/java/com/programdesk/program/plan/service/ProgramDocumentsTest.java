package com.programdesk.program.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.plan.domain.DocumentVersions;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The bureau names a program's lead and contact and keeps its documents (the plan's PDF, the flowchart) with their versions. */
@ProgramDeskTest
class ProgramDocumentsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramDocumentService documents;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBureauNamesTheLeadAndTheContactAWrongPhoneIsRefusedAtItsField() {
        Program program = newProgram();
        Program edited = program.copy();
        edited.setLeadName("王副局长");
        edited.setContactName("李科长");
        edited.setContactPhone("12345");
        demoUsers.as("coordinator", () -> assertThatThrownBy(() -> programs.save(edited, List.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("contactPhone");
                    assertThat(e.messageKey()).isEqualTo("validation.phoneFormat");
                }));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM program WHERE id = ? AND lead_name IS NOT NULL").param(program.getId())
                .query(Long.class).single()).isZero();

        edited.setContactPhone("13805771234");
        demoUsers.as("coordinator", () -> programs.save(edited, List.of()));
        assertThat(jdbc.sql("SELECT CONCAT(lead_name, '/', contact_name, '/', contact_phone) FROM program WHERE id = ?")
                .param(program.getId()).query(String.class).single()).isEqualTo("王副局长/李科长/13805771234");
        assertThat(jdbc.sql("SELECT changed_fields FROM audit_event WHERE entity_type = 'Program' AND entity_id = ? ORDER BY id DESC LIMIT 1")
                .param(program.getId()).query(String.class).single()).contains("138****1234").doesNotContain("13805771234");
    }

    @Test
    void aDocumentKeepsItsVersionsNewestFirstAndEveryReaderOfTheProgramReadsThem() {
        Program program = newProgram();
        demoUsers.as("coordinator", () -> {
            var plan = documents.add(program.getId(), "工作方案正式文本", "方案.pdf", file(PDF));
            documents.addVersion(plan.getId(), "方案（修订）.pdf", file(PDF));
            documents.add(program.getId(), "早孕关爱服务流程图", "流程图.pdf", file(PDF));
        });

        List<DocumentVersions> read = demoUsers.as("mch.staff", () -> documents.documents(program.getId()));
        assertThat(read).extracting(d -> d.document().getTitle()).containsExactly("工作方案正式文本", "早孕关爱服务流程图");
        assertThat(read.getFirst().versions()).extracting(Attachment::fileName).containsExactly("方案（修订）.pdf", "方案.pdf");
        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> documents.add(program.getId(), "另一份", "x.pdf", file(PDF))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> documents.addVersion(read.getFirst().document().getId(), "x.pdf", file(PDF))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOversizedOrRefusedFileOrATakenTitleIsSaidAtItsFieldAndLeavesNoDocument() {
        Program program = newProgram();
        demoUsers.as("coordinator", () -> {
            documents.add(program.getId(), "工作方案正式文本", "方案.pdf", file(PDF));
            refused(() -> documents.add(program.getId(), "流程图", "流程图.pdf", file("MZ not a pdf".getBytes(StandardCharsets.US_ASCII))),
                    "file", "attachment.error.type");
            refused(() -> documents.add(program.getId(), "大文件", "大文件.pdf", bigPdf()), "file", "attachment.error.tooLarge");
            refused(() -> documents.add(program.getId(), "工作方案正式文本", "方案2.pdf", file(PDF)), "title", "programDocument.error.titleTaken");
            refused(() -> documents.add(program.getId(), " ", "方案2.pdf", file(PDF)), "title", "validation.required");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM program_document WHERE program_id = ?").param(program.getId()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM attachment a JOIN program_document d ON d.id = a.owner_id AND a.owner_type = 'ProgramDocument'
                WHERE d.program_id = ?""").param(program.getId()).query(Long.class).single()).isEqualTo(1);
    }

    private Program newProgram() {
        return demoUsers.as("coordinator", () -> programs.save(
                new Program(TestData.unique("文件测试方案"), LocalDate.now().withDayOfYear(1), LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1)),
                List.of("生殖健康宣传")));
    }

    private static void refused(Runnable work, String field, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    static Path file(byte[] content) {
        try {
            Path file = Files.createTempFile("upload", ".bin");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path bigPdf() {
        Path file = file(PDF);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(21L * 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
