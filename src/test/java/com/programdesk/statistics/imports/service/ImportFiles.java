package com.programdesk.statistics.imports.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files as people bring them to the import: CSV in UTF-8 (with BOM) or GBK, and workbooks, built in the test. */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static Path csv(String text) {
        return write("import-", ".csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
    }

    public static Path gbk(String text) {
        return write("import-gbk-", ".csv", text.getBytes(Charset.forName("GBK")));
    }

    public static Path bytes(String suffix, byte[] content) {
        return write("import-", suffix, content);
    }

    /**
     * A workbook whose first sheet holds the rows; a cell starting with "=" becomes a formula,
     * a numeric text a number.
     */
    public static Path xlsx(List<List<String>> rows) {
        try {
            Path file = Files.createTempFile("import-", ".xlsx");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "Program Desk test", "1.0")) {
                Worksheet sheet = workbook.newWorksheet("导出数据");
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String cell = rows.get(r).get(c);
                        if (cell.startsWith("=")) {
                            sheet.formula(r, c, cell.substring(1));
                        } else if (cell.matches("-?\\d+(\\.\\d+)?")) {
                            sheet.value(r, c, Double.parseDouble(cell));
                        } else {
                            sheet.value(r, c, cell);
                        }
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(String prefix, String suffix, byte[] content) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            file.toFile().deleteOnExit();
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
