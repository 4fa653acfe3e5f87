package com.programdesk.supervision.reports.service;

import com.programdesk.base.documents.CffFontDictRepair;
import com.programdesk.base.documents.DocumentFont;
import com.programdesk.base.documents.PdfPageNumbers;
import com.programdesk.base.documents.Xlsx;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.reports.domain.RoundReport;
import com.programdesk.supervision.reports.domain.RoundReportFinding;
import com.programdesk.supervision.reports.domain.RoundReportLine;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * A supervision round's report as a printable PDF (A4 landscape, Chinese font embedded) and as an Excel sheet with the
 * same columns: one row per institution, then the totals. Callers check who may see the round.
 */
@Component
class RoundReportDocuments {

    private static final String INSTITUTION = "report.round.column.institution";
    /** The figures' columns under their group headings; the institution's column spans both header rows. */
    private static final List<Group> GROUPS = List.of(
            new Group("report.round.group.items", List.of("report.round.column.itemsChecked", "report.round.column.compliant",
                    "report.round.column.partly", "report.round.column.nonCompliant", "report.round.column.complianceRate")),
            new Group("report.round.group.severity", List.of("report.round.column.minor", "report.round.column.major",
                    "report.round.column.critical")),
            new Group("report.round.group.corrections", List.of("report.round.column.open", "report.round.column.submitted",
                    "report.round.column.closed", "report.round.column.closureRate", "report.round.column.overdue")));
    private static final int COLUMN_COUNT = 1 + GROUPS.stream().mapToInt(group -> group.columns().size()).sum();
    /** Relative widths: the institution's name, then the figures (rates a little wider for their two-line headings). */
    private static final float[] WIDTHS = {3, 1, 1.05f, 1, 1, 1.25f, 1, 1, 1, 1, 1.15f, 1, 1.25f, 1};
    private static final int HEADER_ROWS = 2;
    private static final String NO_RATE = "—";
    private static final String TOTALS_FILL = "F2F2F2";

    private final DocumentFont font;

    RoundReportDocuments(DocumentFont font) {
        this.font = font;
    }

    /**
     * Writes the report as a PDF.
     *
     * @param labels translates the report's message keys and the round status's message key into the reader's language
     * @throws IllegalStateException when no Chinese font is installed (see {@link DocumentFont})
     */
    public void writePdf(RoundReport report, Function<String, String> labels, Locale locale, OutputStream out) {
        writePdf(report, List.of(), labels, locale, out);
    }

    /** The figures, then the findings themselves (what was found where, what to correct by when, and its state). */
    public void writePdf(RoundReport report, List<RoundReportFinding> findings, Function<String, String> labels, Locale locale,
                         OutputStream out) {
        Font footer = font.font(8, false);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 42);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        writer.setPageEvent(new PdfPageNumbers(new MessageFormat(labels.apply("report.round.page"), locale), footer));
        document.addTitle(report.title());
        document.open();
        addHeading(document, report, labels, locale);
        document.add(table(report, labels));
        if (!findings.isEmpty()) {
            Paragraph heading = new Paragraph(labels.apply("report.round.findings"), font.font(12, true));
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(6);
            document.add(heading);
            document.add(findingTable(findings, labels, locale));
        }
        document.close();
        try {
            CffFontDictRepair.copyRepaired(pdf.toByteArray(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title, then the program, period, status and the day the figures refer to. */
    private void addHeading(Document document, RoundReport report, Function<String, String> labels, Locale locale) {
        Font text = font.font(10, false);
        Paragraph title = new Paragraph(report.title(), font.font(16, true));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(10);
        document.add(title);
        document.add(new Paragraph(text(labels, "report.round.program", locale, report.programName()), text));
        Paragraph facts = new Paragraph(String.join("      ",
                text(labels, "report.round.period", locale, date(report.startsOn(), locale), date(report.endsOn(), locale)),
                text(labels, "report.round.status", locale, labels.apply(report.status().messageKey())),
                text(labels, "report.round.asOf", locale, date(report.asOf(), locale))), text);
        facts.setSpacingAfter(12);
        document.add(facts);
    }

    /** Two header rows (repeated on every page), a row per institution, the totals in bold. */
    private PdfPTable table(RoundReport report, Function<String, String> labels) {
        Font header = font.font(8.5f, true);
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        PdfPCell institution = headerCell(labels.apply(INSTITUTION), header);
        institution.setRowspan(2);
        table.addCell(institution);
        for (Group group : GROUPS) {
            PdfPCell groupCell = headerCell(labels.apply(group.key()), header);
            groupCell.setColspan(group.columns().size());
            table.addCell(groupCell);
        }
        for (Group group : GROUPS) {
            for (String column : group.columns()) {
                table.addCell(headerCell(labels.apply(column), header));
            }
        }
        Font figures = font.font(9, false);
        for (RoundReportLine line : report.lines()) {
            addRow(table, line.institutionName(), line, figures, null);
        }
        addRow(table, labels.apply("report.round.totals"), report.totals(), font.font(9, true), color(TOTALS_FILL));
        return table;
    }

    /**
     * Writes the report's table as an .xlsx sheet: the two header rows, one row per institution, the totals.
     *
     * @param labels translates the report's message keys into the reader's language
     */
    public void writeXlsx(RoundReport report, Function<String, String> labels, OutputStream out) {
        Xlsx.write(out, workbook -> {
            Worksheet sheet = workbook.newWorksheet(labels.apply("report.round.sheet"));
            sheet.value(0, 0, labels.apply(INSTITUTION));
            sheet.range(0, 0, 1, 0).merge();
            int c = 1;
            for (Group group : GROUPS) {
                sheet.value(0, c, labels.apply(group.key()));
                sheet.range(0, c, 0, c + group.columns().size() - 1).merge();
                for (String column : group.columns()) {
                    sheet.value(1, c++, labels.apply(column));
                }
            }
            sheet.range(0, 0, 1, COLUMN_COUNT - 1).style().bold().fillColor(Xlsx.HEADER_FILL).wrapText(true)
                    .horizontalAlignment("center").verticalAlignment("center").set();
            List<RoundReportLine> rows = new ArrayList<>(report.lines());
            rows.add(report.totals());
            for (int i = 0; i < rows.size(); i++) {
                int r = HEADER_ROWS + i;
                RoundReportLine line = rows.get(i);
                boolean totals = i == rows.size() - 1;
                sheet.value(r, 0, totals ? labels.apply("report.round.totals") : line.institutionName());
                List<Number> figures = figures(line);
                for (int f = 0; f < figures.size(); f++) {
                    Number figure = figures.get(f);
                    if (figure == null) {
                        sheet.value(r, f + 1, NO_RATE);
                    } else {
                        sheet.value(r, f + 1, figure);
                    }
                }
                for (int column = 0; column < COLUMN_COUNT; column++) {
                    StyleSetter style = sheet.style(r, column);
                    if (column > 0 && figures.get(column - 1) instanceof Double) {
                        style.format("0.0");
                    }
                    if (totals) {
                        style.bold().fillColor(TOTALS_FILL);
                    }
                    style.set();
                }
            }
            sheet.width(0, 30);
            sheet.freezePane(1, HEADER_ROWS);
        });
    }

    /** The figures after the institution, in column order: counts, and rates that are null when there is nothing to rate. */
    private static List<Number> figures(RoundReportLine line) {
        return Arrays.asList(line.itemsChecked(), line.compliant(), line.partly(), line.nonCompliant(), line.complianceRate(),
                line.severity(FindingSeverity.MINOR), line.severity(FindingSeverity.MAJOR), line.severity(FindingSeverity.CRITICAL),
                line.status(FindingStatus.OPEN), line.status(FindingStatus.SUBMITTED), line.status(FindingStatus.CLOSED),
                line.closureRate(), line.overdue());
    }

    private PdfPTable findingTable(List<RoundReportFinding> findings, Function<String, String> labels, Locale locale) {
        Font header = font.font(8.5f, true);
        Font body = font.font(8.5f, false);
        PdfPTable table = new PdfPTable(new float[] {2.4f, 1.6f, 0.9f, 4, 3.4f, 1.4f, 1});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : List.of(INSTITUTION, "finding.field.category", "finding.field.severity", "finding.field.description",
                "finding.field.requiredCorrection", "finding.field.dueDate", "finding.field.status")) {
            table.addCell(headerCell(labels.apply(column), header));
        }
        for (RoundReportFinding finding : findings) {
            table.addCell(cell(finding.institutionName(), body, Element.ALIGN_LEFT));
            table.addCell(cell(finding.category(), body, Element.ALIGN_LEFT));
            table.addCell(cell(labels.apply(finding.severity().messageKey()), body, Element.ALIGN_CENTER));
            table.addCell(cell(finding.description(), body, Element.ALIGN_LEFT));
            table.addCell(cell(finding.requiredCorrection() == null ? "" : finding.requiredCorrection(), body, Element.ALIGN_LEFT));
            table.addCell(cell(finding.dueDate() == null ? "" : date(finding.dueDate(), locale), body, Element.ALIGN_CENTER));
            table.addCell(cell(labels.apply(finding.status().messageKey()), body, Element.ALIGN_CENTER));
        }
        return table;
    }

    private static void addRow(PdfPTable table, String name, RoundReportLine line, Font font, Color fill) {
        List<PdfPCell> cells = new ArrayList<>();
        cells.add(cell(name, font, Element.ALIGN_LEFT));
        for (Number figure : figures(line)) {
            cells.add(cell(shown(figure), font, Element.ALIGN_RIGHT));
        }
        for (PdfPCell cell : cells) {
            cell.setBackgroundColor(fill);
            table.addCell(cell);
        }
    }

    private static PdfPCell headerCell(String text, Font font) {
        PdfPCell header = cell(text, font, Element.ALIGN_CENTER);
        header.setBackgroundColor(color(Xlsx.HEADER_FILL));
        header.setPaddingLeft(2);
        header.setPaddingRight(2);
        return header;
    }

    /** Counts as they are, rates with one decimal. */
    private static String shown(Number figure) {
        if (figure == null) {
            return NO_RATE;
        }
        return figure instanceof Double rate ? String.format(Locale.ROOT, "%.1f", rate) : figure.toString();
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setBorderColor(color("A6A6A6"));
        return cell;
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }

    private static String text(Function<String, String> labels, String key, Locale locale, Object... arguments) {
        return new MessageFormat(labels.apply(key), locale).format(arguments);
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private record Group(String key, List<String> columns) {
    }
}
