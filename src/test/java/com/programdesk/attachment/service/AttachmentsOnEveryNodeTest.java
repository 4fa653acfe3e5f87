package com.programdesk.attachment.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.attachment.domain.AttachmentRepository;
import com.programdesk.audit.service.AuditService;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file uploaded through one app node downloads through another: the content is in the database,
 * no data folder is needed to read it; contents that earlier versions kept as files are copied in.
 */
@ProgramDeskTest
class AttachmentsOnEveryNodeTest {

    @Autowired
    AttachmentService attachments;
    @Autowired
    AttachmentRepository repository;
    @Autowired
    List<AttachmentOwners> owners;
    @Autowired
    AuditService audit;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate template;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestData testData;

    @Test
    void aFileUploadedOnOneNodeDownloadsOnAnotherWithoutADataFolder() throws IOException {
        long task = jdbc.sql("SELECT MIN(id) FROM task WHERE lead_institution_id = ?").param(testData.institutionId("YQ-MCH"))
                .query(Long.class).single();
        byte[] pdf = pdf(TestData.unique("方案"));
        Attachment stored = demoUsers.as("mch.staff", () -> attachments.store("Task", task, "节点一上传.pdf", file(pdf)));
        deleteRecursively(Path.of("target/test-data/attachments"));

        AttachmentService otherNode = new AttachmentService(repository, owners, audit, currentUser, clock,
                new DatabaseContents(jdbc, template, clock), 20);
        // a plain instance: the other node's service, with the transaction its proxy would begin
        StoredFile download = demoUsers.as("coordinator", () -> new TransactionTemplate(transactions).execute(status -> otherNode.open(stored.id())));

        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(Files.exists(Path.of("target/test-data/attachments"))).isFalse();
    }

    @Test
    void aFileAtTheUploadLimitIsStoredAndReadBackWhole() throws IOException {
        long task = jdbc.sql("SELECT MIN(id) FROM task WHERE lead_institution_id = ?").param(testData.institutionId("YQ-MCH"))
                .query(Long.class).single();
        byte[] big = new byte[Math.toIntExact(attachments.maxMegabytes() * 1024 * 1024)];
        byte[] head = pdf(TestData.unique("大文件"));
        System.arraycopy(head, 0, big, 0, head.length);
        Arrays.fill(big, head.length, big.length, (byte) 'x');

        Attachment stored = demoUsers.as("mch.staff", () -> attachments.store("Task", task, "二十兆.pdf", file(big)));
        StoredFile download = demoUsers.as("coordinator", () -> attachments.open(stored.id()));

        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(big);
        }
    }

    @Test
    void contentsOfAnEarlierVersionsDataFolderAreCopiedInOnceAndAMismatchIsLeftOut() throws IOException {
        Path dataFolder = Path.of("target/test-data-earlier", TestData.unique("node"));
        byte[] content = pdf(TestData.unique("旧文件"));
        Path old = Files.createTempFile("earlier", ".pdf");
        Files.write(old, content);
        String sha256 = Digests.sha256(old);
        Path kept = dataFolder.resolve("attachments").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        Files.createDirectories(kept.getParent());
        Files.copy(old, kept);
        Path wrong = kept.resolveSibling(sha256.replace(sha256.charAt(0), sha256.charAt(0) == 'a' ? 'b' : 'a'));
        Files.write(wrong, pdf(TestData.unique("不符")));
        DatabaseContents contents = new DatabaseContents(jdbc, template, clock);
        EarlierAttachmentFiles earlier = new EarlierAttachmentFiles(contents, dataFolder);

        assertThat(earlier.copyIn()).isEqualTo(1);
        assertThat(earlier.copyIn()).isZero();

        try (InputStream in = contents.open(sha256).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(contents.contains(wrong.getFileName().toString())).isFalse();
        assertThat(kept).exists();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
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

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
