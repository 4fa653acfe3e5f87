package com.programdesk.evaluation.service;

import com.programdesk.base.documents.CffFontDictRepair;
import com.programdesk.base.documents.DocumentFont;
import com.programdesk.base.documents.PdfPageNumbers;
import com.programdesk.evaluation.service.EvaluationLayout.Block;
import com.programdesk.evaluation.service.EvaluationLayout.Chart;
import com.programdesk.evaluation.service.EvaluationLayout.Heading;
import com.programdesk.evaluation.service.EvaluationLayout.Table;
import com.programdesk.evaluation.service.EvaluationLayout.Text;
import com.programdesk.evaluation.service.EvaluationLayout.Title;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * Renders the report's blocks as an A4 PDF (portrait, the Chinese font embedded, charts as images, page numbers) and as an
 * editable Word document (.docx: headings in Word's heading styles, real tables, the same charts) for the bureau's own summary.
 */
@Component
class EvaluationDocuments {

    private static final String HEADER_FILL = "D9E2F3";
    private static final String WORD_FONT = "宋体";

    private final DocumentFont font;

    EvaluationDocuments(DocumentFont font) {
        this.font = font;
    }

    byte[] pdf(String title, List<Block> blocks, Function<String, String> labels, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PdfPageNumbers(new MessageFormat(labels.apply("evaluation.page"), locale), font.font(8, false)));
        document.addTitle(title);
        document.open();
        for (Block block : blocks) {
            switch (block) {
                case Title t -> {
                    Paragraph heading = new Paragraph(t.text(), font.font(18, true));
                    heading.setAlignment(Element.ALIGN_CENTER);
                    heading.setSpacingAfter(6);
                    document.add(heading);
                    Paragraph subtitle = new Paragraph(t.subtitle(), font.font(11, false));
                    subtitle.setAlignment(Element.ALIGN_CENTER);
                    subtitle.setSpacingAfter(14);
                    document.add(subtitle);
                }
                case Heading h -> {
                    if (writer.getVerticalPosition(true) - document.bottom() < 140) {
                        document.newPage();
                    }
                    Paragraph heading = new Paragraph(h.text(), font.font(h.level() == 1 ? 14 : 11.5f, true));
                    heading.setSpacingBefore(h.level() == 1 ? 14 : 8);
                    heading.setSpacingAfter(6);
                    heading.setKeepTogether(true);
                    document.add(heading);
                }
                case Text t -> {
                    Paragraph text = new Paragraph(t.text(), font.font(10.5f, false));
                    text.setSpacingBefore(4);
                    text.setSpacingAfter(4);
                    document.add(text);
                }
                case Table t -> document.add(pdfTable(t));
                case Chart c -> {
                    Image image = image(c.png());
                    float width = Math.min(document.right() - document.left(), c.width() / 2f * 0.75f);
                    image.scaleToFit(width, c.height() * width / c.width());
                    image.setAlignment(Image.ALIGN_CENTER);
                    image.setSpacingBefore(6);
                    document.add(image);
                }
            }
        }
        document.close();
        ByteArrayOutputStream repaired = new ByteArrayOutputStream();
        try {
            CffFontDictRepair.copyRepaired(pdf.toByteArray(), repaired);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return repaired.toByteArray();
    }

    private static Image image(byte[] png) {
        try {
            return Image.getInstance(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfPTable pdfTable(Table table) {
        Font header = font.font(9, true);
        Font body = font.font(9, false);
        Font bold = font.font(9, true);
        PdfPTable pdf = new PdfPTable(table.header().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(6);
        pdf.setWidths(widths(table));
        for (String column : table.header()) {
            PdfPCell cell = cell(column, header, Element.ALIGN_CENTER);
            cell.setBackgroundColor(new Color(Integer.parseInt(HEADER_FILL, 16)));
            pdf.addCell(cell);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            boolean totals = table.totals() && r == table.rows().size() - 1;
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                pdf.addCell(cell(row.get(c), totals ? bold : body, c == 0 || row.size() == 2 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER));
            }
        }
        return pdf;
    }

    /** Column widths after their longest text (a Chinese character counts twice), within bounds so that none is squeezed. */
    static float[] widths(Table table) {
        float[] widths = new float[table.header().size()];
        for (int c = 0; c < widths.length; c++) {
            int widest = width(table.header().get(c));
            for (List<String> row : table.rows()) {
                widest = Math.max(widest, width(row.get(c)));
            }
            widths[c] = Math.clamp(widest, 6, c == 0 ? 34 : 22);
        }
        return widths;
    }

    private static int width(String text) {
        return text.codePoints().map(point -> point > 0x2E80 ? 2 : 1).sum();
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xA6A6A6));
        return cell;
    }

    byte[] docx(String title, List<Block> blocks) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            defineHeadingStyles(document);
            for (Block block : blocks) {
                switch (block) {
                    case Title t -> {
                        XWPFParagraph heading = document.createParagraph();
                        heading.setStyle("Title");
                        heading.setAlignment(ParagraphAlignment.CENTER);
                        run(heading, t.text(), 18, true);
                        XWPFParagraph subtitle = document.createParagraph();
                        subtitle.setAlignment(ParagraphAlignment.CENTER);
                        run(subtitle, t.subtitle(), 11, false);
                    }
                    case Heading h -> {
                        XWPFParagraph heading = document.createParagraph();
                        heading.setStyle(h.level() == 1 ? "Heading1" : "Heading2");
                        heading.setSpacingBefore(h.level() == 1 ? 240 : 120);
                        run(heading, h.text(), h.level() == 1 ? 14 : 12, true);
                    }
                    case Text t -> run(document.createParagraph(), t.text(), 10.5, false);
                    case Table t -> wordTable(document, t);
                    case Chart c -> {
                        XWPFParagraph paragraph = document.createParagraph();
                        paragraph.setAlignment(ParagraphAlignment.CENTER);
                        double width = Math.min(450, c.width() / 2.0 * 0.75);
                        paragraph.createRun().addPicture(new ByteArrayInputStream(c.png()), XWPFDocument.PICTURE_TYPE_PNG, "chart.png",
                                Units.toEMU(width), Units.toEMU(width * c.height() / c.width()));
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("The Word document could not be written", e);
        }
    }

    /**
     * A blank document defines no styles: without these the headings would be bold text only. As Word's own "Title",
     * "heading 1" and "heading 2" they show in the navigation pane and a table of contents, and restyle with the document.
     */
    private static void defineHeadingStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        String[][] defined = {{"Title", "Title", null}, {"Heading1", "heading 1", "0"}, {"Heading2", "heading 2", "1"}};
        for (String[] style : defined) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId(style[0]);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal(style[1]);
            ct.addNewBasedOn().setVal("Normal");
            ct.addNewNext().setVal("Normal");
            ct.addNewQFormat();
            if (style[2] != null) {
                ct.addNewPPr().addNewOutlineLvl().setVal(new BigInteger(style[2]));
            }
            styles.addStyle(new XWPFStyle(ct, styles));
        }
    }

    private static void wordTable(XWPFDocument document, Table table) {
        XWPFTable word = document.createTable(table.rows().size() + 1, table.header().size());
        word.setWidth("100%");
        XWPFTableRow header = word.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < table.header().size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_FILL);
            text(cell, table.header().get(c), true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            boolean totals = table.totals() && r == table.rows().size() - 1;
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                text(word.getRow(r + 1).getCell(c), row.get(c), totals);
            }
        }
        document.createParagraph();
    }

    private static void text(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
        run(paragraph, text, 10, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(WORD_FONT);
    }
}
