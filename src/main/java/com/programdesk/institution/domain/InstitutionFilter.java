package com.programdesk.institution.domain;

/**
 * What the institution grid filters by.
 *
 * @param text   part of the Chinese, English or short name, or of the code
 * @param active true: active only, false: inactive only, null: both
 * @param areaId the area whose institutions (including those of the areas below it) are shown; null: all
 */
public record InstitutionFilter(String text, InstitutionType type, Boolean active, Long areaId) {

    public InstitutionFilter(String text, InstitutionType type, Boolean active) {
        this(text, type, active, null);
    }

    public static InstitutionFilter activeOnly() {
        return new InstitutionFilter(null, null, true);
    }

    public InstitutionFilter withArea(Long areaId) {
        return new InstitutionFilter(text, type, active, areaId);
    }
}
