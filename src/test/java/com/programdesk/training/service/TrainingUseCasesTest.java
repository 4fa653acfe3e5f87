package com.programdesk.training.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.service.ProgramFixture;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.training.domain.SignIn;
import com.programdesk.training.domain.SignInResult.Outcome;
import com.programdesk.training.domain.Trainee;
import com.programdesk.training.domain.TraineeInput;
import com.programdesk.training.domain.TraineeResult;
import com.programdesk.training.domain.TrainingHours;
import com.programdesk.training.domain.TrainingSession;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A training as the organiser, the institutions and the trainees' phones go through it: enrol, show the code, sign in within the
 * window (late marked, a repeat counted once), refusals for forged, replaced and out-of-window codes and names not on the roster,
 * corrections audited, attendance, scores and the certificate only for those who passed.
 */
@ProgramDeskTest
class TrainingUseCasesTest {

    private static final Function<String, String> KEYS = key -> key;

    @Autowired
    ProgramFixture fixture;
    @Autowired
    TrainingService trainings;
    @Autowired
    TrainingSignInService signIns;

    @Test
    void theOrganiserAndTheInstitutionsEnrolAndBadInputIsRefusedAtItsField() {
        Activity training = training(fixture.program());
        long mch = fixture.institutionId("YQ-MCH");
        long h2 = fixture.institutionId("YQ-H2");

        Trainee zhang = as("coordinator", () -> trainings.enrol(training.getId(), new TraineeInput(" 张丽 ", h2, "妇产科", "护士", "13812345678")));
        assertThat(zhang.name()).isEqualTo("张丽");
        assertThat(zhang.maskedPhone()).isEqualTo("138****5678");
        as("second.staff", () -> trainings.enrol(training.getId(), new TraineeInput("王芳", h2, null, null, null)));

        long before = trainees(training);
        as("coordinator", () -> {
            refused(() -> trainings.enrol(training.getId(), new TraineeInput("张丽", h2, null, null, null)), "name", "training.error.alreadyEnrolled");
            refused(() -> trainings.enrol(training.getId(), new TraineeInput(" ", h2, null, null, null)), "name", "validation.required");
            refused(() -> trainings.enrol(training.getId(), new TraineeInput("李娜", null, null, null, null)), "institutionId", "validation.required");
            refused(() -> trainings.enrol(training.getId(), new TraineeInput("李娜", h2, null, null, "12345")), "phone", "validation.phoneFormat");
        });
        fixture.demoUsers.as("second.staff", () -> assertThatThrownBy(
                () -> trainings.enrol(training.getId(), new TraineeInput("赵敏", mch, null, null, null))).isInstanceOf(AccessDeniedException.class));
        assertThat(trainees(training)).isEqualTo(before);

        assertThat(as("coordinator", () -> trainings.revealPhone(zhang.id()))).contains("13812345678");
        assertThat(fixture.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Trainee' AND entity_id = ? AND action = 'REVEAL'")
                .param(zhang.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void traineesSignInByPhoneWithinTheWindowLateAndRepeatedSignInsMarked() {
        Activity training = training(fixture.program());
        long h2 = fixture.institutionId("YQ-H2");
        Trainee zhang = enrol(training, "张丽", h2);
        Trainee wang = enrol(training, "王芳", h2);
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        TrainingSession startingSoon = session(training, now.plusMinutes(10), now.plusHours(2));
        TrainingSession startedLongAgo = session(training, now.minusMinutes(40), now.plusMinutes(30));
        String soon = code(startingSoon);
        String started = code(startedLongAgo);

        var first = signIns.signIn(soon, h2, "张 丽", "10.0.0.1");
        assertThat(first.outcome()).isEqualTo(Outcome.ON_TIME);
        assertThat(first.name()).isEqualTo("张丽");
        var again = signIns.signIn(soon, h2, "张丽", "10.0.0.1");
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_SIGNED_IN);
        assertThat(again.signedAt()).isEqualTo(first.signedAt());
        assertThat(signInCount(training)).as("a second sign-in is no second attendance").isEqualTo(1);
        assertThat(signIns.signIn(started, h2, "王芳", "10.0.0.2").outcome()).isEqualTo(Outcome.LATE);

        List<SignIn> sheet = as("coordinator", () -> trainings.sheet(startingSoon));
        assertThat(sheet).extracting(SignIn::name, SignIn::signedIn, SignIn::late, SignIn::repeats)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("张丽", true, false, 1),
                        org.assertj.core.groups.Tuple.tuple("王芳", false, false, 0));
        assertThat(as("coordinator", () -> trainings.sheet(startedLongAgo))).filteredOn(SignIn::signedIn)
                .extracting(SignIn::name, SignIn::late).containsExactly(org.assertj.core.groups.Tuple.tuple("王芳", true));
        assertThat(signIns.page(soon)).hasValueSatisfying(page -> {
            assertThat(page.trainingTitle()).isEqualTo(training.getTitle());
            assertThat(page.roster()).extracting(r -> r.name()).containsExactly("张丽", "王芳");
        });
        assertThat(zhang.id()).isNotEqualTo(wang.id());
    }

    @Test
    void forgedReplacedAndOutOfWindowCodesAndStrangersAreRefusedWithNothingSaved() {
        Activity training = training(fixture.program());
        long h2 = fixture.institutionId("YQ-H2");
        enrol(training, "张丽", h2);
        LocalDateTime now = LocalDateTime.now();
        TrainingSession open = session(training, now.minusMinutes(5), now.plusHours(1));
        TrainingSession tomorrow = session(training, now.plusDays(1), now.plusDays(1).plusHours(2));
        TrainingSession yesterday = session(training, now.minusDays(1), now.minusDays(1).plusHours(2));
        String expired = code(yesterday);
        String replaced = code(open);
        String current = code(open);
        String later = code(tomorrow);
        long before = signInCount(training);

        refused(() -> signIns.signIn("A".repeat(43), h2, "张丽", "10.0.0.3"), "token", "training.signIn.error.invalidCode");
        refused(() -> signIns.signIn("../../etc", h2, "张丽", "10.0.0.3"), "token", "training.signIn.error.invalidCode");
        refused(() -> signIns.signIn(replaced, h2, "张丽", "10.0.0.3"), "token", "training.signIn.error.invalidCode");
        refused(() -> signIns.signIn(later, h2, "张丽", "10.0.0.3"), "token", "training.signIn.error.outsideWindow");
        refused(() -> signIns.signIn(expired, h2, "张丽", "10.0.0.3"), "token", "training.signIn.error.outsideWindow");
        refused(() -> signIns.signIn(current, h2, "李雷", "10.0.0.3"), "name", "training.signIn.error.notOnRoster");
        refused(() -> signIns.signIn(current, fixture.institutionId("YQ-MCH"), "张丽", "10.0.0.3"), "name", "training.signIn.error.notOnRoster");
        refused(() -> signIns.signIn(current, null, "张丽", "10.0.0.3"), "institutionId", "validation.required");
        assertThat(signIns.page(replaced)).isEmpty();
        assertThat(signInCount(training)).isEqualTo(before);

        assertThat(signIns.signIn(current, h2, "张丽", "10.0.0.3").outcome()).isEqualTo(Outcome.ON_TIME);
        assertThat(signInCount(training)).isEqualTo(before + 1);
    }

    @Test
    void attendanceScoresAndCertificatesOnlyForThoseWhoPassed() throws Exception {
        Program program = fixture.program();
        Activity training = training(program);
        long h2 = fixture.institutionId("YQ-H2");
        Trainee zhang = enrol(training, "张丽", h2);
        Trainee wang = enrol(training, "王芳", h2);
        Trainee li = enrol(training, "李娜", h2);
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        TrainingSession first = session(training, now.minusMinutes(20), now.plusMinutes(100));
        TrainingSession second = session(training, now.plusMinutes(5), now.plusMinutes(125));
        String a = code(first);
        String b = code(second);
        for (String code : List.of(a, b)) {
            signIns.signIn(code, h2, "张丽", "10.0.0.4");
            signIns.signIn(code, h2, "王芳", "10.0.0.4");
        }
        signIns.signIn(a, h2, "李娜", "10.0.0.4");

        as("coordinator", () -> {
            trainings.correct(second, li.id(), true);
            trainings.correct(second, li.id(), false);
        });
        assertThat(fixture.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'TrainingSession' AND entity_id = ? AND action = 'UPDATE'")
                .param(second.id()).query(Long.class).single()).isEqualTo(2);

        as("coordinator", () -> {
            trainings.score(wang, new BigDecimal("55"));
            refused(() -> trainings.score(zhang, new BigDecimal("101")), "score", "training.error.scoreRange");
            return trainings.score(zhang, new BigDecimal("92.5"));
        });
        List<TraineeResult> results = as("coordinator", () -> trainings.results(training.getId()));
        assertThat(results).extracting(r -> r.trainee().name(), TraineeResult::attended, TraineeResult::attendanceRate, TraineeResult::passed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("张丽", 2, 100.0, true),
                        org.assertj.core.groups.Tuple.tuple("王芳", 2, 100.0, false),
                        org.assertj.core.groups.Tuple.tuple("李娜", 1, 50.0, false));
        assertThat(results).filteredOn(r -> r.trainee().name().equals("张丽")).first().extracting(TraineeResult::hours).isEqualTo(4.0);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        as("coordinator", () -> {
            refused(() -> trainings.writeCertificate(wang.id(), KEYS, Locale.SIMPLIFIED_CHINESE, new ByteArrayOutputStream()),
                    "certificate", "training.error.notPassed");
            refused(() -> trainings.writeCertificate(li.id(), KEYS, Locale.SIMPLIFIED_CHINESE, new ByteArrayOutputStream()),
                    "certificate", "training.error.notPassed");
            trainings.writeCertificate(zhang.id(), chinese(), Locale.SIMPLIFIED_CHINESE, pdf);
        });
        byte[] bytes = pdf.toByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            var page = document.getPage(0);
            assertThat(page.getRotation() == 90 || page.getMediaBox().getWidth() > page.getMediaBox().getHeight()).as("A4 landscape").isTrue();
            assertThat(new PDFTextStripper().getText(document)).contains("结业证书", "张丽", "第二人民医院", training.getTitle(), "4 学时", "考核成绩：92.5 分");
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).as(name.getName()).isTrue();
            }
        }

        fixture.demoUsers.as("second.staff", () -> assertThatThrownBy(() -> trainings.correct(first, li.id(), true))
                .isInstanceOf(AccessDeniedException.class));

        Target trained = as("coordinator", () -> {
            Target target = new Target(program.getId(), "培训人数", "人", TargetMeasure.TRAINEES_TRAINED, BigDecimal.valueOf(100));
            return fixture.targets.save(target);
        });
        assertThat(as("coordinator", () -> fixture.targets.progress(program.getId())).stream()
                .filter(p -> p.target().getId().equals(trained.getId())).findFirst().orElseThrow().actual()).isEqualByComparingTo("3");

        List<TrainingHours> hours = as("coordinator", () -> trainings.hours(now.getYear()));
        assertThat(hours).filteredOn(h -> h.name().equals("张丽")).isNotEmpty();
        assertThat(hours).filteredOn(h -> h.name().isEmpty() && h.institutionName().contains("第二人民医院")).isNotEmpty();
    }

    @Test
    void theRosterAndTheSignInSheetExportAsSpreadsheets() {
        Activity training = training(fixture.program());
        long h2 = fixture.institutionId("YQ-H2");
        enrol(training, "张丽", h2);
        LocalDateTime now = LocalDateTime.now();
        TrainingSession session = session(training, now.minusMinutes(5), now.plusHours(1));
        signIns.signIn(code(session), h2, "张丽", "10.0.0.5");

        ByteArrayOutputStream roster = new ByteArrayOutputStream();
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        as("coordinator", () -> {
            trainings.writeRoster(training.getId(), KEYS, roster);
            trainings.writeSheet(session, KEYS, Locale.SIMPLIFIED_CHINESE, sheet);
        });
        assertThat(cells(roster.toByteArray())).contains(training.getTitle(), "张丽", "training.result.passed");
        assertThat(cells(sheet.toByteArray())).contains(training.getTitle() + "training.sheet.titleSuffix", "张丽", "training.column.signature");
    }

    /** The Chinese bundle, as the page passes its translations. */
    private static Function<String, String> chinese() {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = TrainingUseCasesTest.class.getResourceAsStream("/vaadin-i18n/translations_zh_CN.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return key -> bundle.getProperty(key, key);
    }

    private static List<String> cells(byte[] xlsx) {
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().stream().flatMap(row -> row.stream())
                    .filter(java.util.Objects::nonNull).map(org.dhatim.fastexcel.reader.Cell::getText).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Activity training(Program program) {
        Activity activity = new Activity(program.getId(), com.programdesk.testsupport.TestData.unique("人流后避孕宣教员培训 "), ActivityType.TRAINING,
                fixture.institutionId("YQ-MCH"));
        activity.setAudienceSet(EnumSet.of(Audience.MIDDLE_SCHOOL));
        LocalDateTime start = LocalDateTime.now().withSecond(0).withNano(0);
        activity.schedule(start, start.plusHours(3));
        activity.setPlace("乐清市妇幼保健院");
        activity.setPlannedAttendance(30);
        return fixture.saved("coordinator", activity);
    }

    private Trainee enrol(Activity training, String name, long institution) {
        return as("coordinator", () -> trainings.enrol(training.getId(), new TraineeInput(name, institution, "妇产科", "护士", null)));
    }

    private TrainingSession session(Activity training, LocalDateTime start, LocalDateTime end) {
        return as("coordinator", () -> trainings.addSession(training.getId(), start, end));
    }

    private String code(TrainingSession session) {
        return as("coordinator", () -> trainings.newSignInCode(session));
    }

    private long trainees(Activity training) {
        return fixture.jdbc.sql("SELECT COUNT(*) FROM training_trainee WHERE activity_id = ?").param(training.getId()).query(Long.class).single();
    }

    private long signInCount(Activity training) {
        return fixture.jdbc.sql("""
                SELECT COUNT(*) FROM training_sign_in g JOIN training_session s ON s.id = g.session_id WHERE s.activity_id = ?""")
                .param(training.getId()).query(Long.class).single();
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return fixture.demoUsers.as(user, work);
    }

    private void as(String user, Runnable work) {
        fixture.demoUsers.as(user, work);
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
