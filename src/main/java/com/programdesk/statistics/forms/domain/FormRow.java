package com.programdesk.statistics.forms.domain;

import org.jspecify.annotations.Nullable;

/** One row of a form as the editor sets it: an element under a section, in the order of the list. */
public record FormRow(long elementId, @Nullable String sectionZh, @Nullable String sectionEn) {

    public static final int SECTION_ZH_MAX = 60;
    public static final int SECTION_EN_MAX = 100;
}
