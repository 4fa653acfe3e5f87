package com.programdesk.base.documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of a workbook row by row (streaming, never the whole sheet in memory).
 * Formula cells are marked and their cached results ignored: nothing computed by Excel is imported.
 * Numbers come as written (12, not 12.0); date-formatted cells (a month typed as 2024-03) as ISO dates.
 */
final class XlsxTable {

    /** Built-in date formats of Excel, including the Chinese 年月日 ones. */
    private static final Pattern DATE_FORMAT_IDS = Pattern.compile("1[4-9]|2[0-2]|2[7-9]|3[0-6]|4[5-7]|5[0-8]");
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");

    private XlsxTable() {
    }

    static void read(Path file, Consumer<TableRow> rows) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                TableRow converted = convert(row);
                try {
                    rows.accept(converted);
                } catch (RuntimeException e) {
                    throw new FromConsumer(e);
                }
            });
        } catch (FromConsumer e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException e) {
            if (e instanceof TableFileException) {
                throw e;
            }
            throw new TableFileException(TableFile.UNREADABLE);
        }
    }

    /** What the caller's consumer threw: passed on as it is, never taken for an unreadable workbook. */
    private static final class FromConsumer extends RuntimeException {
        FromConsumer(RuntimeException cause) {
            super(cause);
        }
    }

    private static TableRow convert(Row row) {
        int count = row.getCellCount();
        String[] cells = new String[count];
        boolean[] formulas = null;
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            if (cell == null) {
                continue;
            }
            if (cell.getType() == CellType.FORMULA) {
                formulas = formulas == null ? new boolean[count] : formulas;
                formulas[i] = true;
                cells[i] = "=" + cell.getFormula();
            } else {
                cells[i] = text(cell);
            }
        }
        return new TableRow(row.getRowNum(), cells, formulas);
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : number((BigDecimal) cell.getValue());
            case STRING -> cell.getValue() == null ? "" : cell.getValue().toString();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    /** Whole numbers without a decimal part (some writers store 12 as 12.0), others as stored. */
    private static String number(BigDecimal value) {
        BigDecimal whole = value.stripTrailingZeros();
        return whole.scale() <= 0 ? whole.toPlainString() : value.toPlainString();
    }

    private static boolean isDate(Cell cell) {
        if (cell.getDataFormatId() != null && DATE_FORMAT_IDS.matcher(String.valueOf(cell.getDataFormatId())).matches()) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = QUOTED_OR_BRACKETED.matcher(format).replaceAll("").toLowerCase();
        return bare.contains("y") || bare.contains("d") || (bare.contains("m") && !bare.contains("0") && !bare.contains("#"));
    }
}
