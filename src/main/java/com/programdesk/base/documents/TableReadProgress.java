package com.programdesk.base.documents;

/** Told how far reading a table has got, for a progress bar: rows read, and bytes read of the file's size. */
public interface TableReadProgress {

    TableReadProgress NONE = new TableReadProgress() {
    };

    default void row() {
    }

    default void bytes(long read) {
    }

    default void totalBytes(long total) {
    }
}
