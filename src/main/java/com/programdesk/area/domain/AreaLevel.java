package com.programdesk.area.domain;

/**
 * The four levels of the tree, each with how many leading digits of the official code are its
 * own: 33 (浙江省), 3303 (温州市), 330382 (乐清市), 330382108 (虹桥镇). Codes of the province, city
 * and county levels are the 6-digit form (330000, 330300, 330382), townships the 12-digit form
 * (330382108000).
 */
public enum AreaLevel {
    PROVINCE(2, 6),
    CITY(4, 6),
    COUNTY(6, 6),
    TOWNSHIP(9, 12);

    private final int significantDigits;
    private final int codeLength;

    AreaLevel(int significantDigits, int codeLength) {
        this.significantDigits = significantDigits;
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The digits of {@code code} that name this area; a child's code starts with them. */
    public String prefixOf(String code) {
        return code.substring(0, Math.min(significantDigits, code.length()));
    }

    /** True when the digits after the area's own are all zero, as official codes are. */
    public boolean isPaddedCorrectly(String code) {
        return code.length() == codeLength && code.substring(significantDigits).chars().allMatch(c -> c == '0')
                && !code.substring(significantDigits - (this == PROVINCE ? 2 : this == TOWNSHIP ? 3 : 2), significantDigits)
                        .chars().allMatch(c -> c == '0');
    }

    /** The level right below this one; none below townships. */
    public AreaLevel below() {
        return switch (this) {
            case PROVINCE -> CITY;
            case CITY -> COUNTY;
            case COUNTY, TOWNSHIP -> TOWNSHIP;
        };
    }

    public boolean hasChildren() {
        return this != TOWNSHIP;
    }

    public String messageKey() {
        return "area.level." + name();
    }
}
