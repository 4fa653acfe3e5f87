package com.programdesk.practice.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.expertise.service.ExpertiseService;
import com.programdesk.practice.domain.GoodPractice;
import com.programdesk.practice.domain.GoodPracticeFilter;
import com.programdesk.practice.domain.GoodPracticeRow;
import com.programdesk.practice.domain.NewFile;
import com.programdesk.practice.domain.RecommendedPractice;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * 典型案例 as the Qixian hospital, its district's bureau and others use them: the hospital records a case with a photo,
 * another institution neither sees nor changes it, the bureau recommends it (audited) and the hospital can then no
 * longer change it; the list finds it by its words; the evaluation report reads it for its period; bad input saves nothing.
 */
@ProgramDeskTest
class GoodPracticeUseCasesTest {

    static final String QIXIAN_PROGRAM = "齐贤分院“早孕关爱行动”工作方案";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    GoodPracticeService practices;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ProgramService programs;
    @Autowired
    ExpertiseService expertise;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHospitalRecordsACaseWithAPhotoAnotherInstitutionNeitherSeesNorChangesIt() {
        String title = TestData.unique("流产后关爱一对一咨询");
        GoodPractice saved = record("qixian.staff", title, "早孕门诊设立关爱咨询室，术后一对一讲解避孕方法。", file(PNG, "photo.png"), file(PDF, "流程.pdf"));

        assertThat(saved.getInstitutionId()).isEqualTo(testData.institutionId("SX-CH-QX"));
        assertThat(demoUsers.as("qixian.staff", () -> attachments.of(GoodPractice.OWNER, saved.getId())))
                .extracting(Attachment::contentType).containsExactly("image/png", "application/pdf");
        GoodPracticeRow row = demoUsers.as("qixian.staff", () -> practices.search(new GoodPracticeFilter(title, null, false), 0, 10)).getFirst();
        assertThat(row.photos()).isEqualTo(1);
        assertThat(row.files()).isEqualTo(1);
        assertThat(row.institutionName()).isEqualTo("绍兴市中心医院医共体齐贤分院");

        demoUsers.as("sxmch.staff", () -> {
            assertThat(practices.find(saved.getId())).isEmpty();
            assertThat(practices.search(new GoodPracticeFilter(title, null, false), 0, 10)).isEmpty();
            assertThat(practices.count(new GoodPracticeFilter(title, null, false))).isZero();
            assertThatThrownBy(() -> attachments.of(GoodPractice.OWNER, saved.getId())).isInstanceOf(AccessDeniedException.class);
            GoodPractice forged = saved.copy();
            forged.setTitle("改写他人的案例");
            assertThatThrownBy(() -> practices.save(forged, List.of())).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("coordinator", () -> assertThat(practices.find(saved.getId())).as("another area's bureau").isEmpty());
        assertThatThrownBy(() -> demoUsers.as("viewer", () -> practices.save(new GoodPractice(), List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExpertOfTheProgramReadsItsCasesBeyondTheAreaAViewerOfAnotherAreaDoesNot() {
        Program program = demoUsers.as("keqiao.coordinator", () -> programs.save(new Program(TestData.unique("专家案例方案"),
                LocalDate.now().withDayOfYear(1), LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1)), List.of()));
        demoUsers.as("admin", () -> expertise.setExperts(program.getId(), Set.of(testData.userId("wenzhou.viewer"))));
        String title = TestData.unique("专家可读的案例");
        GoodPractice saved = demoUsers.as("qixian.staff", () -> practices.save(new GoodPractice(null, program.getId(), title, "内容"),
                List.of(file(PNG, "照片.png"))));

        demoUsers.as("wenzhou.viewer", () -> {
            GoodPractice read = practices.find(saved.getId()).orElseThrow();
            assertThat(practices.canEdit(read)).isFalse();
            assertThat(ids(new GoodPracticeFilter(title, null, false))).containsExactly(saved.getId());
            assertThat(attachments.of(GoodPractice.OWNER, saved.getId())).hasSize(1);
        });
        demoUsers.as("viewer", () -> {
            assertThat(practices.find(saved.getId())).isEmpty();
            assertThat(ids(new GoodPracticeFilter(title, null, false))).isEmpty();
        });
    }

    @Test
    void theHospitalRemovesAWrongPhotoAuditedItsContentGoesUnlessAttachedTwiceAndARecommendedCaseKeepsItsFiles() {
        byte[] wrongPhoto = java.util.Arrays.copyOf(PNG, PNG.length + 8);
        wrongPhoto[PNG.length] = (byte) (System.identityHashCode(this) & 0x7f); // a content no other test stored
        String title = TestData.unique("术后随访登记");
        GoodPractice saved = record("qixian.staff", title, "随访登记本改为电子表格。", file(wrongPhoto, "错拍的照片.png"),
                file(wrongPhoto, "错拍的照片（副本）.png"), file(PDF, "流程.pdf"));
        List<Attachment> files = demoUsers.as("qixian.staff", () -> attachments.of(GoodPractice.OWNER, saved.getId()));
        String sha = files.getFirst().sha256();
        assertThatThrownBy(() -> demoUsers.as("mch.staff", () -> {
            attachments.remove(files.getFirst().id());
            return null;
        })).as("another institution").isInstanceOf(AccessDeniedException.class);
        assertThat(demoUsers.as("mch.staff", () -> attachments.canRemove(GoodPractice.OWNER, saved.getId()))).isFalse();

        demoUsers.as("qixian.staff", () -> {
            assertThat(attachments.canRemove(GoodPractice.OWNER, saved.getId())).isTrue();
            attachments.remove(files.getFirst().id());
            assertThat(contentStored(sha)).as("the copy still refers to it").isTrue();
            attachments.remove(files.get(1).id());
            attachments.remove(files.get(1).id()); // removed in another tab already: nothing happens
        });

        assertThat(contentStored(sha)).isFalse();
        assertThat(demoUsers.as("qixian.staff", () -> attachments.of(GoodPractice.OWNER, saved.getId())))
                .extracting(Attachment::fileName).containsExactly("流程.pdf");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Attachment' AND action = 'DELETE' AND entity_id IN (?, ?)")
                .params(files.getFirst().id(), files.get(1).id()).query(Long.class).single()).isEqualTo(2);

        GoodPractice recommended = demoUsers.as("keqiao.coordinator", () -> practices.recommend(saved, true));
        demoUsers.as("qixian.staff", () -> {
            assertThat(attachments.canRemove(GoodPractice.OWNER, recommended.getId())).isFalse();
            assertThatThrownBy(() -> attachments.remove(files.get(2).id())).isInstanceOf(AccessDeniedException.class);
        });
    }

    private boolean contentStored(String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM attachment_content WHERE sha256 = ?").param(sha256).query(Long.class).single() > 0;
    }

    @Test
    void theBureauRecommendsTheCaseAuditedAndTheHospitalCanNoLongerChangeIt() {
        String title = TestData.unique("早孕门诊信息化管理");
        GoodPractice saved = record("qixian.staff", title, "早孕信息集中管理，随访率明显提高。");
        assertThatThrownBy(() -> demoUsers.as("qixian.staff", () -> practices.recommend(saved, true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demoUsers.as("coordinator", () -> practices.recommend(saved, true))).isInstanceOf(AccessDeniedException.class);

        GoodPractice recommended = demoUsers.as("keqiao.coordinator", () -> practices.recommend(saved, true));

        assertThat(recommended.isRecommended()).isTrue();
        assertThat(recommended.getRecommendedBy()).isEqualTo("keqiao.coordinator");
        assertThat(jdbc.sql("SELECT CONCAT(action, ' ', actor, ' ', changed_fields) FROM audit_event WHERE entity_type = 'GoodPractice'"
                        + " AND entity_id = ? ORDER BY id DESC LIMIT 1").param(saved.getId()).query(String.class).single())
                .isEqualTo("STATUS_CHANGE keqiao.coordinator recommended: false → true");
        demoUsers.as("qixian.staff", () -> {
            GoodPractice read = practices.find(saved.getId()).orElseThrow();
            assertThat(practices.canEdit(read)).isFalse();
            read.setTitle(title + "（改）");
            assertThatThrownBy(() -> practices.save(read, List.of())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.store(GoodPractice.OWNER, saved.getId(), "晚到的照片.png", file(PNG, "x.png").path()))
                    .isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("mch.staff", () -> {
            GoodPractice published = practices.find(saved.getId()).orElseThrow(() -> new AssertionError("another institution learns from a recommended case"));
            assertThat(practices.canEdit(published)).isFalse();
            assertThat(practices.search(new GoodPracticeFilter(title, null, false), 0, 10)).hasSize(1);
            published.setTitle(title + "（他院改）");
            assertThatThrownBy(() -> practices.save(published, List.of())).isInstanceOf(AccessDeniedException.class);
        });
        assertThatThrownBy(() -> demoUsers.as("keqiao.coordinator", () -> practices.recommend(saved, false)))
                .as("a stale copy").isInstanceOf(OptimisticLockingFailureException.class);
        GoodPractice withdrawn = demoUsers.as("keqiao.coordinator", () -> practices.recommend(recommended, false));
        assertThat(withdrawn.isRecommended()).isFalse();
        assertThat(withdrawn.getRecommendedAt()).isNull();
        demoUsers.as("qixian.staff", () -> assertThat(practices.canEdit(practices.find(saved.getId()).orElseThrow())).isTrue());
        demoUsers.as("mch.staff", () -> assertThat(practices.find(saved.getId())).as("withdrawn, it is the hospital's own again").isEmpty());
    }

    @Test
    void theListFindsTheCaseByItsWordsItsInstitutionItsProgramAndTheRecommendation() {
        String word = TestData.unique("关爱");
        GoodPractice saved = record("qixian.staff", "术后关爱随访", "每例术后三个月内电话随访三次（" + word + "）。");
        long program = testData.programIdTitled(QIXIAN_PROGRAM);

        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(ids(new GoodPracticeFilter(word, null, false))).containsExactly(saved.getId());
            assertThat(ids(new GoodPracticeFilter(word, program, false))).containsExactly(saved.getId());
            assertThat(ids(new GoodPracticeFilter(word, testData.programId("乐卫发〔2024〕25号"), false))).isEmpty();
            assertThat(ids(new GoodPracticeFilter(word, null, true))).isEmpty();
            assertThat(ids(new GoodPracticeFilter("齐贤分院", program, false))).contains(saved.getId());
            assertThat(ids(new GoodPracticeFilter("100%_", null, false))).as("LIKE characters are plain text").isEmpty();
            practices.recommend(saved, true);
            assertThat(ids(new GoodPracticeFilter(word, null, true))).containsExactly(saved.getId());
        });
    }

    @Test
    void theEvaluationReportReadsTheRecommendedCaseOfItsPeriodWithAShortSummary() {
        String title = TestData.unique("青春期讲座进校园");
        String text = "亲青中心联合学校开展系列讲座。".repeat(40);
        GoodPractice saved = record("qixian.staff", title, text, file(PNG, "讲座.png"), file(PNG, "合影.png"));
        long program = testData.programIdTitled(QIXIAN_PROGRAM);
        LocalDate today = LocalDate.now();
        demoUsers.as("keqiao.coordinator", () -> {
            assertThat(practices.recommendedFor(program, today.minusDays(1), today.plusDays(1))).extracting(RecommendedPractice::id)
                    .doesNotContain(saved.getId());
            practices.recommend(saved, true);
        });

        List<RecommendedPractice> read = demoUsers.as("keqiao.coordinator", () -> practices.recommendedFor(program, today.minusDays(1), today.plusDays(1)));
        RecommendedPractice mine = read.stream().filter(p -> p.id() == saved.getId()).findFirst().orElseThrow();
        assertThat(mine.title()).isEqualTo(title);
        assertThat(mine.institutionName()).isEqualTo("绍兴市中心医院医共体齐贤分院");
        assertThat(mine.summary()).hasSize(RecommendedPractice.SUMMARY_MAX).startsWith("亲青中心联合学校").endsWith("…");
        assertThat(mine.photoCount()).isEqualTo(2);
        assertThat(mine.recommendedAt().toLocalDate()).isEqualTo(today);
        demoUsers.as("keqiao.coordinator", () -> assertThat(practices.recommendedFor(program, today.minusYears(1), today.minusDays(1)))
                .extracting(RecommendedPractice::id).doesNotContain(saved.getId()));
        demoUsers.as("sxmch.staff", () -> assertThat(practices.recommendedFor(program, today.minusDays(1), today.plusDays(1)))
                .extracting(RecommendedPractice::id).as("another institution reads a recommended case").contains(saved.getId()));
        demoUsers.as("viewer", () -> assertThat(practices.recommendedFor(program, today.minusDays(1), today.plusDays(1)))
                .as("a program outside the viewer's area").isEmpty());
    }

    @Test
    void badInputIsSaidAtItsFieldAndSavesNeitherTheCaseNorAnyFile() {
        long program = testData.programIdTitled(QIXIAN_PROGRAM);
        String title = TestData.unique("不会保存的案例");
        demoUsers.as("qixian.staff", () -> {
            refused(() -> practices.save(new GoodPractice(null, program, " ", "内容"), List.of()), "title", "validation.required");
            refused(() -> practices.save(new GoodPractice(null, program, "长".repeat(GoodPractice.TITLE_MAX + 1), "内容"), List.of()),
                    "title", "validation.maxLength");
            refused(() -> practices.save(new GoodPractice(null, program, title, "  "), List.of()), "text", "validation.required");
            refused(() -> practices.save(new GoodPractice(null, null, title, "内容"), List.of()), "program", "validation.required");
            refused(() -> practices.save(new GoodPractice(null, program, title, "内容"),
                    List.of(file(PNG, "好照片.png"), file("MZ not a picture".getBytes(StandardCharsets.US_ASCII), "病毒.png"))),
                    "file", "attachment.error.type");
            refused(() -> practices.save(new GoodPractice(null, program, title, "内容"), List.of(bigPdf())), "file", "attachment.error.tooLarge");
            refused(() -> practices.save(new GoodPractice(null, program, title, "内容"), List.of(file(PDF, "../方案.pdf"))),
                    "file", "attachment.error.name");
        });
        demoUsers.as("keqiao.coordinator", () -> refused(() -> practices.save(
                new GoodPractice(testData.institutionId("YQ-MCH"), program, title, "内容"), List.of()), "institution", "practice.error.institution"));
        demoUsers.as("keqiao.coordinator", () -> refused(() -> practices.save(
                new GoodPractice(testData.institutionId("SX-CH-QX"), testData.programId("乐卫发〔2024〕25号"), title, "内容"), List.of()),
                "program", "practice.error.program"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM good_practice WHERE title = ?").param(title).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE owner_type = 'GoodPractice' AND file_name IN ('好照片.png', '病毒.png')")
                .query(Long.class).single()).isZero();
    }

    private GoodPractice record(String username, String title, String text, NewFile... files) {
        long program = testData.programIdTitled(QIXIAN_PROGRAM);
        return demoUsers.as(username, () -> practices.save(new GoodPractice(null, program, title, text), List.of(files)));
    }

    private List<Long> ids(GoodPracticeFilter filter) {
        return practices.search(filter, 0, 50).stream().map(GoodPracticeRow::id).toList();
    }

    private static void refused(Runnable work, String field, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    static NewFile file(byte[] content, String name) {
        try {
            Path file = Files.createTempFile("upload", ".bin");
            Files.write(file, content);
            return new NewFile(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NewFile bigPdf() {
        NewFile file = file(PDF, "大文件.pdf");
        try (RandomAccessFile raf = new RandomAccessFile(file.path().toFile(), "rw")) {
            raf.setLength(21L * 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
