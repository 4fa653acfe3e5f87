package com.programdesk.demo.service;

import com.programdesk.area.domain.Area;
import com.programdesk.institution.domain.Institution;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.program.activities.domain.ActivityFormat;
import com.programdesk.program.activities.domain.ActivityType;
import com.programdesk.program.activities.domain.Audience;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.targets.domain.Target;
import com.programdesk.program.targets.domain.TargetMeasure;
import com.programdesk.program.plan.domain.WorkStream;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Yueqing pilot year (seed 000, §三) as a program with its targets and dated activities, most
 * of them done, so the targets show a realistic, partly-behind picture; and the current year's
 * follow-up plan, so the calendar of today is not empty.
 */
@Component
class DemoPrograms {

    private static final List<String> STREAMS = List.of("青春期生殖健康促进", "人工流产关爱服务", "群众科普教育行动");
    private static final Set<Audience> YOUTH = EnumSet.of(Audience.PRIMARY_UPPER, Audience.MIDDLE_SCHOOL,
            Audience.COLLEGE, Audience.LEFT_BEHIND_CHILDREN);
    private static final String[] SCHOOLS = {"乐清中学", "乐成一中", "乐清市实验中学", "柳市镇第一中学", "虹桥镇第一中学",
        "南塘镇中学", "乐清市职业中专", "温州大学乐清学院"};

    private final ProgramService programs;
    private final TargetService targets;
    private final ActivityService activities;
    private final Clock clock;
    private long yueqing;

    DemoPrograms(ProgramService programs, TargetService targets, ActivityService activities, Clock clock) {
        this.programs = programs;
        this.targets = targets;
        this.activities = activities;
        this.clock = clock;
    }

    /** The programs the demo tasks and reported targets belong to. */
    record Plans(Program yueqing, Program keqiao, Program pilot) {
    }

    /** Loads Yueqing's pilot year and follow-up plan (乐清市) and Qixian's early-pregnancy care action (柯桥区). */
    Plans load(Map<String, Institution> byCode, Map<String, Area> areas) {
        yueqing = areas.get("330382").getId();
        Program pilot = pilotYear(byCode);
        Program current = followUpYear(byCode);
        return new Plans(current, earlyPregnancyCare(byCode, areas.get("330603").getId()), pilot);
    }

    /**
     * Seed 004: 齐贤分院's "早孕关爱行动" (issued 2025-03-28), a program of 柯桥区 with 齐贤分院 as its only
     * participant, so its figures read nothing of Yueqing.
     */
    private Program earlyPregnancyCare(Map<String, Institution> byCode, long keqiao) {
        LocalDate today = LocalDate.now(clock);
        Program action = new Program("齐贤分院“早孕关爱行动”工作方案", LocalDate.of(2025, 4, 1), LocalDate.of(today.getYear() + 1, 12, 31));
        action.setIssuers("绍兴市中心医院医共体齐贤分院");
        action.setDescription("以早孕门诊建设为切入点，以早孕信息化集中管理为抓手，全面开展早孕关爱服务，逐年降低非意愿妊娠流产率，重复流产率控制在5‰以下。");
        action.setAreaId(keqiao);
        action = programs.save(action, List.of("早孕门诊建设", "流产后关爱", "宣传教育"));
        programs.setParticipants(action, List.of(byCode.get("SX-CH-QX").getId()));
        return programs.changeStatus(programs.find(action.getId()).orElseThrow(), ProgramStatus.ACTIVE, "方案印发");
    }

    private Program pilotYear(Map<String, Institution> byCode) {
        Program pilot = new Program("乐清市生殖健康促进创新试点工作方案", LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31));
        pilot.setAreaId(yueqing);
        pilot.setDocumentNumber("乐卫发〔2024〕25号");
        pilot.setIssuers("乐清市卫生健康局、乐清市计划生育协会");
        pilot.setDescription("建立围绕青春期、育龄期、围绝经期等重点环节的全生育周期生殖健康服务体系，探索生殖健康促进服务新模式新机制。");
        pilot = programs.save(pilot, STREAMS);
        pilot = programs.changeStatus(pilot, ProgramStatus.ACTIVE, "方案印发");
        List<WorkStream> streams = programs.workStreams(pilot.getId());
        long youthStream = streams.get(0).getId();
        long careStream = streams.get(1).getId();
        long publicStream = streams.get(2).getId();
        seedTargets(pilot.getId(), 120, 5000, 2);

        long mch = byCode.get("YQ-MCH").getId();
        long ysc = byCode.get("YQ-YSC").getId();
        long fpa = byCode.get("YQ-FPA").getId();
        long bureau = byCode.get("YQ-HB").getId();
        long second = byCode.get("YQ-H2").getId();

        done(pilot, publicStream, "服务百姓健康行动大型义诊咨询", ActivityType.FREE_CLINIC, EnumSet.of(Audience.PUBLIC), mch,
                at(2023, 9, 16, 8), "乐清市人民广场", 600, "义诊咨询 600 余人次，发放宣传资料 1,200 份。");
        done(pilot, publicStream, "“10.18 世界更年期关怀日”线上+线下科普讲座", ActivityType.LECTURE,
                EnumSet.of(Audience.MENOPAUSAL_WOMEN), mch, at(2023, 10, 18, 14), "市妇幼保健院学术厅", 260,
                "线下 60 人，线上直播观看 200 人次。", ActivityFormat.HYBRID);
        done(pilot, publicStream, "“12.1 世界艾滋病日”主题宣传活动", ActivityType.CAMPAIGN_DAY, EnumSet.of(Audience.PUBLIC, Audience.COLLEGE),
                fpa, at(2023, 12, 1, 9), "乐清市文化中心", 450, "设咨询台、展板，开展防艾知识问答。");
        done(pilot, careStream, "基本避孕服务项目督导（第一轮）", ActivityType.SUPERVISION_VISIT, EnumSet.of(Audience.MEDICAL_STAFF),
                bureau, at(2024, 3, 19, 9), "各计划生育手术机构", 35, "督导 7 家机构，发现问题 12 项，已下发整改通知。");
        done(pilot, careStream, "乐清市生殖健康促进试点工作交流会", ActivityType.EXCHANGE_MEETING, EnumSet.of(Audience.MEDICAL_STAFF),
                bureau, at(2024, 4, 25, 14), "市卫生健康局 3 楼会议室", 48, "各试点单位交流经验，专家组点评。");
        done(pilot, youthStream, "曙光夏令营青春期生殖健康及防性侵讲座", ActivityType.SUMMER_CAMP, EnumSet.of(Audience.PRIMARY_UPPER, Audience.MIDDLE_SCHOOL),
                ysc, at(2024, 6, 22, 9), "乐清市曙光夏令营", 120, "两场讲座，营员 120 人参加。");
        done(pilot, publicStream, "“5.29”计生协会员活动日", ActivityType.MEMBER_EVENT, EnumSet.of(Audience.PUBLIC),
                fpa, at(2024, 5, 29, 9), "乐清市计划生育协会", 300, "会员宣誓、健康讲座、志愿服务。");
        done(pilot, careStream, "人流后避孕服务宣教员培训", ActivityType.TRAINING, EnumSet.of(Audience.MEDICAL_STAFF),
                mch, at(2024, 6, 13, 13), "市妇幼保健院", 56, "培训各手术机构宣教员 56 人。");
        done(pilot, publicStream, "南塘镇东港村专家义诊进基层", ActivityType.FREE_CLINIC, EnumSet.of(Audience.CHILDBEARING_AGE_WOMEN, Audience.PUBLIC),
                second, at(2024, 7, 12, 8), "南塘镇东港村文化礼堂", 180, "专家义诊 180 人次。");
        done(pilot, youthStream, "亲青服务中心科普直播间连线在校大学生", ActivityType.LIVE_STREAM, EnumSet.of(Audience.COLLEGE),
                ysc, at(2024, 7, 20, 19), "亲青服务中心门诊咨询室", 340, "直播观看 340 人次。", ActivityFormat.ONLINE);
        done(pilot, publicStream, "“9.26 世界避孕日”进企业讲座与义诊", ActivityType.CAMPAIGN_DAY, EnumSet.of(Audience.ENTERPRISE_WORKERS),
                second, at(2023, 9, 26, 14), "柳市镇工业园区", 210, "讲座两场，义诊咨询 90 人次。");
        done(pilot, careStream, "更年期保健专题培训班", ActivityType.TRAINING, EnumSet.of(Audience.MEDICAL_STAFF),
                mch, at(2024, 8, 15, 9), "市妇幼保健院", 64, "更年期保健管理项目业务人员 64 人参训。");
        planned(pilot, youthStream, "亲青服务中心“青春密码”体验项目开放", ActivityType.EXPERIENCE, ysc,
                LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 31));

        // the school lecture series: 78 of the 120 planned lectures were held
        for (int i = 0; i < 78; i++) {
            LocalDate day = LocalDate.of(2023, 9, 11).plusDays(i * 4L);
            if (day.getMonthValue() == 2) {
                day = day.plusDays(28); // winter holiday
            }
            String school = SCHOOLS[i % SCHOOLS.length];
            ActivityType type = i % 5 == 4 ? ActivityType.SALON : ActivityType.LECTURE;
            done(pilot, youthStream, school + "性与生殖健康专题" + (type == ActivityType.LECTURE ? "讲座" : "主题沙龙"), type,
                    i % 3 == 0 ? EnumSet.of(Audience.MIDDLE_SCHOOL) : EnumSet.of(Audience.MIDDLE_SCHOOL, Audience.PRIMARY_UPPER),
                    i % 2 == 0 ? ysc : mch, at(day, 14), school, 55 + (i * 7) % 40, "讲座后问答，学生反馈良好。");
        }
        return pilot;
    }

    private Program followUpYear(Map<String, Institution> byCode) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        Program plan = new Program(start.getYear() + "—" + (start.getYear() + 1) + " 年度生殖健康促进工作计划",
                start, start.plusYears(1).minusDays(1));
        plan.setIssuers("乐清市卫生健康局、乐清市计划生育协会");
        plan.setAreaId(yueqing);
        plan.setDescription("在试点基础上常态化推进青春期生殖健康促进和人工流产关爱服务。");
        plan = programs.save(plan, STREAMS);
        plan = programs.changeStatus(plan, ProgramStatus.ACTIVE, "年度计划启动");
        long youthStream = programs.workStreams(plan.getId()).get(0).getId();
        long publicStream = programs.workStreams(plan.getId()).get(2).getId();
        seedTargets(plan.getId(), 60, 3000, 2);

        long ysc = byCode.get("YQ-YSC").getId();
        long mch = byCode.get("YQ-MCH").getId();
        long fpa = byCode.get("YQ-FPA").getId();
        int held = 0;
        for (LocalDate day = start.plusDays(10); day.isBefore(today.minusDays(2)) && held < 12; day = day.plusDays(7)) {
            String school = SCHOOLS[held % SCHOOLS.length];
            done(plan, youthStream, school + "青春健康教育讲座", ActivityType.LECTURE, EnumSet.of(Audience.MIDDLE_SCHOOL),
                    held % 2 == 0 ? ysc : mch, at(day, 14), school, 50 + held * 3, "按计划完成。");
            held++;
        }
        for (int i = 0; i < 6; i++) {
            LocalDate day = today.plusDays(3 + i * 6L);
            if (plan.covers(day)) {
                Activity lecture = activity(plan, youthStream, SCHOOLS[(held + i) % SCHOOLS.length] + "青春健康教育讲座",
                        ActivityType.LECTURE, EnumSet.of(Audience.MIDDLE_SCHOOL), i % 2 == 0 ? ysc : mch);
                lecture.schedule(at(day, 14), at(day, 16));
                lecture.setPlace(SCHOOLS[(held + i) % SCHOOLS.length]);
                lecture.setPlannedAttendance(60);
                activities.save(lecture);
            }
        }
        LocalDate aidsDay = LocalDate.of(start.getYear(), 12, 1);
        if (plan.covers(aidsDay) && aidsDay.isAfter(today)) {
            Activity campaign = activity(plan, publicStream, "“12.1 世界艾滋病日”主题宣传活动", ActivityType.CAMPAIGN_DAY,
                    EnumSet.of(Audience.PUBLIC, Audience.COLLEGE), fpa);
            campaign.schedule(at(aidsDay, 9), at(aidsDay, 12));
            campaign.setPlace("乐清市文化中心");
            campaign.setPlannedAttendance(400);
            activities.save(campaign);
        }
        planned(plan, youthStream, "曙光夏令营青春期讲座", ActivityType.SUMMER_CAMP, ysc,
                LocalDate.of(start.getYear() + 1, 7, 1), LocalDate.of(start.getYear() + 1, 8, 31));
        planned(plan, publicStream, "“5.29”计生协会员活动日", ActivityType.MEMBER_EVENT, fpa,
                LocalDate.of(start.getYear() + 1, 5, 1), LocalDate.of(start.getYear() + 1, 6, 30));
        return plan;
    }

    private void seedTargets(long programId, int lectures, int youth, int campaigns) {
        Target lectureTarget = new Target(programId, "青春健康教育讲座", "场", TargetMeasure.DONE_ACTIVITY_COUNT, BigDecimal.valueOf(lectures));
        lectureTarget.setActivityTypeSet(EnumSet.of(ActivityType.LECTURE, ActivityType.SALON));
        lectureTarget.setAudienceSet(YOUTH);
        targets.save(lectureTarget);
        Target reached = new Target(programId, "受益青少年", "人", TargetMeasure.ATTENDANCE_SUM, BigDecimal.valueOf(youth));
        reached.setActivityTypeSet(EnumSet.of(ActivityType.LECTURE, ActivityType.SALON, ActivityType.SUMMER_CAMP, ActivityType.LIVE_STREAM));
        reached.setAudienceSet(YOUTH);
        targets.save(reached);
        Target campaignTarget = new Target(programId, "主题宣传活动", "次", TargetMeasure.DONE_ACTIVITY_COUNT, BigDecimal.valueOf(campaigns));
        campaignTarget.setActivityTypeSet(EnumSet.of(ActivityType.CAMPAIGN_DAY));
        targets.save(campaignTarget);
    }

    private void done(Program program, long stream, String title, ActivityType type, Set<Audience> audiences, long organiser,
                      LocalDateTime start, String place, int attendance, String outcome) {
        done(program, stream, title, type, audiences, organiser, start, place, attendance, outcome, ActivityFormat.OFFLINE);
    }

    private void done(Program program, long stream, String title, ActivityType type, Set<Audience> audiences, long organiser,
                      LocalDateTime start, String place, int attendance, String outcome, ActivityFormat format) {
        Activity activity = activity(program, stream, title, type, audiences, organiser);
        activity.schedule(start, start.plusHours(2));
        activity.setPlace(place);
        activity.setFormat(format);
        activity.setPlannedAttendance(attendance);
        Activity saved = activities.save(activity);
        activities.markDone(saved, attendance, outcome);
    }

    private void planned(Program program, long stream, String title, ActivityType type, long organiser, LocalDate from, LocalDate to) {
        Activity activity = activity(program, stream, title, type, EnumSet.of(Audience.MIDDLE_SCHOOL), organiser);
        activity.planForWindow(from, to);
        activities.save(activity);
    }

    private static Activity activity(Program program, long stream, String title, ActivityType type, Set<Audience> audiences, long organiser) {
        Activity activity = new Activity(program.getId(), title, type, organiser);
        activity.setWorkStreamId(stream);
        activity.setAudienceSet(audiences);
        return activity;
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0));
    }
}
