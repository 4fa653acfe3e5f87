package com.programdesk.program.targets.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.domain.TargetStatus;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Targets compute themselves from the activities that were done; nobody adds numbers by hand. */
@ProgramDeskTest
class TargetProgressTest {

    @Autowired
    ProgramFixture fixture;

    @Test
    void onlyDoneActivitiesThatMatchTheFilterCount() {
        Program program = fixture.program();
        Target lectures = fixture.lectureTarget(program, 3);
        Target reached = fixture.reachedTarget(program, 100);

        fixture.done("mch.staff", fixture.lecture(program, "YQ-MCH", -10), 45);
        fixture.saved("mch.staff", fixture.lecture(program, "YQ-MCH", 5));
        Activity forAdults = fixture.lecture(program, "YQ-MCH", -3);
        forAdults.setAudienceSet(EnumSet.of(Audience.MENOPAUSAL_WOMEN));
        fixture.done("mch.staff", forAdults, 80);
        Activity cancelled = fixture.saved("coordinator", fixture.lecture(program, "YQ-H2", -2));
        fixture.demoUsers.as("coordinator", () -> fixture.activities.cancel(cancelled, "下雨"));

        List<TargetProgress> progress = fixture.demoUsers.as("viewer", () -> fixture.targets.progress(program.getId()));

        assertThat(actualOf(progress, lectures)).isEqualByComparingTo("1");
        assertThat(actualOf(progress, reached)).isEqualByComparingTo("45");
    }

    @Test
    void doneActivitiesOutsideTheTargetPeriodDoNotCount() {
        Program program = fixture.program();
        Target lectures = fixture.lectureTarget(program, 3);
        fixture.demoUsers.as("coordinator", () -> {
            Target narrowed = fixture.targets.targets(program.getId()).getFirst();
            narrowed.setPeriodStart(LocalDate.now().minusDays(5));
            fixture.targets.save(narrowed);
        });
        fixture.done("mch.staff", fixture.lecture(program, "YQ-MCH", -20), 30);
        fixture.done("mch.staff", fixture.lecture(program, "YQ-MCH", -1), 30);

        List<TargetProgress> progress = fixture.demoUsers.as("viewer", () -> fixture.targets.progress(program.getId()));

        assertThat(actualOf(progress, lectures)).isEqualByComparingTo("1");
    }

    @Test
    void theDemoPilotShowsAPartlyBehindPicture() {
        long pilot = fixture.testData.programId("乐卫发〔2024〕25号");

        List<TargetProgress> progress = fixture.demoUsers.as("viewer", () -> fixture.targets.progress(pilot));

        assertThat(progress).extracting(p -> p.target().getName()).containsExactly("青春健康教育讲座", "受益青少年", "主题宣传活动");
        assertThat(progress.get(0).actual()).isEqualByComparingTo("78");
        assertThat(progress.get(0).status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(progress.get(2).status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(progress.get(1).actual()).isGreaterThan(BigDecimal.valueOf(4000));
    }

    @Test
    void aDistrictsProgramCountsOnlyTheActivitiesOfItsParticipants() {
        Program keqiao = fixture.demoUsers.as("admin", () -> {
            LocalDate today = LocalDate.now();
            Program program = new Program(TestData.unique("柯桥区测试方案 "), today.minusMonths(6), today.plusMonths(6).minusDays(1));
            program.setAreaId(fixture.testData.areaId("330603"));
            return fixture.programs.changeStatus(fixture.programs.save(program, List.of("青春期生殖健康促进")), ProgramStatus.ACTIVE, null);
        });
        Target lectures = fixture.lectureTarget(keqiao, 3, "keqiao.coordinator");
        fixture.done("admin", fixture.lecture(keqiao, "SX-CH-QX", -3), 40);
        fixture.done("admin", fixture.lecture(keqiao, "YQ-MCH", -2), 60);

        BigDecimal everyoneInTheDistrict = actualOf(fixture.demoUsers.as("keqiao.coordinator", () -> fixture.targets.progress(keqiao.getId())), lectures);
        fixture.demoUsers.as("keqiao.coordinator", () -> fixture.programs.setParticipants(keqiao, List.of(fixture.institutionId("SX-KQ-HB"))));
        BigDecimal onlyTheBureau = actualOf(fixture.demoUsers.as("shaoxing.coordinator", () -> fixture.targets.progress(keqiao.getId())), lectures);

        assertThat(everyoneInTheDistrict).as("齐贤分院 lies in 柯桥区, 乐清市妇幼保健院 does not").isEqualByComparingTo("1");
        assertThat(onlyTheBureau).as("with a list of participants, only theirs count").isEqualByComparingTo("0");
        assertThat(fixture.demoUsers.as("coordinator", () -> fixture.targets.progress(keqiao.getId())))
                .as("乐清市's coordinator does not see 柯桥区's program").isEmpty();
    }

    @Test
    void aProgramWithoutAnAreaCountsEveryonesActivitiesAsBeforeAreas() {
        Program open = fixture.demoUsers.as("admin", () -> {
            LocalDate today = LocalDate.now();
            Program program = new Program(TestData.unique("无区划测试方案 "), today.minusMonths(6), today.plusMonths(6).minusDays(1));
            return fixture.programs.changeStatus(fixture.programs.save(program, List.of("青春期生殖健康促进")), ProgramStatus.ACTIVE, null);
        });
        Target lectures = fixture.lectureTarget(open, 3, "admin");
        fixture.done("admin", fixture.lecture(open, "SX-CH-QX", -3), 40);
        fixture.done("admin", fixture.lecture(open, "YQ-MCH", -2), 60);

        assertThat(actualOf(fixture.demoUsers.as("admin", () -> fixture.targets.progress(open.getId())), lectures)).isEqualByComparingTo("2");
    }

    private static BigDecimal actualOf(List<TargetProgress> progress, Target target) {
        return progress.stream().filter(p -> p.target().getId().equals(target.getId())).findFirst().orElseThrow().actual();
    }
}
