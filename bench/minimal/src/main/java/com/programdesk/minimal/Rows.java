package com.programdesk.minimal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** 1,000 rows in memory, shared by all sessions: the grid reads pages of them, the form replaces one. */
@Service
public class Rows {

    public record Row(int number, String name, String city, int amount, LocalDate date) { }

    private static final List<String> CITIES = List.of("Wenzhou", "Shaoxing", "Hangzhou", "Ningbo", "Jiaxing");

    private final AtomicReferenceArray<Row> rows = new AtomicReferenceArray<>(IntStream.rangeClosed(1, 1000)
            .mapToObj(i -> new Row(i, "Row " + i, CITIES.get(i % CITIES.size()), (i * 37) % 500, LocalDate.of(2020, 1, 1).plusDays(i)))
            .toArray(Row[]::new));

    public int size() {
        return rows.length();
    }

    public Stream<Row> page(int offset, int limit) {
        return IntStream.range(offset, Math.min(rows.length(), offset + limit)).mapToObj(rows::get);
    }

    /** Replaces the name and amount of row {@code number} (1-based); the updated row. */
    public Row update(int number, String name, int amount) {
        if (number < 1 || number > rows.length()) {
            throw new IllegalArgumentException("no row " + number);
        }
        return rows.updateAndGet(number - 1, r -> new Row(r.number(), name, r.city(), amount, r.date()));
    }
}
