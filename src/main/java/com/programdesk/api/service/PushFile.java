package com.programdesk.api.service;

import com.programdesk.api.domain.PushRefusedException;
import com.programdesk.api.domain.PushRefusedException.Reason;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A pushed body spooled to a temporary file the import reads, never held in memory: CSV as sent (its
 * lines counted), JSON streamed into a CSV of one value per row with the import's column names, keeping
 * for each line the JSON entry it came from. Refused past {@code maxBytes} or {@code maxRows}.
 */
final class PushFile implements AutoCloseable {

    static final String ORG_UNIT = "机构编码";
    static final String PERIOD = "统计期";
    static final String ELEMENT = "数据元编码";
    static final String VALUE = "数值";
    private static final JsonFactory JSON = JsonFactory.builder().build();

    final Path path;
    /** JSON only: the entry (counted from 1) each CSV data line came from, and for "rows" the element of the value. */
    private int[] entries = new int[1024];
    private String[] elements;
    private int lines;
    private boolean json;
    private boolean wide;

    private PushFile(Path path) {
        this.path = path;
    }

    static PushFile csv(InputStream body, long maxBytes, int maxRows) throws IOException {
        PushFile file = new PushFile(Files.createTempFile("api-push-", ".csv"));
        try (InputStream in = new Limited(body, maxBytes); OutputStream out = Files.newOutputStream(file.path)) {
            byte[] buffer = new byte[1 << 16];
            long newlines = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n' && ++newlines > maxRows + 1L) {
                        throw new PushRefusedException(Reason.TOO_MANY_ROWS, "body", "api.error.tooManyRows", maxRows);
                    }
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        return file;
    }

    static PushFile json(InputStream body, long maxBytes, int maxRows) throws IOException {
        PushFile file = new PushFile(Files.createTempFile("api-push-", ".csv"));
        file.json = true;
        try (InputStream in = new Limited(body, maxBytes);
             JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file.path), StandardCharsets.UTF_8))) {
            out.write(String.join(",", ORG_UNIT, PERIOD, ELEMENT, VALUE));
            out.write('\n');
            file.readJson(parser, out, maxRows);
        } catch (JacksonException e) {
            file.close();
            throw new PushRefusedException(Reason.MALFORMED, "body", "api.error.malformedJson",
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr());
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
        return file;
    }

    private void readJson(JsonParser parser, BufferedWriter out, int maxRows) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new PushRefusedException(Reason.NOT_COUNTS, "body", "api.error.jsonShape");
        }
        boolean found = false;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            if ((name.equals("dataValues") || name.equals("rows")) && token == JsonToken.START_ARRAY && !found) {
                found = true;
                wide = name.equals("rows");
                if (wide) {
                    elements = new String[entries.length];
                }
                int entry = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    entry++;
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw new PushRefusedException(Reason.NOT_COUNTS, name + "[" + entry + "]", "api.error.jsonEntry");
                    }
                    if (wide) {
                        wideEntry(parser, out, entry, maxRows);
                    } else {
                        longEntry(parser, out, entry, maxRows);
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        if (!found) {
            throw new PushRefusedException(Reason.NOT_COUNTS, "body", "api.error.jsonShape");
        }
        if (parser.nextToken() != null) {
            throw new PushRefusedException(Reason.MALFORMED, "body", "api.error.malformedJson", "end");
        }
    }

    private void longEntry(JsonParser parser, BufferedWriter out, int entry, int maxRows) throws IOException {
        String orgUnit = "";
        String period = "";
        String element = "";
        String value = "";
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            String text = scalar(parser, token);
            switch (name) {
                case "orgUnit" -> orgUnit = text;
                case "period" -> period = text;
                case "dataElement" -> element = text;
                case "value" -> value = text;
                default -> parser.skipChildren();
            }
        }
        line(out, entry, null, maxRows, orgUnit, period, element, value);
    }

    private void wideEntry(JsonParser parser, BufferedWriter out, int entry, int maxRows) throws IOException {
        String orgUnit = "";
        String period = "";
        List<String[]> pairs = new ArrayList<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "orgUnit" -> orgUnit = scalar(parser, token);
                case "period" -> period = scalar(parser, token);
                case "values" -> {
                    if (token != JsonToken.START_OBJECT) {
                        throw new PushRefusedException(Reason.NOT_COUNTS, "rows[" + entry + "].values", "api.error.jsonEntry");
                    }
                    for (String element = parser.nextName(); element != null; element = parser.nextName()) {
                        pairs.add(new String[] {element, scalar(parser, parser.nextToken())});
                        if (pairs.size() > maxRows) {
                            throw new PushRefusedException(Reason.TOO_MANY_ROWS, "body", "api.error.tooManyRows", maxRows);
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
        for (String[] pair : pairs) {
            line(out, entry, pair[0], maxRows, orgUnit, period, pair[0], pair[1]);
        }
    }

    private static String scalar(JsonParser parser, JsonToken token) {
        if (token == null || token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token.isScalarValue()) {
            return parser.getString();
        }
        parser.skipChildren();
        return "{…}";
    }

    private void line(BufferedWriter out, int entry, String element, int maxRows, String... cells) throws IOException {
        if (lines == maxRows) {
            throw new PushRefusedException(Reason.TOO_MANY_ROWS, "body", "api.error.tooManyRows", maxRows);
        }
        if (lines == entries.length) {
            entries = Arrays.copyOf(entries, lines * 2);
            if (elements != null) {
                elements = Arrays.copyOf(elements, lines * 2);
            }
        }
        entries[lines] = entry;
        if (elements != null) {
            elements[lines] = element;
        }
        lines++;
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells[i]));
        }
        out.write('\n');
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    boolean isJson() {
        return json;
    }

    boolean isWide() {
        return wide;
    }

    /** JSON: the entry (from 1) a CSV line as the import numbers it (header = 1) came from; 0 when there is none. */
    int entryOf(int csvRow) {
        int line = csvRow - 2;
        return line >= 0 && line < lines ? entries[line] : 0;
    }

    /** JSON "rows": the element code of the value on that CSV line. */
    String elementOf(int csvRow) {
        int line = csvRow - 2;
        return elements != null && line >= 0 && line < lines ? elements[line] : "";
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    /** Refuses a body past its limit as it is read, so that a huge one is never stored. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw new PushRefusedException(Reason.TOO_LARGE, "body", "api.error.tooLarge", max / (1024 * 1024));
            }
        }
    }
}
