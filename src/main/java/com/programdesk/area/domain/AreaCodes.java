package com.programdesk.area.domain;

import org.jspecify.annotations.Nullable;

/**
 * What an official code (行政区划代码) says by itself: its level and the code of the area above.
 * 330000 is a province, 330300 a city, 330382 a county, 330382108000 a township; the 12-digit form
 * of a county or above (330382000000, as the statistics lists write every level) means the same as
 * its first six digits.
 */
public final class AreaCodes {

    private AreaCodes() {
    }

    /** The code as the tree keeps it: digits only, counties and above in their 6-digit form. */
    public static String normalize(String code) {
        String stripped = code.strip();
        return stripped.length() == 12 && stripped.endsWith("000000") ? stripped.substring(0, 6) : stripped;
    }

    /** The level a normalized code names, or null when it names none (wrong length, a zero group where digits belong, a village). */
    public static @Nullable AreaLevel levelOf(String code) {
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || (code.length() != 6 && code.length() != 12)
                || code.startsWith("00")) {
            return null;
        }
        if (code.length() == 12) {
            return isVillage(code) || code.startsWith("00", 2) || code.startsWith("00", 4) || code.startsWith("000", 6)
                    ? null : AreaLevel.TOWNSHIP;
        }
        if (code.endsWith("0000")) {
            return AreaLevel.PROVINCE;
        }
        if (code.endsWith("00")) {
            return AreaLevel.CITY;
        }
        return code.startsWith("00", 2) ? null : AreaLevel.COUNTY;
    }

    /** A 12-digit code whose last three digits are not all zero: a village (村、社区), below the tree. */
    public static boolean isVillage(String code) {
        return code.length() == 12 && !code.endsWith("000");
    }

    /** The code of the area above one of {@code level}; null for a province. */
    public static @Nullable String parentCode(String code, AreaLevel level) {
        return switch (level) {
            case PROVINCE -> null;
            case CITY -> code.substring(0, 2) + "0000";
            case COUNTY -> code.substring(0, 4) + "00";
            case TOWNSHIP -> code.substring(0, 6);
        };
    }
}
