import com.programdesk.base.documents.DocumentFont;
import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Run by ops/image/run-local inside the image: writes a PDF with Chinese text in the report font that the app
 * finds there (base.documents.DocumentFont, as the supervision round report does) and reads the text back.
 */
public class PdfFontCheck {
    public static void main(String[] args) throws Exception {
        String text = "督导检查报告 乐清市妇幼保健院";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph(text, new DocumentFont("").font(12, false)));
        document.add(new Paragraph(text, new DocumentFont("").font(12, true)));
        document.close();
        String read = new PdfTextExtractor(new PdfReader(pdf.toByteArray())).getTextFromPage(1);
        if (!read.contains(text)) {
            throw new IllegalStateException("the PDF does not read back as Chinese text: " + read);
        }
        System.out.println("PDF with Chinese text: " + pdf.size() + " bytes, reads back as \"" + text + "\"");
    }
}
