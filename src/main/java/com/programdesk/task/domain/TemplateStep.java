package com.programdesk.task.domain;

import org.springframework.data.relational.core.mapping.Table;

/** One task of a campaign template, due {@code offsetDays} working days from the activity (negative: before). */
@Table("template_step")
public record TemplateStep(int offsetDays, String title, String responsibleRole) {

    /** "T-14", "T+3", as the bureau writes it. */
    public String label() {
        return offsetDays == 0 ? "T" : "T" + (offsetDays > 0 ? "+" : "") + offsetDays;
    }
}
