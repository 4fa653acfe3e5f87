package com.programdesk.base.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a CSV file record by record (RFC 4180: quoted fields may hold the separator, quotes and
 * line breaks), numbering records as a spreadsheet numbers its rows. The separator is the one of
 * comma, tab and semicolon that the first line uses most (Excel's "Unicode text" is tab-separated).
 */
final class CsvTable {

    private static final int BUFFER = 1 << 16;

    private final Reader reader;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private char separator = ',';

    private CsvTable(Reader reader) {
        this.reader = reader;
    }

    static void read(Path file, Charset charset, Consumer<TableRow> rows, TableReadProgress progress) throws IOException {
        try (CountingStream in = new CountingStream(Files.newInputStream(file), progress);
             Reader reader = new InputStreamReader(in, charset)) {
            new CsvTable(reader).each(rows, progress);
        }
    }

    private void each(Consumer<TableRow> rows, TableReadProgress progress) throws IOException {
        fill();
        if (limit > 0 && buffer[0] == '\uFEFF') {
            position = 1;
        }
        separator = separatorOfFirstLine();
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int number = 0;
        while (record(cells, field)) {
            number++;
            progress.row();
            rows.accept(new TableRow(number, cells.toArray(String[]::new), null));
            cells.clear();
        }
    }

    private char separatorOfFirstLine() {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = position; i < limit && (quoted || (buffer[i] != '\n' && buffer[i] != '\r')); i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Reads one record into {@code cells}; false at the end of the file. */
    private boolean record(List<String> cells, StringBuilder field) throws IOException {
        if (position >= limit && !fill()) {
            return false;
        }
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (position >= limit && !fill()) {
                cells.add(field.toString());
                return true;
            }
            char c = buffer[position++];
            if (quoted) {
                if (c == '"') {
                    if (position >= limit && !fill()) {
                        cells.add(field.toString());
                        return true;
                    }
                    if (buffer[position] == '"') {
                        field.append('"');
                        position++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == separator) {
                cells.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
                    position++;
                }
                cells.add(field.toString());
                return true;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
    }

    private boolean fill() throws IOException {
        int read = reader.read(buffer, 0, BUFFER);
        if (read <= 0) {
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** Counts the bytes the decoder has taken, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {

        private final TableReadProgress progress;
        private long count;

        CountingStream(InputStream in, TableReadProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.bytes(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                count += read;
                progress.bytes(count);
            }
            return read;
        }
    }
}
