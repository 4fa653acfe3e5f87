package com.programdesk.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.service.ProgramFixture;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.Typing;
import com.programdesk.testsupport.ViewTest;
import com.programdesk.training.domain.SignIn;
import com.programdesk.training.domain.Trainee;
import com.programdesk.training.domain.TraineeInput;
import com.programdesk.training.domain.TrainingSession;
import com.programdesk.training.service.TrainingService;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organiser's training page (enrol, add a session, show its QR code, the sheet a phone's sign-in appears on, a correction) and
 * the trainee's anonymous sign-in page (signed in, refused with the message at the name, a forged code).
 */
class TrainingPagesTest extends ViewTest {

    @Autowired
    ProgramFixture fixture;
    @Autowired
    TrainingService trainings;

    @Test
    void theOrganiserEnrolsAddsASessionShowsTheCodeAndSeesThePhonesSignIn() {
        Activity training = training(fixture.program());
        demoUsers.login("coordinator");
        TrainingView page = navigate("training/" + training.getId(), TrainingView.class);

        test(page.enrol).click();
        TrainingView.EnrolDialog enrol = $(TrainingView.EnrolDialog.class).single();
        test(enrol.save).click();
        assertThat(enrol.name.isInvalid()).isTrue();
        assertThat(enrol.name.getErrorMessage()).isNotBlank();
        test(enrol.name).setValue("张丽");
        test(enrol.institution).selectItem("乐清市第二人民医院");
        test(enrol.phone).setValue("13812345678");
        test(enrol.save).click();
        assertThat(enrol.isOpened()).isFalse();
        assertThat(page.roster.getGenericDataView().getItems().map(Trainee::maskedPhone).toList()).containsExactly("138****5678");

        page.tabs.setSelectedIndex(1);
        test(page.addSession).click();
        TrainingView.SessionDialog add = $(TrainingView.SessionDialog.class).single();
        LocalDateTime start = sessionStartingAboutNow();
        add.startsAt.setValue(start);
        add.endsAt.setValue(start.toLocalTime());
        test(add.save).click();
        assertThat(add.endsAt.isInvalid()).as("ends when it starts").isTrue();
        add.endsAt.setValue(endOfSessionStartingAt(start));
        test(add.save).click();
        assertThat(add.isOpened()).isFalse();
        List<TrainingSession> sessions = page.sessions.getGenericDataView().getItems().toList();
        assertThat(sessions).hasSize(1);

        test(page.sessions).select(0);
        test(page.showCode).click();
        Image qr = $(Image.class).withClassName("sign-in-qr").single();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        String link = $(com.vaadin.flow.component.html.Anchor.class).all().stream().map(a -> a.getHref())
                .filter(href -> href.contains("/sign-in/")).findFirst().orElseThrow();
        String code = link.substring(link.lastIndexOf('/') + 1);

        demoUsers.logout();
        SignInView phone = navigate("sign-in/" + code, SignInView.class);
        test(phone.institution).selectItem("乐清市第二人民医院");
        test(phone.name).selectItem("张丽");
        test(phone.signIn).click();
        assertThat($(Paragraph.class).withClassName("sign-in-done").single().getText()).contains("张丽", "签到");

        demoUsers.login("coordinator");
        page = navigate("training/" + training.getId(), TrainingView.class);
        page.tabs.setSelectedIndex(1);
        test(page.sessions).select(0);
        assertThat(page.sheet.getGenericDataView().getItems().filter(SignIn::signedIn).map(SignIn::name).toList()).containsExactly("张丽");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPollInterval()).isEqualTo(TrainingView.POLL_MILLIS);
        page.correct(page.sheet.getGenericDataView().getItems().filter(SignIn::signedIn).findFirst().orElseThrow());
        assertThat(page.sheet.getGenericDataView().getItems().filter(SignIn::signedIn).toList()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'TrainingSession' AND entity_id = ?")
                .param(sessions.getFirst().id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aTraineeNotOnTheRosterIsToldToContactTheOrganiserAndAForgedCodeShowsNoForm() {
        Activity training = training(fixture.program());
        long h2 = fixture.institutionId("YQ-H2");
        String code = demoUsers.as("coordinator", () -> {
            trainings.enrol(training.getId(), new TraineeInput("张丽", h2, null, null, null));
            LocalDateTime now = LocalDateTime.now();
            return trainings.newSignInCode(trainings.addSession(training.getId(), now.minusMinutes(5), now.plusHours(1)));
        });

        SignInView phone = navigate("sign-in/" + code, SignInView.class);
        test(phone.institution).selectItem("乐清市第二人民医院");
        phone.name.setValue("李雷");
        test(phone.signIn).click();
        assertThat(phone.name.isInvalid()).isTrue();
        assertThat(phone.name.getErrorMessage()).contains("请联系培训组织者");
        assertThat(count("training_sign_in WHERE trainee_id IN (SELECT id FROM training_trainee WHERE activity_id = " + training.getId() + ")"))
                .isZero();

        navigate("sign-in/" + "x".repeat(43), SignInView.class);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText).toList()).contains("签到二维码无效或已失效，请扫描现场最新显示的二维码。");
    }

    @Test
    void anAssessmentScoreTypedAsLettersOutOfRangeOrWithTwoDecimalsIsSaidAtTheFieldAndNothingChanges() {
        Activity training = training(fixture.program());
        Trainee zhang = demoUsers.as("coordinator", () -> trainings.enrol(training.getId(),
                new TraineeInput("张丽", fixture.institutionId("YQ-H2"), null, null, null)));
        demoUsers.login("coordinator");
        TrainingView page = navigate("training/" + training.getId(), TrainingView.class);
        TrainingView.ScoreDialog dialog = page.new ScoreDialog(zhang);
        dialog.open();
        roundTrip(); // a dialog attaches on the way to the browser
        for (String typed : List.of("abc", "-1", "101", "92.55", "3.5.1")) {
            Typing.type(dialog.score, typed);
            test(dialog.save).click();
            assertThat(dialog.score.getErrorMessage()).as(typed).isEqualTo("请输入 0 到 100 之间的数，最多 1 位小数");
            assertThat(dialog.isOpened()).isTrue();
            assertThat(count("training_trainee WHERE score IS NULL AND id = " + zhang.id())).as(typed + " changes nothing").isEqualTo(1);
        }
        Typing.type(dialog.score, "92.5");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql("SELECT score FROM training_trainee WHERE id = ?").param(zhang.id()).query(BigDecimal.class).single())
                .isEqualByComparingTo("92.5");
    }

    @Test
    void theTrainingsListOpensOnTheLatestYearWithTrainingsWhenThisYearHasNone() {
        int thisYear = LocalDate.now().getYear();
        demoUsers.as("coordinator", () -> {
            assertThat(trainings.openingYear(2025)).as("2025 has none: the demo's 2024").isEqualTo(2024);
            assertThat(trainings.openingYear(2024)).isEqualTo(2024);
            assertThat(trainings.openingYear(2023)).as("none up to 2023: the year itself").isEqualTo(2023);
        });
        demoUsers.as("keqiao.coordinator", () -> assertThat(trainings.openingYear(thisYear)).as("sees no training at all").isEqualTo(thisYear));

        demoUsers.login("coordinator");
        boolean someThisYear = !trainings.trainings(thisYear).isEmpty();
        TrainingListView list = navigate("trainings", TrainingListView.class);
        assertThat(list.year.getValue()).isEqualTo(someThisYear ? thisYear : 2024);
        if (!someThisYear) {
            assertThat(list.grid.getGenericDataView().getItems().map(CalendarEntry::title).toList())
                    .contains("人流后避孕服务宣教员培训", "更年期保健专题培训班");
        }
        list.year.setValue(2024);
        assertThat(list.grid.getGenericDataView().getItems().map(CalendarEntry::title).toList()).contains("人流后避孕服务宣教员培训");
    }

    @Test
    void yesterdaysCodeOpensTheFormButTheSignInIsRefusedAsOutsideItsWindowAndAReplacedCodeShowsNoForm() {
        Activity training = training(fixture.program());
        long h2 = fixture.institutionId("YQ-H2");
        LocalDateTime yesterday = LocalDateTime.now().minusDays(1);
        String[] codes = demoUsers.as("coordinator", () -> {
            trainings.enrol(training.getId(), new TraineeInput("张丽", h2, null, null, null));
            TrainingSession session = trainings.addSession(training.getId(), yesterday, yesterday.plusHours(2));
            String old = trainings.newSignInCode(session);
            return new String[] {old, trainings.newSignInCode(session)};
        });

        SignInView phone = navigate("sign-in/" + codes[1], SignInView.class);
        test(phone.institution).selectItem("乐清市第二人民医院");
        test(phone.name).selectItem("张丽");
        test(phone.signIn).click();
        assertThat(phone.problem.getText()).isEqualTo("当前不在签到时间内，请在规定时间内签到。");
        assertThat(count("training_sign_in WHERE trainee_id IN (SELECT id FROM training_trainee WHERE activity_id = " + training.getId() + ")"))
                .isZero();

        navigate("sign-in/" + codes[0], SignInView.class);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText).toList()).contains("签到二维码无效或已失效，请扫描现场最新显示的二维码。");
    }

    /**
     * Five minutes ago, or 21:00 late in the evening: the dialog takes the end as a time of the start's day, and the phone's sign-in
     * must still be open (until 30 minutes after the end) whenever the test runs, midnight included.
     */
    private static LocalDateTime sessionStartingAboutNow() {
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(5);
        return start.toLocalTime().isBefore(LATEST_START) ? start : start.with(LATEST_START);
    }

    private static LocalTime endOfSessionStartingAt(LocalDateTime start) {
        return start.toLocalTime().equals(LATEST_START) ? LocalTime.of(23, 59) : start.toLocalTime().plusHours(2);
    }

    private static final LocalTime LATEST_START = LocalTime.of(21, 0);

    private Activity training(Program program) {
        Activity activity = new Activity(program.getId(), TestData.unique("人流后避孕宣教员培训 "), ActivityType.TRAINING,
                fixture.institutionId("YQ-MCH"));
        activity.setAudienceSet(EnumSet.of(Audience.MIDDLE_SCHOOL));
        LocalDateTime start = LocalDateTime.now().withSecond(0).withNano(0);
        activity.schedule(start, start.plusHours(3));
        activity.setPlace("乐清市妇幼保健院");
        return fixture.saved("coordinator", activity);
    }
}
