package com.programdesk.institution.domain;

/**
 * What the institution grid filters by.
 *
 * @param text   part of the Chinese, English or short name, or of the code
 * @param active true: active only, false: inactive only, null: both
 */
public record InstitutionFilter(String text, InstitutionType type, Boolean active) {
    public static InstitutionFilter activeOnly() {
        return new InstitutionFilter(null, null, true);
    }
}
