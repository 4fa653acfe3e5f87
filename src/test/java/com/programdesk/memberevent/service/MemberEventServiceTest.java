package com.programdesk.memberevent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.memberevent.domain.BranchOnDay;
import com.programdesk.memberevent.domain.BranchYearFigures;
import com.programdesk.memberevent.domain.MemberEvent;
import com.programdesk.memberevent.domain.MemberEventFilter;
import com.programdesk.memberevent.domain.MemberEventRow;
import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Member events per role through the service: who logs for which branch, what is refused, and what the figures say. */
@ProgramDeskTest
class MemberEventServiceTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    MemberEventService events;
    @Autowired
    ProgramService programs;
    @Autowired
    TargetService targets;
    @Autowired
    AttachmentService attachments;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void aBranchLogsOnlyForItselfTheAssociationForEveryBranchTheBureauOnlyReadsHospitalsNotAtAll() {
        LocalDate day = LocalDate.of(2021, 6, 1);
        assertThatThrownBy(() -> demoUsers.as("nantang.branch", () -> events.save(event("YQ-FPA-LS", day, "越权登记柳市活动"))))
                .isInstanceOf(AccessDeniedException.class);
        MemberEvent own = demoUsers.as("nantang.branch", () -> events.save(event("YQ-FPA-NT", day, "南塘分会自己登记")));
        MemberEvent liushi = demoUsers.as("association", () -> events.save(event("YQ-FPA-LS", day, "市计生协代柳市登记")));
        demoUsers.as("association", () -> events.save(event("YQ-FPA-BS", day, "市计生协代白石登记")));

        demoUsers.as("nantang.branch", () -> {
            assertThat(events.search(new MemberEventFilter(2021, null), 0, 50)).extracting(MemberEventRow::title)
                    .containsExactly("南塘分会自己登记");
            assertThatThrownBy(() -> events.find(liushi.getId())).isInstanceOf(AccessDeniedException.class);
            MemberEvent moved = own.copy();
            moved.setBranchId(testData.institutionId("YQ-FPA-LS"));
            assertThatThrownBy(() -> events.save(moved)).isInstanceOf(AccessDeniedException.class);
            assertThat(events.loggableBranches()).extracting(b -> b.code()).containsExactly("YQ-FPA-NT");
        });
        demoUsers.as("association", () -> {
            MemberEvent taken = liushi.copy();
            taken.setBranchId(testData.institutionId("YQ-FPA-NT"));
            assertThatThrownBy(() -> demoUsers.as("nantang.branch", () -> events.save(taken))).isInstanceOf(AccessDeniedException.class);
            assertThat(events.search(new MemberEventFilter(2021, null), 0, 50)).hasSize(3);
        });
        demoUsers.as("viewer", () -> {
            assertThat(events.count(new MemberEventFilter(2021, null))).isEqualTo(3);
            assertThat(events.canLog()).isFalse();
            assertThatThrownBy(() -> events.save(event("YQ-FPA", day, "专家登记"))).isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("coordinator", () -> assertThatThrownBy(() -> events.save(event("YQ-FPA", day, "卫健局代登记")))
                .isInstanceOf(AccessDeniedException.class));
        demoUsers.as("mch.staff", () -> {
            assertThatThrownBy(() -> events.search(new MemberEventFilter(2021, null), 0, 50)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> events.save(event("YQ-FPA", day, "医院登记"))).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(titlesOn(day)).containsExactlyInAnyOrder("南塘分会自己登记", "市计生协代柳市登记", "市计生协代白石登记");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'MemberEvent' AND entity_id = ? AND action = 'CREATE'")
                .param(own.getId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eachBadInputIsRefusedAtItsFieldAndNothingIsSaved() {
        LocalDate day = LocalDate.of(2021, 8, 8);
        demoUsers.as("association", () -> {
            assertRefused(with(e -> e.setEventDate(null)), "eventDate", "validation.required");
            assertRefused(with(e -> e.setEventDate(LocalDate.now().plusDays(1))), "eventDate", "memberEvent.error.future");
            assertRefused(with(e -> e.setBranchId(null)), "branchId", "validation.required");
            assertRefused(with(e -> e.setBranchId(testData.institutionId("YQ-MCH"))), "branchId", "memberEvent.error.notABranch");
            assertRefused(with(e -> e.setTitle("   ")), "title", "validation.required");
            assertRefused(with(e -> e.setTitle("长".repeat(MemberEvent.TITLE_MAX + 1))), "title", "validation.maxLength");
            assertRefused(with(e -> e.setType(null)), "type", "validation.required");
            assertRefused(with(e -> e.setMembers(-1)), "members", "memberEvent.error.participants");
            assertRefused(with(e -> e.setOthers(null)), "others", "validation.required");
            assertRefused(with(e -> e.setOthers(-5)), "others", "memberEvent.error.participants");
            assertRefused(with(e -> e.setNote("注".repeat(MemberEvent.NOTE_MAX + 1))), "note", "validation.maxLength");
        });
        assertThat(titlesOn(day)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_event WHERE title = '坏输入测试'").query(Integer.class).single()).isZero();
    }

    @Test
    void yearlyFiguresCountEventsParticipantsAndTypesPerBranch() {
        demoUsers.as("association", () -> {
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-DJ"), LocalDate.of(2020, 5, 29), "大荆会员日", MemberEventType.MEMBER_DAY, 30, 12));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-DJ"), LocalDate.of(2020, 8, 3), "大荆入户走访", MemberEventType.HOME_VISIT, 5, 1));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-DJ"), LocalDate.of(2020, 12, 31), "大荆年终培训", MemberEventType.TRAINING, 20, 0));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA"), LocalDate.of(2020, 1, 1), "元旦宣传", MemberEventType.CAMPAIGN, 10, 200));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA"), LocalDate.of(2019, 12, 31), "上一年的活动", MemberEventType.OTHER, 99, 99));
        });

        List<BranchYearFigures> figures = demoUsers.as("coordinator", () -> events.yearFigures(2020));

        assertThat(figures).extracting(BranchYearFigures::branchName).startsWith("乐清市计划生育协会")
                .contains("乐清市白石街道计划生育协会", "乐清市城东街道计划生育协会").hasSize(7);
        BranchYearFigures dajing = figureOf(figures, "乐清市大荆镇计划生育协会");
        assertThat(dajing).isEqualTo(new BranchYearFigures(testData.institutionId("YQ-FPA-DJ"), "乐清市大荆镇计划生育协会", 3, 55, 13, 1, 1, 1, 0, 0));
        assertThat(dajing.participants()).isEqualTo(68);
        assertThat(figureOf(figures, "乐清市计划生育协会")).isEqualTo(
                new BranchYearFigures(testData.institutionId("YQ-FPA"), "乐清市计划生育协会", 1, 10, 200, 0, 0, 0, 1, 0));
        assertThat(figureOf(figures, "乐清市柳市镇计划生育协会").events()).isZero();
        assertThat(demoUsers.as("nantang.branch", () -> events.yearFigures(2020))).extracting(BranchYearFigures::branchName)
                .containsExactly("乐清市南塘镇计划生育协会");
    }

    @Test
    void theMemberDayListsEveryBranchWithItsEventsOrAsMissing() {
        LocalDate memberDay = LocalDate.of(2019, 5, 29);
        demoUsers.as("association", () -> {
            events.save(new MemberEvent(testData.institutionId("YQ-FPA"), memberDay, "市计生协会员日", MemberEventType.MEMBER_DAY, 100, 50));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-NT"), memberDay, "南塘会员日上午场", MemberEventType.MEMBER_DAY, 20, 5));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-NT"), memberDay, "南塘会员日下午场", MemberEventType.MEMBER_DAY, 15, 10));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-LS"), memberDay.plusDays(1), "柳市晚了一天", MemberEventType.MEMBER_DAY, 9, 9));
        });

        List<BranchOnDay> branches = demoUsers.as("association", () -> events.onDay(memberDay));

        assertThat(branches).hasSize(7);
        assertThat(branches).filteredOn(b -> !b.reported()).extracting(BranchOnDay::branchName).containsExactly(
                "乐清市白石街道计划生育协会", "乐清市城东街道计划生育协会", "乐清市大荆镇计划生育协会", "乐清市虹桥镇计划生育协会",
                "乐清市柳市镇计划生育协会");
        BranchOnDay nantang = branches.stream().filter(b -> b.branchName().equals("乐清市南塘镇计划生育协会")).findFirst().orElseThrow();
        assertThat(nantang).isEqualTo(new BranchOnDay(testData.institutionId("YQ-FPA-NT"), "乐清市南塘镇计划生育协会", 2, "南塘会员日上午场；南塘会员日下午场", 35, 15));
        assertThat(demoUsers.as("viewer", () -> events.onDay(memberDay))).hasSize(7);
    }

    @Test
    void aProgramTargetCountsTheAssociationsMemberDayEventsInItsPeriod() {
        Program program = demoUsers.as("coordinator", () -> programs.save(
                new Program("计生协会员活动目标测试方案", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), List.of("计生协工作")));
        Target memberDays = target(program, TargetMeasure.MEMBER_EVENT_COUNT, EnumSet.of(ActivityType.MEMBER_EVENT), null);
        Target nantangPeople = target(program, TargetMeasure.MEMBER_EVENT_PARTICIPANTS, EnumSet.noneOf(ActivityType.class),
                testData.institutionId("YQ-FPA-NT"));
        Target lectures = target(program, TargetMeasure.MEMBER_EVENT_COUNT, EnumSet.of(ActivityType.LECTURE), null);
        demoUsers.as("association", () -> {
            events.save(new MemberEvent(testData.institutionId("YQ-FPA"), LocalDate.of(2022, 5, 29), "会员日一", MemberEventType.MEMBER_DAY, 50, 20));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-NT"), LocalDate.of(2022, 5, 29), "会员日二", MemberEventType.MEMBER_DAY, 30, 10));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-NT"), LocalDate.of(2022, 7, 1), "南塘培训", MemberEventType.TRAINING, 8, 2));
            events.save(new MemberEvent(testData.institutionId("YQ-FPA-LS"), LocalDate.of(2023, 5, 29), "方案期外的会员日", MemberEventType.MEMBER_DAY, 9, 9));
        });

        List<TargetProgress> progress = demoUsers.as("viewer", () -> targets.progress(program.getId()));

        assertThat(actualOf(progress, memberDays)).isEqualByComparingTo("2");
        assertThat(actualOf(progress, nantangPeople)).isEqualByComparingTo("50");
        assertThat(actualOf(progress, lectures)).isEqualByComparingTo("0");
    }

    @Test
    void photosFollowTheEventsRules() throws IOException {
        MemberEvent liushi = demoUsers.as("association", () -> events.save(event("YQ-FPA-LS", LocalDate.of(2017, 9, 9), "柳市入户走访（照片）")));
        Path photo = Files.createTempFile("photo", ".png");
        Files.write(photo, PNG);
        demoUsers.as("association", () -> attachments.store(MemberEventService.PHOTOS, liushi.getId(), "走访现场.png", photo));

        demoUsers.as("viewer", () -> {
            assertThat(attachments.of(MemberEventService.PHOTOS, liushi.getId())).extracting(Attachment::fileName)
                    .containsExactly("走访现场.png");
            assertThatThrownBy(() -> attachments.store(MemberEventService.PHOTOS, liushi.getId(), "专家补拍.png", photo))
                    .isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("nantang.branch", () -> {
            assertThatThrownBy(() -> attachments.of(MemberEventService.PHOTOS, liushi.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.store(MemberEventService.PHOTOS, liushi.getId(), "越权.png", photo))
                    .isInstanceOf(AccessDeniedException.class);
        });
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> attachments.of(MemberEventService.PHOTOS, liushi.getId()))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE owner_type = 'MemberEvent' AND owner_id = ?").param(liushi.getId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private Target target(Program program, TargetMeasure measure, EnumSet<ActivityType> types, Long organiser) {
        Target target = new Target(program.getId(), measure.name(), "场", measure, BigDecimal.TEN);
        target.setActivityTypeSet(types);
        target.setOrganiserId(organiser);
        return demoUsers.as("coordinator", () -> targets.save(target));
    }

    private static BigDecimal actualOf(List<TargetProgress> progress, Target target) {
        return progress.stream().filter(p -> p.target().getId().equals(target.getId())).findFirst().orElseThrow().actual();
    }

    private MemberEvent with(Consumer<MemberEvent> change) {
        MemberEvent event = event("YQ-FPA-NT", LocalDate.of(2021, 8, 8), "坏输入测试");
        change.accept(event);
        return event;
    }

    private void assertRefused(MemberEvent event, String field, String messageKey) {
        assertThatThrownBy(() -> events.save(event)).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private MemberEvent event(String code, LocalDate day, String title) {
        MemberEvent event = new MemberEvent(testData.institutionId(code), day, title, MemberEventType.HOME_VISIT, 10, 3);
        event.setNote("入户走访计生特殊家庭");
        return event;
    }

    private List<String> titlesOn(LocalDate day) {
        return jdbc.sql("SELECT title FROM member_event WHERE event_date = ?").param(day).query(String.class).list();
    }

    private static BranchYearFigures figureOf(List<BranchYearFigures> figures, String branchName) {
        return figures.stream().filter(f -> f.branchName().equals(branchName)).findFirst().orElseThrow();
    }
}
