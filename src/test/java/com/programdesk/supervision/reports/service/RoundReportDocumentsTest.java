package com.programdesk.supervision.reports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.programdesk.base.documents.DocumentFont;
import com.programdesk.supervision.findings.domain.FindingSeverity;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.reports.domain.RoundReport;
import com.programdesk.supervision.reports.domain.RoundReportLine;
import com.programdesk.supervision.rounds.domain.RoundStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A round's report prints on A4 with the Chinese font embedded, and opens in Excel with the same table. */
class RoundReportDocumentsTest {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#x([0-9a-fA-F]+);");

    private final RoundReportDocuments documents = new RoundReportDocuments(new DocumentFont(""));

    @Test
    void thePdfShowsTheRoundInChineseWithTheFontEmbedded() throws IOException {
        byte[] pdf = pdf(labels("zh_CN"), Locale.SIMPLIFIED_CHINESE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2026年第一季度孕前优生健康检查督导", "项目：国家免费孕前优生健康检查项目", "2026年5月6日",
                    "整改情况", "乐清市妇幼保健院", "虹桥镇中心卫生院", "合计", "83.3", "78.1", "42.9", "—", "第 1 页");
            PDResources resources = document.getPage(0).getResources();
            List<COSName> fonts = new ArrayList<>();
            resources.getFontNames().forEach(fonts::add);
            assertThat(fonts).isNotEmpty();
            for (COSName name : fonts) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType0 cid
                        && cid.getCFFFont() instanceof CFFCIDFont cff) {
                    // strict readers (Acrobat) reject a CID font with an empty font DICT, see CffFontDictRepair
                    assertThat(cff.getPrivDicts()).as(font.getName() + " Private DICTs").hasSize(cff.getFontDicts().size())
                            .noneMatch(Map::isEmpty);
                }
            }

            BufferedImage page = screenshot(document, "round-report.png");
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
        }
        assertThat(pdf.length).as("only the glyphs used are embedded").isLessThan(1_000_000);
    }

    @Test
    void thePdfListsTheFindingsThemselvesUnderTheFigures() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.writePdf(report(), List.of(new com.programdesk.supervision.reports.domain.RoundReportFinding("乐清市妇幼保健院", "咨询服务",
                FindingSeverity.MAJOR, "流产后避孕咨询未单独记录", "建立咨询登记本", LocalDate.of(2026, 5, 20), FindingStatus.OPEN)),
                labels("zh_CN"), Locale.SIMPLIFIED_CHINESE, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("问题清单", "流产后避孕咨询未单独记录", "建立咨询登记本", "2026年5月20日");
        }
    }

    @Test
    void theEnglishPdfFormatsDatesAndPageNumbersForTheReader() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(labels("en"), Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Period: March 1, 2026 – April 30, 2026",
                    "Figures as of May 6, 2026", "Findings by severity", "Total", "Page 1");
            screenshot(document, "round-report-en.png");
        }
    }

    @Test
    void aLongRoundContinuesOnNumberedPagesUnderRepeatedHeaders() throws IOException {
        RoundReport small = report();
        List<RoundReportLine> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            lines.add(line("乐清市第" + i + "社区卫生服务站", 10, 9, 1, 0, 1, 0, 0, 1, 0, 0, 0));
        }
        RoundReport large = new RoundReport(small.roundId(), small.title(), small.programName(), small.startsOn(), small.endsOn(),
                small.status(), lines, small.totals(), small.asOf());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        documents.writePdf(large, labels("zh_CN"), Locale.SIMPLIFIED_CHINESE, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            assertThat(secondPage.getText(document)).contains("整改情况", "乐清市第40社区卫生服务站", "合计", "第 2 页")
                    .doesNotContain("乐清市第1社区卫生服务站");
            screenshot(document, "round-report-long.png");
        }
    }

    @Test
    void withoutAChineseFontThePdfFailsWithAHint() {
        RoundReportDocuments withoutFont = new RoundReportDocuments(new DocumentFont("", List.of("/nonexistent/NotoSansCJK-Regular.ttc,2")));

        assertThatThrownBy(() -> withoutFont.writePdf(report(), key -> key, Locale.SIMPLIFIED_CHINESE, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DocumentFont.PROPERTY).hasMessageContaining("fonts-noto-cjk");
    }

    @Test
    void theSheetHasTheSameHeadersAndRows() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        documents.writeXlsx(report(), labels("zh_CN"), xlsx);

        Map<String, String> cells = cells(xlsx.toByteArray());
        assertThat(List.of(cells.get("A1"), cells.get("B1"), cells.get("G1"), cells.get("J1")))
                .containsExactly("机构", "检查项目", "发现问题（按严重程度）", "整改情况");
        assertThat(List.of(cells.get("B2"), cells.get("F2"), cells.get("G2"), cells.get("N2")))
                .containsExactly("检查项数", "符合率（%）", "一般", "逾期未改");
        assertThat(List.of(cells.get("A3"), cells.get("B3"), cells.get("C3"), cells.get("G3"), cells.get("M3")))
                .containsExactly("乐清市妇幼保健院", "12", "10", "1", "50.0");
        assertThat(Double.parseDouble(cells.get("F3"))).isCloseTo(83.33, within(0.01));
        assertThat(cells.get("F5")).isEqualTo("—");
        assertThat(List.of(cells.get("A6"), cells.get("B6"), cells.get("N6"))).containsExactly("合计", "32", "1");
    }

    private byte[] pdf(Function<String, String> labels, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.writePdf(report(), labels, locale, pdf);
        return pdf.toByteArray();
    }

    private static RoundReport report() {
        List<RoundReportLine> lines = List.of(
                line("乐清市妇幼保健院", 12, 10, 1, 1, 1, 1, 0, 0, 1, 1, 0),
                line("乐清市第二人民医院", 20, 15, 3, 2, 2, 2, 1, 2, 1, 2, 1),
                line("虹桥镇中心卫生院", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        RoundReportLine totals = line(null, 32, 25, 4, 3, 3, 3, 1, 2, 2, 3, 1);
        return new RoundReport(7, "2026年第一季度孕前优生健康检查督导", "国家免费孕前优生健康检查项目", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), RoundStatus.REPORTING, lines, totals, LocalDate.of(2026, 5, 6));
    }

    private static RoundReportLine line(String institution, int checked, int compliant, int partly, int nonCompliant,
                                        int minor, int major, int critical, int open, int submitted, int closed, int overdue) {
        return new RoundReportLine(institution, checked, compliant, partly, nonCompliant,
                Map.of(FindingSeverity.MINOR, minor, FindingSeverity.MAJOR, major, FindingSeverity.CRITICAL, critical),
                Map.of(FindingStatus.OPEN, open, FindingStatus.SUBMITTED, submitted, FindingStatus.CLOSED, closed),
                minor + major + critical, closed, overdue);
    }

    /** Page 1 at 100 dpi as target/screenshots/NAME, to look at (the PDF itself next to it). */
    private static BufferedImage screenshot(PDDocument document, String name) throws IOException {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(page, "png", file.toFile());
        document.save(file.resolveSibling(name.replace(".png", ".pdf")).toFile());
        return page;
    }

    /** The application's bundle; keys it does not have yet (the enum labels) show as themselves. */
    private static Function<String, String> labels(String language) {
        Properties bundle = new Properties();
        String resource = "vaadin-i18n/translations_" + language + ".properties";
        try (InputStream in = RoundReportDocumentsTest.class.getClassLoader().getResourceAsStream(resource)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return key -> bundle.getProperty(key, key);
    }

    /** Cell reference (A1) to its text: shared strings resolved, numbers as written. */
    private static Map<String, String> cells(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("round-report", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                List<String> shared = new ArrayList<>();
                Matcher string = Pattern.compile("<si><t[^>]*>([^<]*)</t></si>").matcher(entry(zip, "xl/sharedStrings.xml"));
                while (string.find()) {
                    shared.add(string.group(1));
                }
                Map<String, String> cells = new HashMap<>();
                Matcher cell = Pattern.compile("<c r=\"([A-Z]+\\d+)\"([^>]*)><v>([^<]*)</v></c>")
                        .matcher(entry(zip, "xl/worksheets/sheet1.xml"));
                while (cell.find()) {
                    boolean sharedString = cell.group(2).contains("t=\"s\"");
                    cells.put(cell.group(1), sharedString ? shared.get(Integer.parseInt(cell.group(3))) : cell.group(3));
                }
                return cells;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** An entry's XML, with the writer's character references (&#x673a;) turned back into characters. */
    private static String entry(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return CHARACTER_REFERENCE.matcher(xml).replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        }
    }
}
