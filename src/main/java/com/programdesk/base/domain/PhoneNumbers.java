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

    /** Keeps the first three and the last four characters, hides the middle. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.strip();
        if (p.length() <= 7) {
            return "****";
        }
        return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }
}
