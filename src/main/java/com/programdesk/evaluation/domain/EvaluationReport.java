package com.programdesk.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a program's evaluation report for a period, as the requesting user may see them (a coordinator bound to an
 * area: the work of its institutions only). Each list is one section of the report; an empty list is said as "本期无…".
 */
public record EvaluationReport(Overview overview, List<TargetLine> targets, List<ActivityLine> activities, List<TrainingLine> trainings,
                               Supervision supervision, List<IndicatorLine> indicators, MemberWork memberWork, Problems problems,
                               List<EvaluationCase> cases) {

    /** 1 概况: the program, the period, its lead and contact, and whose work the figures cover. */
    public record Overview(String programTitle, @Nullable String documentNumber, @Nullable String issuers, LocalDate from, LocalDate to,
                           @Nullable String leadName, @Nullable String contactName, @Nullable String scopeName, LocalDate asOf) {
    }

    /** 2 目标完成情况: a target with its value (none for a rising or falling target), what was achieved (null: no data or withheld), the share achieved and its status key. */
    public record TargetLine(String name, @Nullable String unit, @Nullable BigDecimal targetValue, @Nullable BigDecimal achieved,
                             @Nullable BigDecimal percent, String statusKey) {

        /** The share achieved; none without a target value (rising and falling targets compare with last year instead). */
        public static @Nullable BigDecimal percent(@Nullable BigDecimal target, @Nullable BigDecimal achieved) {
            if (achieved == null || target == null || target.signum() == 0) {
                return null;
            }
            return achieved.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        }
    }

    /** 3 活动开展: done activities of one type in one month, with their attendance. */
    public record ActivityLine(String typeKey, YearMonth month, int activities, long attendance) {
    }

    /** 4 培训: a training held in the period with its trainees, those who passed and the training hours (attended sessions). */
    public record TrainingLine(String title, @Nullable LocalDate day, int sessions, int trainees, int passed, double hours) {
    }

    /** 5 督导检查: the rounds of the period, each with its findings by state; closure over all of them and the overdue ones. */
    public record Supervision(List<RoundLine> rounds) {

        public int findings() {
            return rounds.stream().mapToInt(RoundLine::findings).sum();
        }

        public int closed() {
            return rounds.stream().mapToInt(RoundLine::closed).sum();
        }

        public int overdue() {
            return rounds.stream().mapToInt(RoundLine::overdue).sum();
        }

        /** Closed findings as a percentage of all, null without findings. */
        public @Nullable Double closureRate() {
            return findings() == 0 ? null : Math.round(closed() * 1000.0 / findings()) / 10.0;
        }
    }

    public record RoundLine(String title, LocalDate startsOn, LocalDate endsOn, int institutions, int findings, int open, int submitted,
                            int closed, int overdue) {
    }

    /**
     * 6 统计指标: a reported indicator the program has a target on, its value over the period and over the same days a year
     * earlier (null: no approved data or withheld), and its value month by month beside last year's.
     */
    public record IndicatorLine(String name, @Nullable String unit, @Nullable BigDecimal value, @Nullable BigDecimal lastYear,
                                List<MonthValue> months) {

        /** The change against last year in percent, null when either value is missing or last year's is zero. */
        public @Nullable BigDecimal changePercent() {
            if (value == null || lastYear == null || lastYear.signum() == 0) {
                return null;
            }
            return value.subtract(lastYear).multiply(BigDecimal.valueOf(100)).divide(lastYear.abs(), 1, RoundingMode.HALF_UP);
        }
    }

    /** A month's value and the same month's a year earlier (null: no approved data or withheld). */
    public record MonthValue(YearMonth month, @Nullable BigDecimal value, @Nullable BigDecimal lastYear) {
    }

    /** 7 会员活动与志愿服务: member events of the association's branches, and the service hours of team members on done activities. */
    public record MemberWork(int events, long members, long others, int servedActivities, int volunteers, BigDecimal serviceHours) {
    }

    /** 8 存在问题: findings still open (or submitted) and tasks past their due date, and the statistical reports still missing. */
    public record Problems(List<OpenFinding> openFindings, List<OverdueTask> overdueTasks, int missingReports) {
    }

    public record OpenFinding(String institutionName, String category, String severityKey, String statusKey, LocalDate dueDate,
                              boolean overdue) {
    }

    public record OverdueTask(String title, @Nullable String institutionName, LocalDate dueDate, String statusKey) {
    }
}
