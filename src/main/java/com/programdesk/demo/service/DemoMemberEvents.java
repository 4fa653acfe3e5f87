package com.programdesk.demo.service;

import com.programdesk.institution.domain.Institution;
import com.programdesk.memberevent.domain.MemberEvent;
import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.memberevent.service.MemberEventService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The association's events, logged by its secretary: the 2024 member day (5.29) in every branch but
 * 虹桥镇 and 白石街道, which have not reported, and trainings, home visits and campaigns in 2024 and
 * this year (the current year's member day too, if it has passed).
 */
@Component
class DemoMemberEvents {

    private final MemberEventService events;
    private final DemoActors actors;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMemberEvents(MemberEventService events, DemoActors actors, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.actors = actors;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(Map<String, Institution> byCode) {
        int year = LocalDate.now(clock).getYear();
        actors.as("association", () -> {
            LocalDate memberDay2024 = LocalDate.of(2024, 5, 29);
            log(byCode, "YQ-FPA", memberDay2024, "“5·29”会员活动日暨优生优育进万家主题活动", MemberEventType.MEMBER_DAY, 120, 260);
            log(byCode, "YQ-FPA-NT", memberDay2024, "南塘镇“5·29”会员日健康义诊", MemberEventType.MEMBER_DAY, 45, 80);
            log(byCode, "YQ-FPA-LS", memberDay2024, "柳市镇会员日暨青春健康进企业", MemberEventType.MEMBER_DAY, 38, 150);
            log(byCode, "YQ-FPA-DJ", memberDay2024, "大荆镇“5·29”会员活动日宣传咨询", MemberEventType.MEMBER_DAY, 30, 65);
            log(byCode, "YQ-FPA-CD", memberDay2024, "城东街道会员日家庭健康讲座", MemberEventType.MEMBER_DAY, 26, 40);
            log(byCode, "YQ-FPA", LocalDate.of(2024, 3, 15), "2024年度计生协会员骨干培训班", MemberEventType.TRAINING, 86, 4);
            log(byCode, "YQ-FPA-NT", LocalDate.of(2024, 7, 10), "计生特殊家庭夏季入户走访", MemberEventType.HOME_VISIT, 12, 2);
            log(byCode, "YQ-FPA-HQ", LocalDate.of(2024, 4, 20), "虹桥镇计生困难家庭入户慰问", MemberEventType.HOME_VISIT, 10, 0);
            log(byCode, "YQ-FPA-LS", LocalDate.of(2024, 9, 26), "“9·26”世界避孕日进企业宣传", MemberEventType.CAMPAIGN, 35, 120);
            log(byCode, "YQ-FPA-BS", LocalDate.of(2024, 10, 18), "白石街道“10·18”男性健康日宣传", MemberEventType.CAMPAIGN, 18, 90);
            log(byCode, "YQ-FPA-DJ", LocalDate.of(2024, 11, 8), "大荆镇会员小组长座谈会", MemberEventType.OTHER, 22, 0);

            LocalDate memberDay = LocalDate.of(year, 5, 29);
            log(byCode, "YQ-FPA", memberDay, year + "年“5·29”会员活动日主题宣传", MemberEventType.MEMBER_DAY, 110, 240);
            log(byCode, "YQ-FPA-NT", memberDay, "南塘镇会员日优生优育咨询", MemberEventType.MEMBER_DAY, 40, 72);
            log(byCode, "YQ-FPA-HQ", memberDay, "虹桥镇会员日暨家庭健康讲座", MemberEventType.MEMBER_DAY, 28, 55);
            log(byCode, "YQ-FPA", LocalDate.of(year, 3, 12), year + "年度会员骨干培训班", MemberEventType.TRAINING, 92, 6);
            log(byCode, "YQ-FPA-LS", LocalDate.of(year, 4, 16), "柳市镇计生协会员业务培训", MemberEventType.TRAINING, 33, 0);
            log(byCode, "YQ-FPA-NT", LocalDate.of(year, 6, 18), "计生特殊家庭入户走访", MemberEventType.HOME_VISIT, 11, 3);
            log(byCode, "YQ-FPA-BS", LocalDate.of(year, 9, 26), "白石街道“9·26”世界避孕日宣传", MemberEventType.CAMPAIGN, 20, 110);
        });
        // the secretary logged each event on its day, not all at once when the demo was loaded
        jdbc.sql("UPDATE member_event SET created_at = TIMESTAMP(event_date, '17:30:00'), updated_at = TIMESTAMP(event_date, '17:30:00')")
                .update();
    }

    private void log(Map<String, Institution> byCode, String code, LocalDate day, String title, MemberEventType type, int members,
                     int others) {
        if (day.isAfter(LocalDate.now(clock))) {
            return;
        }
        events.save(new MemberEvent(byCode.get(code).getId(), day, title, type, members, others));
    }
}
