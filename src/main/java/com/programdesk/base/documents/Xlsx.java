package com.programdesk.base.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The app's Excel workbooks: one way to open and close them, and one look for header rows. */
public final class Xlsx {

    /** The shade of every header row. */
    public static final String HEADER_FILL = "DDEBEC";

    private Xlsx() {
    }

    /** Content written into an open workbook. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Workbook workbook) throws IOException;
    }

    /** Writes a workbook to {@code out}; the stream stays open for the caller to close. */
    public static void write(OutputStream out, Content content) {
        try (Workbook workbook = new Workbook(out, "Program Desk", "1.0")) {
            content.writeTo(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header row of {@code labels} from the first column, bold and shaded. */
    public static void headerRow(Worksheet sheet, int row, List<String> labels) {
        for (int c = 0; c < labels.size(); c++) {
            sheet.value(row, c, labels.get(c));
        }
        headerStyle(sheet, row, labels.size() - 1);
    }

    /** Makes the cells of {@code row} up to column {@code lastColumn} a header: bold and shaded. */
    public static void headerStyle(Worksheet sheet, int row, int lastColumn) {
        sheet.range(row, 0, row, lastColumn).style().bold().fillColor(HEADER_FILL).set();
    }
}
