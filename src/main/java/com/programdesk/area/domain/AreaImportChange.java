package com.programdesk.area.domain;

import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What confirming a file would do to one area: add it, or rename it ({@code previousNameZh} is the
 * name it has now). Rows that match the tree are counted, not listed.
 */
public record AreaImportChange(int row, Kind kind, String code, AreaLevel level, String nameZh, @Nullable String nameEn,
                               @Nullable LocalDate validFrom, @Nullable String previousNameZh) implements Serializable {

    public enum Kind {
        NEW, RENAME;

        public String messageKey() {
            return "area.import.change." + name();
        }
    }
}
