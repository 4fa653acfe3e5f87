package com.programdesk.statistics.catalog.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often a form is filed. A period is identified by its first day (2025-03-01, 2025-04-01 for Q2, 2025-01-01 for 2025). */
public enum Frequency {
    MONTHLY(1), QUARTERLY(3), YEARLY(12);

    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.年]?(\\d{1,2})月?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*年?\\s*[-/ ]?\\s*第?\\s*[Qq]?([1-4])\\s*(?:季度|季)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first day of the period containing {@code day}. */
    public LocalDate periodStartOf(LocalDate day) {
        int month = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    public boolean isPeriodStart(LocalDate day) {
        return periodStartOf(day).equals(day);
    }

    public LocalDate periodEnd(LocalDate periodStart) {
        return periodStart.plusMonths(months).minusDays(1);
    }

    public LocalDate next(LocalDate periodStart) {
        return periodStart.plusMonths(months);
    }

    public LocalDate previous(LocalDate periodStart) {
        return periodStart.minusMonths(months);
    }

    /** The report for a period is due on {@code dueDay} of the month after the period ends. */
    public LocalDate dueDate(LocalDate periodStart, int dueDay) {
        return periodStart.plusMonths(months).withDayOfMonth(dueDay);
    }

    /** A short label independent of language: 2025-03, 2025Q2, 2025. */
    public String label(LocalDate periodStart) {
        return switch (this) {
            case MONTHLY -> "%d-%02d".formatted(periodStart.getYear(), periodStart.getMonthValue());
            case QUARTERLY -> "%dQ%d".formatted(periodStart.getYear(), (periodStart.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> String.valueOf(periodStart.getYear());
        };
    }

    /**
     * Reads a period as people and regional platforms write it (2025-03, 202503, 2025/3, 2025年3月,
     * 2025Q2, 2025-03-01 for the month); empty when it is not a period of this frequency.
     */
    public Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return isPeriodStart(day) ? Optional.of(day) : Optional.empty();
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        Matcher matcher = switch (this) {
            case MONTHLY -> MONTH.matcher(value);
            case QUARTERLY -> QUARTER.matcher(value);
            case YEARLY -> YEAR.matcher(value);
        };
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        return switch (this) {
            case MONTHLY -> {
                int month = Integer.parseInt(matcher.group(2));
                yield month >= 1 && month <= 12 ? Optional.of(LocalDate.of(year, month, 1)) : Optional.empty();
            }
            case QUARTERLY -> Optional.of(LocalDate.of(year, (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1));
            case YEARLY -> Optional.of(LocalDate.of(year, 1, 1));
        };
    }

    public String messageKey() {
        return "statistics.frequency." + name();
    }
}
