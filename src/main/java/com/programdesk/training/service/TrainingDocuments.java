package com.programdesk.training.service;

import com.programdesk.base.documents.CffFontDictRepair;
import com.programdesk.base.documents.DocumentFont;
import com.programdesk.base.documents.Xlsx;
import com.programdesk.program.activities.domain.Activity;
import com.programdesk.training.domain.SignIn;
import com.programdesk.training.domain.TraineeResult;
import com.programdesk.training.domain.TrainingSession;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * A training's papers: the certificate (A4 landscape, the Chinese font embedded the way the round report does it), the roster
 * and the session's 签到表 as spreadsheets. Callers check who may have them.
 */
@Component
class TrainingDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentFont font;

    TrainingDocuments(DocumentFont font) {
        this.font = font;
    }

    /**
     * The certificate: heading, the trainee's name and institution, the training, its dates and hours, the issuer and date.
     *
     * @throws IllegalStateException when no Chinese font is installed (see {@link DocumentFont})
     */
    void writeCertificate(Activity training, TraineeResult result, Function<String, String> labels, Locale locale, OutputStream out) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 80, 80, 90, 70);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        document.addTitle(labels.apply("training.certificate.title") + " " + result.trainee().name());
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        canvas.setColorStroke(new Color(0xB8, 0x86, 0x0B));
        canvas.setLineWidth(3);
        canvas.rectangle(30, 30, document.getPageSize().getWidth() - 60, document.getPageSize().getHeight() - 60);
        canvas.stroke();
        canvas.setLineWidth(1);
        canvas.rectangle(38, 38, document.getPageSize().getWidth() - 76, document.getPageSize().getHeight() - 76);
        canvas.stroke();

        Paragraph heading = new Paragraph(labels.apply("training.certificate.title"), font.font(36, true));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(36);
        document.add(heading);
        Paragraph name = new Paragraph(result.trainee().name(), font.font(26, true));
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingAfter(6);
        document.add(name);
        Paragraph institution = new Paragraph(result.trainee().institutionName()
                + (result.trainee().department() == null ? "" : " " + result.trainee().department()), font.font(14, false));
        institution.setAlignment(Element.ALIGN_CENTER);
        institution.setSpacingAfter(28);
        document.add(institution);
        Paragraph body = new Paragraph(text(labels, "training.certificate.body", locale, date(training.getWindowStart(), locale),
                date(training.getWindowEnd(), locale), training.getTitle(), result.hours(), result.attended(), result.sessions()),
                font.font(16, false));
        body.setAlignment(Element.ALIGN_CENTER);
        body.setLeading(30);
        body.setSpacingAfter(14);
        document.add(body);
        if (result.trainee().score() != null) {
            Paragraph score = new Paragraph(text(labels, "training.certificate.score", locale, result.trainee().score().toPlainString()),
                    font.font(14, false));
            score.setAlignment(Element.ALIGN_CENTER);
            document.add(score);
        }
        Paragraph issued = new Paragraph(date(LocalDate.now(), locale), font.font(13, false));
        issued.setAlignment(Element.ALIGN_RIGHT);
        issued.setSpacingBefore(50);
        document.add(issued);
        document.close();
        try {
            CffFontDictRepair.copyRepaired(pdf.toByteArray(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roster with each trainee's attendance, hours, score and result (phones masked). */
    void writeRoster(Activity training, List<TraineeResult> results, Function<String, String> labels, OutputStream out) {
        Xlsx.write(out, workbook -> {
            Worksheet sheet = workbook.newWorksheet(labels.apply("training.roster.sheet"));
            List<String> columns = List.of("training.column.number", "training.column.name", "training.column.institution",
                    "training.column.department", "training.column.jobTitle", "training.column.phone", "training.column.attended",
                    "training.column.attendanceRate", "training.column.hours", "training.column.score", "training.column.result");
            sheet.value(0, 0, training.getTitle());
            sheet.range(0, 0, 0, columns.size() - 1).merge();
            sheet.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
            Xlsx.headerRow(sheet, 1, columns.stream().map(labels).toList());
            int r = 2;
            for (TraineeResult result : results) {
                var t = result.trainee();
                sheet.value(r, 0, r - 1);
                sheet.value(r, 1, t.name());
                sheet.value(r, 2, t.institutionName());
                sheet.value(r, 3, t.department());
                sheet.value(r, 4, t.jobTitle());
                sheet.value(r, 5, t.maskedPhone());
                sheet.value(r, 6, result.attended() + "/" + result.sessions());
                if (result.attendanceRate() != null) {
                    sheet.value(r, 7, result.attendanceRate());
                }
                sheet.value(r, 8, result.hours());
                if (t.score() != null) {
                    sheet.value(r, 9, t.score());
                }
                sheet.value(r, 10, labels.apply(result.passed() ? "training.result.passed" : "training.result.notPassed"));
                r++;
            }
            sheet.width(2, 28);
            sheet.freezePane(0, 2);
        });
    }

    /**
     * The 签到表 as it is printed for the room: the title over the whole width, the session's time and place, then 序号, 姓名, 单位,
     * 科室, 职务, 签到时间, 备注 (迟到, 补签) and an empty 签名 column, with borders and rows tall enough to sign in.
     */
    void writeSheet(Activity training, TrainingSession session, List<SignIn> lines, Function<String, String> labels, Locale locale,
                    OutputStream out) {
        Xlsx.write(out, workbook -> {
            Worksheet sheet = workbook.newWorksheet(labels.apply("training.sheet.sheet"));
            List<String> columns = List.of("training.column.number", "training.column.name", "training.column.institution",
                    "training.column.department", "training.column.jobTitle", "training.column.signedAt", "training.column.remark",
                    "training.column.signature");
            int last = columns.size() - 1;
            sheet.value(0, 0, training.getTitle() + labels.apply("training.sheet.titleSuffix"));
            sheet.range(0, 0, 0, last).merge();
            sheet.style(0, 0).bold().fontSize(16).horizontalAlignment("center").set();
            sheet.rowHeight(0, 30);
            sheet.value(1, 0, text(labels, "training.sheet.subtitle", locale, DATE_TIME.format(session.startsAt()),
                    TIME.format(session.endsAt()), training.getPlace() == null ? "" : training.getPlace()));
            sheet.range(1, 0, 1, last).merge();
            for (int c = 0; c <= last; c++) {
                sheet.value(2, c, labels.apply(columns.get(c)));
            }
            sheet.range(2, 0, 2, last).style().bold().fillColor(Xlsx.HEADER_FILL).horizontalAlignment("center")
                    .borderStyle("thin").set();
            int r = 3;
            for (SignIn line : lines) {
                sheet.value(r, 0, r - 2);
                sheet.value(r, 1, line.name());
                sheet.value(r, 2, line.institutionName());
                sheet.value(r, 3, line.department());
                sheet.value(r, 4, line.jobTitle());
                sheet.value(r, 5, line.signedAt() == null ? "" : TIME.format(line.signedAt()));
                sheet.value(r, 6, remark(line, labels));
                sheet.rowHeight(r, 24);
                r++;
            }
            if (r > 3) {
                sheet.range(3, 0, r - 1, last).style().borderStyle("thin").verticalAlignment("center").set();
            }
            sheet.width(0, 6);
            sheet.width(1, 12);
            sheet.width(2, 28);
            sheet.width(3, 12);
            sheet.width(4, 12);
            sheet.width(5, 10);
            sheet.width(6, 14);
            sheet.width(7, 16);
        });
    }

    static String remark(SignIn line, Function<String, String> labels) {
        if (!line.signedIn()) {
            return labels.apply("training.sheet.absent");
        }
        StringBuilder remark = new StringBuilder();
        if (line.late()) {
            remark.append(labels.apply("training.sheet.late"));
        }
        if (line.correctedBy() != null) {
            remark.append(remark.isEmpty() ? "" : "，").append(labels.apply("training.sheet.corrected"));
        }
        if (line.repeats() > 0) {
            remark.append(remark.isEmpty() ? "" : "，").append(labels.apply("training.sheet.repeated"));
        }
        return remark.toString();
    }

    private static String text(Function<String, String> labels, String key, Locale locale, Object... arguments) {
        return new MessageFormat(labels.apply(key), locale).format(arguments);
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
