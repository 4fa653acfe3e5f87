package com.programdesk.program.calendar.domain;

import com.programdesk.program.activities.domain.ActivityType;

import com.programdesk.base.domain.Versioned;
import java.time.LocalDate;
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

    public static final int NAME_ZH_MAX = 60;
    public static final int NAME_EN_MAX = 100;

    public ObservanceDay() {
    }

    public ObservanceDay copy() {
        ObservanceDay copy = new ObservanceDay();
        copy.id = id;
        copy.version = version;
        copy.monthOfYear = monthOfYear;
        copy.dayOfMonth = dayOfMonth;
        copy.nameZh = nameZh;
        copy.nameEn = nameEn;
        copy.activityType = activityType;
        copy.active = active;
        return copy;
    }

    public java.util.Map<String, Object> auditFields() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("date", monthOfYear + "." + dayOfMonth);
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("activityType", activityType);
        fields.put("active", active);
        return fields;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean fallsOn(LocalDate day) {
        return day.getMonthValue() == monthOfYear && day.getDayOfMonth() == dayOfMonth;
    }

    /** "9.26 世界避孕日", as the seeds write it. */
    public String label() {
        return monthOfYear + "." + dayOfMonth + " " + nameZh;
    }

    /** The label in the user's language: the English name when there is one and the user reads English. */
    public String label(java.util.Locale locale) {
        boolean english = "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank();
        return english ? monthOfYear + "." + dayOfMonth + " " + nameEn : label();
    }

    public Long getId() { return id; }
    @Override
    public Integer getVersion() { return version; }
    public int getMonthOfYear() { return monthOfYear; }
    public void setMonthOfYear(int monthOfYear) { this.monthOfYear = monthOfYear; }
    public int getDayOfMonth() { return dayOfMonth; }
    public void setDayOfMonth(int dayOfMonth) { this.dayOfMonth = dayOfMonth; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public ActivityType getActivityType() { return activityType; }
    public void setActivityType(ActivityType activityType) { this.activityType = activityType; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
