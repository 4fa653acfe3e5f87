package com.programdesk.statistics.catalog.domain;

/** What a line of a catalogue file's check is about: the file as a whole, or one of its items (a rule: {@code FORM/RULE}). */
public enum CatalogueItemKind {
    FILE, CATEGORY, ELEMENT, INDICATOR, FORM, RULE;

    public String messageKey() {
        return "catalogueFile.kind." + name();
    }
}
