package com.programdesk.base.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

/**
 * An uploaded file recognised by its content, never by its name: an Excel workbook (.xlsx), or a
 * text table in UTF-8 (with or without BOM), UTF-16 with BOM, or else GB18030 (GBK as saved by
 * Chinese Excel), whichever decodes the whole file without error. Anything else, binary content,
 * old .xls and renamed PDFs included, is refused before a row is read.
 */
public final class TableFile {

    public static final String NOT_A_TABLE = "import.fatal.notATable";
    public static final String TOO_LARGE = "import.fatal.tooLarge";
    public static final String EMPTY = "import.fatal.empty";
    public static final String UNREADABLE = "import.fatal.unreadable";
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final Path file;
    private final TableFormat format;
    private final long size;

    private TableFile(Path file, TableFormat format, long size) {
        this.file = file;
        this.format = format;
        this.size = size;
    }

    public static TableFile detect(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new TableFileException(TOO_LARGE);
        }
        if (size == 0) {
            throw new TableFileException(EMPTY);
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        if (Arrays.equals(head, ZIP)) {
            if (!isWorkbook(file)) {
                throw new TableFileException(NOT_A_TABLE);
            }
            return new TableFile(file, TableFormat.XLSX, size);
        }
        return new TableFile(file, textFormat(file, head), size);
    }

    public TableFormat format() {
        return format;
    }

    public long size() {
        return size;
    }

    /** Hands every row to {@code rows}, in order; progress counts the bytes read where the format allows. */
    public void read(Consumer<TableRow> rows, TableReadProgress progress) throws IOException {
        progress.totalBytes(format == TableFormat.XLSX ? 0 : size);
        switch (format) {
            case XLSX -> XlsxTable.read(file, rows);
            case CSV_UTF8 -> CsvTable.read(file, StandardCharsets.UTF_8, rows, progress);
            case CSV_UTF16 -> CsvTable.read(file, StandardCharsets.UTF_16, rows, progress);
            case CSV_GB18030 -> CsvTable.read(file, GB18030, rows, progress);
        }
    }

    private static boolean isWorkbook(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static TableFormat textFormat(Path file, byte[] head) throws IOException {
        if ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            if (decodesAsText(file, StandardCharsets.UTF_16)) {
                return TableFormat.CSV_UTF16;
            }
            throw new TableFileException(NOT_A_TABLE);
        }
        if (decodesAsText(file, StandardCharsets.UTF_8)) {
            return TableFormat.CSV_UTF8;
        }
        if (decodesAsText(file, GB18030)) {
            return TableFormat.CSV_GB18030;
        }
        throw new TableFileException(NOT_A_TABLE);
    }

    /** The whole file decodes without a malformed sequence and holds no control characters a table never has. */
    private static boolean decodesAsText(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                if (end && decoder.flush(chars).isError()) {
                    return false;
                }
                chars.flip();
                if (hasControlCharacters(chars)) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return bytes.position() == 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasControlCharacters(CharBuffer chars) {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                return true;
            }
        }
        return false;
    }
}
