package com.programdesk.base.domain;

import java.util.regex.Pattern;

/** Chinese phone numbers: checking the format and masking them in lists (138****5678). */
public final class PhoneNumbers {

    /** A mobile (13812345678) or a landline with area code (0577-61234567, 057761234567). */
    private static final Pattern VALID = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private PhoneNumbers() {
    }

    public static boolean isValid(String phone) {
        return phone != null && VALID.matcher(phone.strip()).matches();
    }

    /**
     * Mobiles keep the first three and last four digits (138****5678); landlines keep the area
     * code and the last four (0577-****4567), so a list still shows which city a number is in.
     */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.strip();
        if (p.length() <= 7) {
            return "****";
        }
        if (p.startsWith("0")) {
            String digits = p.replace("-", "");
            int areaLength = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
            return digits.substring(0, areaLength) + "-****" + digits.substring(digits.length() - 4);
        }
        return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }
}
