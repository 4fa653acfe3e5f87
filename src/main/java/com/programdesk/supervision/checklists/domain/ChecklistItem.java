package com.programdesk.supervision.checklists.domain;

import org.springframework.data.relational.core.mapping.Table;

/** One line of a checklist: what the inspector looks at, how, and how many points it is worth (if scored). */
@Table("checklist_item")
public record ChecklistItem(String category, String text, String guidance, Integer maxScore) {

    public static final int CATEGORY_MAX = 100;
    public static final int TEXT_MAX = 300;
    public static final int GUIDANCE_MAX = 1000;
}
