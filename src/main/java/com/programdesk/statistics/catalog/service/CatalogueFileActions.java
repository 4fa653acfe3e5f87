package com.programdesk.statistics.catalog.service;

import com.programdesk.statistics.catalog.domain.CatalogueImport;

/**
 * What the catalogue file bar on every catalogue page asks of the catalogue file (目录文件): the pages of elements,
 * indicators and forms carry the bar, while the file itself ({@code cataloguefile.service.CatalogueFile}) writes through
 * their maintenance services, so the bar knows the file only by this interface.
 */
public interface CatalogueFileActions {

    /** The largest file an import accepts. */
    long MAX_BYTES = 2L * 1024 * 1024;

    /** The name a download of today's catalogue gets. */
    String fileName();

    /** The whole catalogue as a file (UTF-8 JSON). */
    byte[] export();

    /** Checks a file as {@link #importFile} would write it and lists every problem or every change; writes nothing. */
    CatalogueImport check(byte[] file);

    /** Writes a clean file in one transaction, or nothing with its problems. */
    CatalogueImport importFile(byte[] file);
}
