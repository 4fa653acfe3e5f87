package com.programdesk.program.domain;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A day that recurs every year (5.29 会员活动日, 9.26 世界避孕日 …) and invites a campaign. */
@Table("observance_day")
public class ObservanceDay implements Versioned {

    @Id
    private Long id;
    @Version
    private Integer version;
    private int monthOfYear;
    private int dayOfMonth;
    private String nameZh;
    private String nameEn;
    private ActivityType activityType = ActivityType.CAMPAIGN_DAY;
    private boolean active = true;

    public MonthDay monthDay() {
        return MonthDay.of(monthOfYear, dayOfMonth);
    }

    public boolean fallsOn(LocalDate day) {
        return day.getMonthValue() == monthOfYear && day.getDayOfMonth() == dayOfMonth;
    }

    /** "9.26 世界避孕日", as the seeds write it. */
    public String label() {
        return monthOfYear + "." + dayOfMonth + " " + nameZh;
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public int getMonthOfYear() { return monthOfYear; }
    public int getDayOfMonth() { return dayOfMonth; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public ActivityType getActivityType() { return activityType; }
    public boolean isActive() { return active; }
}
