package com.programdesk.demo.service;

import com.programdesk.area.domain.Area;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Role;
import com.programdesk.user.domain.AppUser;
import com.programdesk.user.service.UserService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisations named in the Yueqing pilot plan and one demo user per role. */
@Component
public class DemoData {

    /** Every demo user logs in with this password (README lists the users). */
    public static final String DEMO_PASSWORD = "Demo-2024-pass";

    private final InstitutionService institutions;
    private final UserService users;
    private final DemoPrograms programs;
    private final DemoTasks tasks;
    private final DemoSupervision supervision;
    private final DemoTeams teams;
    private final DemoMemberEvents memberEvents;
    private final DemoStatistics statistics;
    private final DemoAreas areas;
    private final DemoTrainings trainings;
    private final DemoGoodPractices goodPractices;
    private final DemoDepartments departments;
    private final DemoEvaluations evaluations;
    private final Map<String, Institution> byCode = new HashMap<>();
    private Map<String, Area> areaByCode = Map.of();

    DemoData(InstitutionService institutions, UserService users, DemoPrograms programs, DemoTasks tasks, DemoSupervision supervision,
             DemoTeams teams, DemoMemberEvents memberEvents, DemoStatistics statistics, DemoAreas areas,
             DemoTrainings trainings, DemoDepartments departments, DemoGoodPractices goodPractices, DemoEvaluations evaluations) {
        this.goodPractices = goodPractices;
        this.evaluations = evaluations;
        this.trainings = trainings;
        this.areas = areas;
        this.departments = departments;
        this.statistics = statistics;
        this.supervision = supervision;
        this.teams = teams;
        this.memberEvents = memberEvents;
        this.tasks = tasks;
        this.institutions = institutions;
        this.users = users;
        this.programs = programs;
    }

    @Transactional
    public void load() {
        areaByCode = areas.load();
        save("乐清市卫生健康局", "Yueqing Health Bureau", "市卫健局", "YQ-HB", InstitutionType.HEALTH_BUREAU, null, "乐城街道", "伯乐东路", "王主任", "0577-61234567", "330382");
        Institution association = save("乐清市计划生育协会", "Yueqing Family Planning Association", "市计生协", "YQ-FPA", InstitutionType.FAMILY_PLANNING_ASSOCIATION, null, "乐城街道", null, "陈秘书长", "0577-61230000", "330382");
        save("乐清市南塘镇计划生育协会", "Nantang Township FPA Branch", "南塘镇计生协", "YQ-FPA-NT", InstitutionType.ASSOCIATION_BRANCH, association, "南塘镇", "南塘镇东港村", "林会长", "13805771234", "330382122000");
        save("乐清市柳市镇计划生育协会", "Liushi Township FPA Branch", "柳市镇计生协", "YQ-FPA-LS", InstitutionType.ASSOCIATION_BRANCH, association, "柳市镇", null, "黄会长", "13905772345", "330382114000");
        save("乐清市虹桥镇计划生育协会", "Hongqiao Township FPA Branch", "虹桥镇计生协", "YQ-FPA-HQ", InstitutionType.ASSOCIATION_BRANCH, association, "虹桥镇", null, "周会长", "13705773456", "330382108000");
        save("乐清市大荆镇计划生育协会", "Dajing Township FPA Branch", "大荆镇计生协", "YQ-FPA-DJ", InstitutionType.ASSOCIATION_BRANCH, association, "大荆镇", null, "郑会长", "13605774567", "330382101000");
        save("乐清市白石街道计划生育协会", "Baishi Subdistrict FPA Branch", "白石街道计生协", "YQ-FPA-BS", InstitutionType.ASSOCIATION_BRANCH, association, "白石街道", null, "叶会长", "13505775678", "330382006000");
        save("乐清市城东街道计划生育协会", "Chengdong Subdistrict FPA Branch", "城东街道计生协", "YQ-FPA-CD", InstitutionType.ASSOCIATION_BRANCH, association, "城东街道", null, "徐会长", "13405776789", "330382001000");
        Institution mch = save("乐清市妇幼保健院", "Yueqing MCH Hospital", "市妇保院", "YQ-MCH", InstitutionType.MCH_HOSPITAL, null, "乐城街道", "乐清市双雁路", "李医生", "13812345678", "330382");
        Institution second = save("乐清市第二人民医院", "Yueqing Second People's Hospital", "市二院", "YQ-H2", InstitutionType.GENERAL_HOSPITAL, null, "柳市镇", null, "赵医生", "13912345678", "330382");
        save("乐清市虹桥镇中心卫生院", "Hongqiao Township Health Centre", "虹桥镇卫生院", "YQ-HQ-HC", InstitutionType.TOWNSHIP_HEALTH_CENTRE, null, "虹桥镇", null, "郑医生", "0577-62345678", "330382108000");
        save("乐清市亲青服务中心", "Yueqing Youth Service Centre", "亲青中心", "YQ-YSC", InstitutionType.YOUTH_SERVICE_CENTRE, null, "乐城街道", null, "吴老师", "13612345678", "330382");
        save("乐清市计划生育技术服务质控中心", "Yueqing Family Planning Quality-Control Centre", "质控中心", "YQ-QC", InstitutionType.QUALITY_CONTROL_CENTRE, null, null, null, null, null, "330382");
        save("上海市第一妇婴保健院", "Shanghai First Maternity and Infant Hospital", "一妇婴", "SH-FMIH", InstitutionType.MCH_HOSPITAL, null, null, "上海市浦东新区", null, null, "310115");
        Institution shaoxingCentral = save("绍兴市中心医院医共体", "Shaoxing Central Hospital Medical Group", "绍兴中心医共体", "SX-CH", InstitutionType.GENERAL_HOSPITAL, null, null, null, null, null, "330603");
        save("绍兴市中心医院医共体齐贤分院", "Shaoxing Central Hospital Medical Group, Qixian Branch", "齐贤分院", "SX-CH-QX", InstitutionType.TOWNSHIP_HEALTH_CENTRE, shaoxingCentral, "齐贤街道", null, "孙医生", "0575-84561234", "330603005000");
        save("绍兴市柯桥区卫生健康局", "Keqiao District Health Bureau", "柯桥区卫健局", "SX-KQ-HB", InstitutionType.HEALTH_BUREAU, null, null, "柯桥区笛扬路", "沈科长", "0575-84123456", "330603");
        save("绍兴市妇幼保健院", "Shaoxing MCH Hospital", "绍兴市妇保院", "SX-MCH", InstitutionType.MCH_HOSPITAL, null, null, null, null, null, "330602");

        user("admin", "张工（信息科）", Role.ADMIN, null);
        user("coordinator", "王协调（市卫健局）", Role.COORDINATOR, null, "330382");
        user("mch.staff", "李医生（市妇保院）", Role.INSTITUTION, mch);
        user("second.staff", "赵医生（市二院）", Role.INSTITUTION, second);
        user("association", "陈秘书长（市计生协）", Role.ASSOCIATION, association);
        user("viewer", "质控中心专家", Role.VIEWER, null, "330382");
        user("keqiao.coordinator", "沈科长（柯桥区卫健局）", Role.COORDINATOR, null, "330603");
        user("shaoxing.coordinator", "钟主任（绍兴市卫健委）", Role.COORDINATOR, null, "330600");
        user("wenzhou.coordinator", "潘处长（温州市卫健委）", Role.COORDINATOR, null, "330300");
        user("wenzhou.viewer", "温州市卫健委督导组", Role.VIEWER, null, "330300");
        user("nantang.branch", "林会长（南塘镇计生协）", Role.ASSOCIATION, byCode.get("YQ-FPA-NT"));
        user("hongqiao.staff", "郑医生（虹桥镇卫生院）", Role.INSTITUTION, byCode.get("YQ-HQ-HC"));
        user("qixian.staff", "孙医生（齐贤分院）", Role.INSTITUTION, byCode.get("SX-CH-QX"));
        user("sxmch.staff", "钱医生（绍兴市妇保院）", Role.INSTITUTION, byCode.get("SX-MCH"));
        user("youth.staff", "吴老师（亲青中心）", Role.INSTITUTION, byCode.get("YQ-YSC"));
        DemoPrograms.Plans plans = programs.load(byCode, areaByCode);
        tasks.load(plans, byCode);
        departments.load(plans, byCode);
        supervision.load(byCode);
        teams.load(byCode);
        memberEvents.load(byCode);
        trainings.load(byCode);
        goodPractices.load(plans);
        statistics.load(byCode, plans);
        evaluations.load(plans.pilot(), plans.yueqing());
    }

    private Institution save(String nameZh, String nameEn, String shortName, String code, InstitutionType type,
                             Institution parent, String township, String address, String contact, String phone, String areaCode) {
        Institution institution = new Institution(nameZh, code, type);
        institution.setAreaId(areaByCode.get(areaCode).getId());
        institution.setNameEn(nameEn);
        institution.setShortName(shortName);
        institution.setParentId(parent == null ? null : parent.getId());
        institution.setTownship(township);
        institution.setAddress(address);
        institution.setContactPerson(contact);
        institution.setContactPhone(phone);
        Institution saved = institutions.save(institution);
        byCode.put(code, saved);
        return saved;
    }

    private void user(String username, String displayName, Role role, Institution institution) {
        user(username, displayName, role, institution, null);
    }

    private void user(String username, String displayName, Role role, Institution institution, String areaCode) {
        AppUser user = new AppUser(username, displayName, role, institution == null ? null : institution.getId());
        user.setAreaId(areaCode == null ? null : areaByCode.get(areaCode).getId());
        users.create(user, DEMO_PASSWORD);
    }
}
