package com.programdesk.demo.service;

import com.programdesk.institution.domain.Institution;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.CalendarEntry;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.team.domain.AssignmentRow;
import com.programdesk.team.domain.MemberRole;
import com.programdesk.team.domain.Team;
import com.programdesk.team.domain.TeamKind;
import com.programdesk.team.domain.TeamMember;
import com.programdesk.team.service.StaffingService;
import com.programdesk.team.service.TeamService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The pilot's three teams — the service guidance team, the youth service team and the "医教携手·
 * 呵护青春" volunteers — with invented members, on the demo activities with their hours.
 */
@Component
class DemoTeams {

    private final TeamService teams;
    private final StaffingService staffing;
    private final ActivityService activities;
    private final DemoActors actors;
    private final ProgramService programs;
    private final Clock clock;

    DemoTeams(TeamService teams, StaffingService staffing, ActivityService activities, ProgramService programs, DemoActors actors,
              Clock clock) {
        this.programs = programs;
        this.teams = teams;
        this.staffing = staffing;
        this.activities = activities;
        this.actors = actors;
        this.clock = clock;
    }

    void load(Map<String, Institution> byCode) {
        actors.as("coordinator", () -> {
            Team guidance = team("乐清市生殖健康服务指导团", TeamKind.SERVICE_GUIDANCE, byCode.get("YQ-HB"), "王主任",
                    "专业技术人员、社工、志愿者、青少年活动中心工作人员组成，开展线上线下生殖健康咨询指导。");
            Team youth = team("亲青服务团队", TeamKind.YOUTH_SERVICE, byCode.get("YQ-YSC"), "吴老师",
                    "走进校园和夏令营，讲解青春期生殖健康知识。");
            Team volunteers = team("“医教携手·呵护青春”志愿服务队", TeamKind.VOLUNTEER_SERVICE, byCode.get("YQ-FPA"), "陈秘书长",
                    "医院与学校携手的青春期健康教育志愿服务。");
            LocalDate joined = LocalDate.of(2023, 9, 1);
            List<Long> guidanceMembers = List.of(
                    member(guidance, "林晓燕", MemberRole.DOCTOR, byCode.get("YQ-MCH"), "13957712001", joined, Set.of("避孕指导", "流产后关爱")),
                    member(guidance, "郑海波", MemberRole.DOCTOR, byCode.get("YQ-H2"), "13957712002", joined, Set.of("更年期保健", "避孕指导")),
                    member(guidance, "潘丽君", MemberRole.MIDWIFE, byCode.get("YQ-MCH"), "13957712003", joined, Set.of("孕产期保健")),
                    member(guidance, "胡静", MemberRole.SOCIAL_WORKER, null, "13957712004", joined, Set.of("心理咨询", "个案管理")),
                    member(guidance, "陈雨婷", MemberRole.VOLUNTEER, null, "13957712005", joined, Set.of("宣传组织")));
            List<Long> youthMembers = List.of(
                    member(youth, "吴佳怡", MemberRole.TEACHER, byCode.get("YQ-YSC"), "13857712011", joined, Set.of("青春期教育", "心理咨询")),
                    member(youth, "张子涵", MemberRole.TEACHER, byCode.get("YQ-YSC"), "13857712012", joined, Set.of("青春期教育")),
                    member(youth, "周铭", MemberRole.NURSE, byCode.get("YQ-MCH"), "13857712013", joined, Set.of("青春期教育", "避孕指导")),
                    member(youth, "黄思远", MemberRole.STUDENT, null, "13857712014", joined, Set.of("直播主持")));
            List<Long> volunteerMembers = new ArrayList<>(List.of(
                    member(volunteers, "叶晓敏", MemberRole.VOLUNTEER, byCode.get("YQ-FPA"), "13757712021", joined, Set.of("宣传组织")),
                    member(volunteers, "蔡文杰", MemberRole.TEACHER, null, "0577-61230021", joined, Set.of("青春期教育")),
                    member(volunteers, "徐婉清", MemberRole.NURSE, byCode.get("YQ-H2"), "13757712023", joined, Set.of("避孕指导", "青春期教育")),
                    member(volunteers, "金浩", MemberRole.VOLUNTEER, null, "13757712024", joined, Set.of("摄影"))));
            TeamMember moved = teams.member(member(volunteers, "陶一鸣", MemberRole.STUDENT, null, "13757712025", joined, Set.of("宣传组织")))
                    .orElseThrow();
            moved.setLeftOn(LocalDate.of(2024, 6, 30));
            teams.saveMember(moved);

            List<CalendarEntry> served = activities.agenda(LocalDate.of(2023, 9, 1), LocalDate.now(clock).plusMonths(2), ActivityFilter.none(),
                    0, 400).stream().filter(CalendarEntry::isDated).filter(a -> a.status() != ActivityStatus.CANCELLED).toList();
            for (int i = 0; i < served.size(); i++) {
                CalendarEntry activity = served.get(i);
                List<Long> crew = switch (i % 3) {
                    case 0 -> List.of(guidanceMembers.get(i % guidanceMembers.size()), volunteerMembers.get(i % volunteerMembers.size()));
                    case 1 -> List.of(youthMembers.get(i % youthMembers.size()), youthMembers.get((i + 1) % youthMembers.size()));
                    default -> List.of(volunteerMembers.get(i % volunteerMembers.size()), guidanceMembers.get((i + 2) % guidanceMembers.size()));
                };
                staffing.assign(activity.id(), crew, staffing.doubleBookings(activity.id(), crew).isEmpty() ? null : "演示数据：两场活动前后衔接");
            }
            overlappingPairNextWeek(byCode);
            served.stream().filter(a -> a.status() == ActivityStatus.DONE).findFirst().ifPresent(first -> {
                AssignmentRow row = staffing.assignments(first.id()).getFirst();
                staffing.correctHours(row.id(), row.version(), row.hours().add(BigDecimal.ONE), "提前一小时到场布置咨询台");
            });
        });
    }

    /** Two activities on one morning with nobody on them yet: where a volunteer can only serve one. */
    private void overlappingPairNextWeek(Map<String, Institution> byCode) {
        LocalDate day = LocalDate.now(clock).plusDays(6);
        List<Program> running = programs.running().stream().filter(p -> p.covers(day)).toList();
        if (running.isEmpty()) {
            return;
        }
        long youthCentre = byCode.get("YQ-YSC").getId();
        long mch = byCode.get("YQ-MCH").getId();
        activities.save(activity(running.getFirst(), "亲青服务中心校园咨询日", ActivityType.SALON, youthCentre, day.atTime(9, 0),
                day.atTime(11, 30), "乐清市第一中学"));
        activities.save(activity(running.getFirst(), "流产后关爱义诊进社区", ActivityType.FREE_CLINIC, mch, day.atTime(10, 0),
                day.atTime(12, 0), "乐成街道社区卫生服务中心"));
    }

    private static Activity activity(Program program, String title, ActivityType type, long organiser, LocalDateTime start, LocalDateTime end,
                                     String place) {
        Activity activity = new Activity(program.getId(), title, type, organiser);
        activity.schedule(start, end);
        activity.setPlace(place);
        activity.setPlannedAttendance(80);
        return activity;
    }

    private Team team(String name, TeamKind kind, Institution owner, String leader, String description) {
        Team team = new Team();
        team.setName(name);
        team.setKind(kind);
        team.setOwnerInstitutionId(owner.getId());
        team.setLeaderName(leader);
        team.setDescription(description);
        return teams.saveTeam(team);
    }

    private long member(Team team, String name, MemberRole role, Institution institution, String phone, LocalDate joined, Set<String> skills) {
        TeamMember member = new TeamMember(team.getId(), name, role, joined);
        member.setInstitutionId(institution == null ? null : institution.getId());
        member.setPhone(phone);
        member.setSkillNames(skills);
        return teams.saveMember(member).getId();
    }
}
