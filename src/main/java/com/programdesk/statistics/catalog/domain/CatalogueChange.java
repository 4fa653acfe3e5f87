package com.programdesk.statistics.catalog.domain;

import java.io.Serializable;

/** One change a catalogue file makes (or would make) to an item: created, updated, retired or brought back. */
public record CatalogueChange(CatalogueItemKind kind, String code, String nameZh, Action action) implements Serializable {

    public enum Action {
        CREATE, UPDATE, RETIRE, REACTIVATE;

        public String messageKey() {
            return "catalogueFile.action." + name();
        }
    }
}
