package com.programdesk.statistics.imports.service;

import com.programdesk.statistics.catalog.domain.ReportForm;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The values a file holds for one report (form, institution, period), kept compactly: element ids,
 * values and their rows in parallel arrays, plus the stored report they go into, if one exists.
 * After comparing with the stored values each value knows whether it is new, updated or unchanged.
 */
final class PendingReport {

    static final byte NEW = 0;
    static final byte UPDATED = 1;
    static final byte UNCHANGED = 2;

    final ReportForm form;
    final long institutionId;
    final LocalDate periodStart;
    final int firstRow;
    final ImportLookups.StoredReport stored;
    private int size;
    private long[] elementIds;
    private long[] values;
    private int[] rows;
    private byte[] states;
    /** The last row a report-level problem was listed for, so a wide row lists it once. */
    int problemRow;

    PendingReport(ReportForm form, long institutionId, LocalDate periodStart, int firstRow, ImportLookups.StoredReport stored) {
        this.form = form;
        this.institutionId = institutionId;
        this.periodStart = periodStart;
        this.firstRow = firstRow;
        this.stored = stored;
        int capacity = Math.max(1, form.elements().size());
        elementIds = new long[capacity];
        values = new long[capacity];
        rows = new int[capacity];
    }

    /** Adds a value; when the element already has one in this file, returns that row and adds nothing (0 otherwise). */
    int add(long elementId, long value, int row) {
        for (int i = 0; i < size; i++) {
            if (elementIds[i] == elementId) {
                return rows[i];
            }
        }
        if (size == elementIds.length) {
            int capacity = size * 2;
            elementIds = Arrays.copyOf(elementIds, capacity);
            values = Arrays.copyOf(values, capacity);
            rows = Arrays.copyOf(rows, capacity);
        }
        elementIds[size] = elementId;
        values[size] = value;
        rows[size] = row;
        size++;
        return 0;
    }

    /** Sets an element's value (a disaggregated element's total), replacing one the file gave. */
    void put(long elementId, long value, int row) {
        for (int i = 0; i < size; i++) {
            if (elementIds[i] == elementId) {
                values[i] = value;
                return;
            }
        }
        add(elementId, value, row);
    }

    /** The element's value in this file, if it gives one. */
    Long valueOf(long elementId) {
        for (int i = 0; i < size; i++) {
            if (elementIds[i] == elementId) {
                return values[i];
            }
        }
        return null;
    }

    int rowOf(long elementId) {
        for (int i = 0; i < size; i++) {
            if (elementIds[i] == elementId) {
                return rows[i];
            }
        }
        return firstRow;
    }

    int size() {
        return size;
    }

    long elementId(int i) {
        return elementIds[i];
    }

    long value(int i) {
        return values[i];
    }

    byte state(int i) {
        return states == null ? NEW : states[i];
    }

    void state(int i, byte state) {
        if (states == null) {
            states = new byte[size];
        }
        states[i] = state;
    }

    boolean isNew() {
        return stored == null;
    }

    boolean changes() {
        for (int i = 0; i < size; i++) {
            if (state(i) != UNCHANGED) {
                return true;
            }
        }
        return false;
    }
}
