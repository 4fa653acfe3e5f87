package com.programdesk.base.documents;

import java.text.MessageFormat;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** The page number ("第 N 页", from {@code pattern}) centred under each page of a PDF. */
public final class PdfPageNumbers extends PdfPageEventHelper {

    private final MessageFormat pattern;
    private final Font font;

    public PdfPageNumbers(MessageFormat pattern, Font font) {
        this.pattern = pattern;
        this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Phrase footer = new Phrase(pattern.format(new Object[] {writer.getPageNumber()}), font);
        float centre = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer, centre, document.bottom() - 24, 0);
    }
}
