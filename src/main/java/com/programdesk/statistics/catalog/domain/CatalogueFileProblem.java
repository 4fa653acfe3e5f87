package com.programdesk.statistics.catalog.domain;

import java.io.Serializable;
import java.util.List;

/**
 * One problem of a catalogue file: the item it is about (kind and code; none for the file as a whole),
 * the property of the item as the file names it ({@code nameZh}, {@code numerator}, {@code elements}),
 * and the message with what it quotes.
 */
public record CatalogueFileProblem(CatalogueItemKind kind, String code, String property, String messageKey, List<Serializable> arguments)
        implements Serializable {

    public CatalogueFileProblem {
        arguments = List.copyOf(arguments);
    }

    public static CatalogueFileProblem ofFile(String messageKey, Serializable... arguments) {
        return new CatalogueFileProblem(CatalogueItemKind.FILE, "", "", messageKey, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
