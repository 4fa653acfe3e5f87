package com.programdesk.team.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.team.domain.AssignmentRow;
import com.programdesk.team.domain.MemberRole;
import com.programdesk.team.domain.MemberSummary;
import com.programdesk.team.domain.ServiceHours;
import com.programdesk.team.domain.Team;
import com.programdesk.team.domain.TeamKind;
import com.programdesk.team.domain.TeamMember;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Teams, members' personal data, double-booking and service hours, through the services and per role. */
@ProgramDeskTest
class TeamRulesTest {

    @Autowired
    TeamService teams;
    @Autowired
    StaffingService staffing;
    @Autowired
    ActivityService activities;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void phonesAreMaskedForEveryoneAndRevealedOnlyToThoseWhoKeepTheTeamWithAnAuditEntry() {
        Team team = demoUsers.as("association", () -> teams.saveTeam(team("南塘镇青春志愿队", "YQ-FPA-NT")));
        TeamMember member = demoUsers.as("association", () -> teams.saveMember(member(team, "测试志愿者", "13812345678")));

        MemberSummary listed = demoUsers.as("mch.staff", () -> teams.members(team.getId(), false, 0, 10)).getFirst();
        assertThat(listed.maskedPhone()).isEqualTo("138****5678");
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> teams.revealPhone(member.getId())).isInstanceOf(AccessDeniedException.class));
        demoUsers.as("viewer", () -> assertThatThrownBy(() -> teams.revealPhone(member.getId())).isInstanceOf(AccessDeniedException.class));
        long before = reveals(member);
        assertThat(demoUsers.as("association", () -> teams.revealPhone(member.getId()))).contains("13812345678");
        assertThat(demoUsers.as("coordinator", () -> teams.revealPhone(member.getId()))).contains("13812345678");
        assertThat(reveals(member)).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT changed_fields FROM audit_event WHERE entity_type = 'TeamMember' AND entity_id = ? AND action = 'CREATE'")
                .param(member.getId()).query(String.class).single()).doesNotContain("13812345678");
    }

    @Test
    void aMemberReadByAnyoneCarriesOnlyTheMaskedPhoneAndSavingItBackKeepsTheNumber() {
        Team team = demoUsers.as("association", () -> teams.saveTeam(team("南塘镇读取测试队", "YQ-FPA-NT")));
        TeamMember member = demoUsers.as("association", () -> teams.saveMember(member(team, "读取测试志愿者", "13812345679")));

        for (String reader : List.of("mch.staff", "viewer", "coordinator", "association")) {
            assertThat(demoUsers.as(reader, () -> teams.member(member.getId())).orElseThrow().getPhone()).as(reader).isEqualTo("138****5679");
        }
        TeamMember edited = demoUsers.as("association", () -> teams.member(member.getId())).orElseThrow();
        edited.setName("读取测试志愿者（改名）");
        demoUsers.as("association", () -> teams.saveMember(edited));
        assertThat(demoUsers.as("association", () -> teams.revealPhone(member.getId()))).contains("13812345679");
    }

    @Test
    void badMemberInputIsRefusedAtItsFieldAndNothingIsSaved() {
        Team team = demoUsers.as("coordinator", () -> teams.saveTeam(team("输入校验测试队", "YQ-HB")));
        TeamMember leftTooEarly = member(team, "退出早于加入", "13812345678");
        leftTooEarly.setLeftOn(leftTooEarly.getJoinedOn().minusDays(1));
        assertRefused(leftTooEarly, "leftOn", "member.error.leftBeforeJoined");
        assertRefused(member(team, "电话不对", "12345"), "phone", "validation.phoneFormat");
        assertRefused(member(team, " ", null), "name", "validation.required");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM team_member WHERE team_id = ?").param(team.getId()).query(Integer.class).single()).isZero();
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> teams.saveMember(member(team, "越权添加", null)))
                .isInstanceOf(AccessDeniedException.class));
        demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> teams.saveTeam(team("别人单位的队", "YQ-H2")))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aMemberOnOverlappingActivitiesIsFlaggedBackToBackIsFineAndAReasonLetsItThrough() {
        Team team = demoUsers.as("coordinator", () -> teams.saveTeam(team("冲突检测测试队", "YQ-HB")));
        long volunteer = demoUsers.as("coordinator", () -> teams.saveMember(member(team, "冲突志愿者", null)).getId());
        LocalDateTime day = LocalDate.now().plusDays(20).atTime(9, 0);
        long morning = activity("上午讲座", day, day.plusHours(2));
        long overlapping = activity("重叠义诊", day.plusHours(1), day.plusHours(3));
        long afterwards = activity("紧接着的咨询", day.plusHours(2), day.plusHours(4));

        demoUsers.as("coordinator", () -> {
            assertThat(staffing.assign(morning, List.of(volunteer), null)).isEqualTo(1);
            assertThat(staffing.doubleBookings(afterwards, List.of(volunteer))).isEmpty();
            assertThat(staffing.assign(afterwards, List.of(volunteer), null)).isEqualTo(1);
            assertThat(staffing.doubleBookings(overlapping, List.of(volunteer)))
                    .extracting(b -> b.otherTitle()).containsExactlyInAnyOrder("上午讲座", "紧接着的咨询");
            assertThatThrownBy(() -> staffing.assign(overlapping, List.of(volunteer), " "))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("staffing.error.doubleBooked"));
            assertThat(staffing.assignments(overlapping)).isEmpty();
            assertThat(staffing.assign(overlapping, List.of(volunteer), "义诊只需到场一小时")).isEqualTo(1);
            assertThat(staffing.assignments(overlapping).getFirst().overlapReason()).isEqualTo("义诊只需到场一小时");
        });
        demoUsers.as("viewer", () -> assertThatThrownBy(() -> staffing.assign(morning, List.of(volunteer), null))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void doneActivitiesCountTheirDurationAsHoursCorrectionsAboveItNeedANote() {
        Team team = demoUsers.as("coordinator", () -> teams.saveTeam(team("时长统计测试队", "YQ-HB")));
        long first = demoUsers.as("coordinator", () -> teams.saveMember(member(team, "时长甲", null)).getId());
        long second = demoUsers.as("coordinator", () -> teams.saveMember(member(team, "时长乙", null)).getId());
        LocalDateTime day = LocalDate.now().minusDays(3).atTime(14, 0);
        long lecture = activity("已完成的讲座", day, day.plusMinutes(150));
        demoUsers.as("coordinator", () -> {
            staffing.assign(lecture, List.of(first, second), null);
            Activity activity = activities.find(lecture).orElseThrow();
            activities.markDone(activity, 40, "顺利完成");
            List<AssignmentRow> rows = staffing.assignments(lecture);
            assertThat(rows).extracting(AssignmentRow::hours).containsOnly(new BigDecimal("2.5"));
            AssignmentRow row = rows.stream().filter(r -> r.memberId() == first).findFirst().orElseThrow();
            assertThatThrownBy(() -> staffing.correctHours(row.id(), row.version(), new BigDecimal("-1"), null))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("hours"));
            assertThatThrownBy(() -> staffing.correctHours(row.id(), row.version(), new BigDecimal("4"), " "))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("staffing.error.hoursAboveDuration"));
            staffing.correctHours(row.id(), row.version(), new BigDecimal("4"), "会后继续咨询");
            List<ServiceHours> ranking = staffing.hoursByMember(LocalDate.now().minusDays(3).getYear(), 0, 1000);
            assertThat(ranking).filteredOn(h -> h.name().equals("时长甲")).extracting(ServiceHours::hours).containsExactly(new BigDecimal("4.0"));
            assertThat(ranking).filteredOn(h -> h.name().equals("时长乙")).extracting(ServiceHours::hours).containsExactly(new BigDecimal("2.5"));
            assertThat(staffing.hoursByTeam(LocalDate.now().minusDays(3).getYear())).filteredOn(h -> h.name().equals("时长统计测试队"))
                    .extracting(ServiceHours::hours).containsExactly(new BigDecimal("6.5"));
        });
    }

    @Test
    void theDemoTeamsHaveMembersOnActivitiesWithHours() {
        List<String> names = demoUsers.as("viewer", () -> teams.teams(0, 50)).stream().map(t -> t.name()).toList();
        assertThat(names).contains("乐清市生殖健康服务指导团", "亲青服务团队", "“医教携手·呵护青春”志愿服务队");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_assignment").query(Integer.class).single()).isGreaterThan(10);
        assertThat(demoUsers.as("viewer", () -> staffing.hoursByTeam(2024))).isNotEmpty();
    }

    @Test
    void theYearsHoursExportListsMembersAndTeams() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        demoUsers.as("association", () -> staffing.writeHoursXlsx(2024, key -> key, out));
        Path file = Files.createTempFile("hours", ".xlsx");
        Files.write(file, out.toByteArray());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("xl/worksheets/sheet1.xml")).isNotNull();
            assertThat(zip.getEntry("xl/worksheets/sheet2.xml")).isNotNull();
            String members = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(members).contains("<row r=\"2\"");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void assertRefused(TeamMember member, String field, String key) {
        demoUsers.as("coordinator", () -> assertThatThrownBy(() -> teams.saveMember(member))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                }));
    }

    private long activity(String title, LocalDateTime start, LocalDateTime end) {
        return demoUsers.as("coordinator", () -> {
            long program = jdbc.sql("SELECT id FROM program WHERE period_start <= ? AND period_end >= ? ORDER BY id LIMIT 1")
                    .params(start.toLocalDate(), start.toLocalDate()).query(Long.class).single();
            Activity activity = new Activity(program, title, ActivityType.values()[0], testData.institutionId("YQ-MCH"));
            activity.schedule(start, end);
            return activities.save(activity).getId();
        });
    }

    private Team team(String name, String ownerCode) {
        Team team = new Team();
        team.setName(name);
        team.setKind(TeamKind.VOLUNTEER_SERVICE);
        team.setOwnerInstitutionId(testData.institutionId(ownerCode));
        return team;
    }

    private static TeamMember member(Team team, String name, String phone) {
        TeamMember member = new TeamMember(team.getId(), name, MemberRole.VOLUNTEER, LocalDate.now().minusMonths(1));
        member.setPhone(phone);
        member.setSkillNames(Set.of("青春期教育"));
        return member;
    }

    private long reveals(TeamMember member) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'REVEAL' AND entity_id = ?").param(member.getId())
                .query(Long.class).single();
    }
}
