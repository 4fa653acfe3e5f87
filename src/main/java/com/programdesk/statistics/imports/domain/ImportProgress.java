package com.programdesk.statistics.imports.domain;

import com.programdesk.base.documents.TableReadProgress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an import running in the background has got, written by its thread and read by the
 * page's polling: rows read, and bytes read of the file's size while reading (unknown for Excel).
 */
public final class ImportProgress implements TableReadProgress {

    public enum Phase { WAITING, READING, COMPARING, WRITING, DONE }

    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long totalBytes;
    private volatile Phase phase = Phase.WAITING;

    public Phase phase() {
        return phase;
    }

    public void phase(Phase phase) {
        this.phase = phase;
    }

    public long rows() {
        return rows.get();
    }

    @Override
    public void row() {
        rows.incrementAndGet();
    }

    public void reset() {
        rows.set(0);
        bytes.set(0);
    }

    @Override
    public void bytes(long read) {
        bytes.set(read);
    }

    @Override
    public void totalBytes(long total) {
        this.totalBytes = total;
    }

    /** Between 0 and 1 while reading a file whose size in bytes tells the way; negative when unknown. */
    public double fraction() {
        long total = totalBytes;
        return phase == Phase.READING && total > 0 ? Math.min(1.0, (double) bytes.get() / total) : -1;
    }
}
