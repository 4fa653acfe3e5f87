package com.programdesk.statistics.catalog.domain;

/** What a line of a catalogue file's check is about: the file as a whole, or one of its items. */
public enum CatalogueItemKind {
    FILE, ELEMENT, INDICATOR, FORM;

    public String messageKey() {
        return "catalogueFile.kind." + name();
    }
}
