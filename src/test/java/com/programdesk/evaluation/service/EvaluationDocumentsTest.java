package com.programdesk.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.base.documents.DocumentFont;
import com.programdesk.evaluation.domain.EvaluationCase;
import com.programdesk.evaluation.domain.EvaluationReport;
import com.programdesk.evaluation.domain.EvaluationReport.ActivityLine;
import com.programdesk.evaluation.domain.EvaluationReport.IndicatorLine;
import com.programdesk.evaluation.domain.EvaluationReport.MemberWork;
import com.programdesk.evaluation.domain.EvaluationReport.MonthValue;
import com.programdesk.evaluation.domain.EvaluationReport.OpenFinding;
import com.programdesk.evaluation.domain.EvaluationReport.OverdueTask;
import com.programdesk.evaluation.domain.EvaluationReport.Overview;
import com.programdesk.evaluation.domain.EvaluationReport.Problems;
import com.programdesk.evaluation.domain.EvaluationReport.RoundLine;
import com.programdesk.evaluation.domain.EvaluationReport.Supervision;
import com.programdesk.evaluation.domain.EvaluationReport.TargetLine;
import com.programdesk.evaluation.domain.EvaluationReport.TrainingLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Every section of a full report in both documents: the A4 PDF with the Chinese font embedded, its tables and charts (targets,
 * activities by month, an indicator's months), and the Word document with the same headings, tables and pictures; an empty
 * section says "本期无…".
 */
class EvaluationDocumentsTest {

    private final DocumentFont font = new DocumentFont("");
    private final EvaluationCharts charts = new EvaluationCharts(font);
    private final EvaluationDocuments documents = new EvaluationDocuments(font);

    @Test
    void aFullReportHasEverySectionItsTablesAndChartsInBothDocuments() throws IOException {
        Function<String, String> labels = labels();
        EvaluationReport report = report();
        List<EvaluationLayout.Block> blocks = EvaluationLayout.of(report, charts.draw(report, labels), labels, Locale.SIMPLIFIED_CHINESE);
        byte[] pdf = documents.pdf("试点方案", blocks, labels, Locale.SIMPLIFIED_CHINESE);
        Path dump = Path.of("target", "evaluation-sample.pdf");
        Files.createDirectories(dump.getParent());
        Files.write(dump, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("试点方案评估报告", "一、概况", "二、目标完成情况", "开展青春期讲座", "83.3%", "三、活动开展", "讲座",
                    "四、培训", "宣教员培训", "五、督导检查", "整改率 50.0%", "六、统计指标", "人工流产率", "+10.0%",
                    "七、会员活动与志愿服务", "八、存在问题", "2024-05-15（已", "应报未报统计报表 3 份", "九、典型案例", "本期无典型案例", "第 1 页");
            int images = 0;
            boolean embedded = false;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont pageFont = page.getResources().getFont(name);
                    embedded |= pageFont.isEmbedded();
                }
            }
            assertThat(images).as("targets, activities by month, one indicator").isEqualTo(3);
            assertThat(embedded).isTrue();
        }
        byte[] docx = documents.docx("试点方案", blocks);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("试点方案评估报告", "一、概况", "五、督导检查", "九、典型案例", "本期无典型案例。");
            assertThat(document.getAllPictures()).hasSize(3);
            assertThat(document.getTables().get(1).getRow(1).getCell(0).getText()).isEqualTo("开展青春期讲座");
            assertThat(document.getTables().get(2).getRow(0).getCell(3).getText()).isEqualTo("参与人次");
            XWPFParagraph section = document.getParagraphs().stream().filter(p -> p.getText().equals("五、督导检查")).findFirst().orElseThrow();
            assertThat(section.getStyleID()).isEqualTo("Heading1");
            assertThat(document.getStyles().getStyle("Heading1").getName()).as("Word's own heading, for its navigation pane").isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle("Heading2")).isNotNull();
        }
    }

    private static EvaluationReport report() {
        LocalDate from = LocalDate.of(2023, 9, 1);
        LocalDate to = LocalDate.of(2024, 8, 31);
        List<MonthValue> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(new MonthValue(YearMonth.of(2023, 9).plusMonths(m), m % 4 == 3 ? null : BigDecimal.valueOf(10 + m),
                    m < 2 ? null : BigDecimal.valueOf(8 + m)));
        }
        return new EvaluationReport(
                new Overview("试点方案", "乐卫发〔2024〕25号", "乐清市卫生健康局", from, to, "王副局长", "陈科长", "乐清市", to),
                List.of(new TargetLine("开展青春期讲座", "场", BigDecimal.valueOf(120), BigDecimal.valueOf(100),
                                TargetLine.percent(BigDecimal.valueOf(120), BigDecimal.valueOf(100)), "target.status.BEHIND"),
                        new TargetLine("受益人数", "人", BigDecimal.valueOf(5000), null, null, "target.status.NO_DATA")),
                List.of(new ActivityLine("activity.type.LECTURE", YearMonth.of(2023, 10), 3, 150),
                        new ActivityLine("activity.type.FREE_CLINIC", YearMonth.of(2023, 10), 1, 300),
                        new ActivityLine("activity.type.LECTURE", YearMonth.of(2024, 3), 2, 90)),
                List.of(new TrainingLine("人流后避孕服务宣教员培训", LocalDate.of(2024, 5, 10), 2, 12, 10, 90.5)),
                new Supervision(List.of(new RoundLine("基本避孕服务项目督导", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), 5, 4, 1, 1, 2, 1))),
                List.of(new IndicatorLine("人工流产率", "‰", BigDecimal.valueOf(11), BigDecimal.valueOf(10), months)),
                new MemberWork(6, 320, 45, 4, 12, new BigDecimal("36.5")),
                new Problems(List.of(new OpenFinding("市二院", "知情同意", "finding.severity.MAJOR", "finding.status.OPEN",
                        LocalDate.of(2024, 5, 15), true)), List.of(new OverdueTask("上报宣传照片", "市妇保院", LocalDate.of(2024, 6, 1),
                        "task.status.IN_PROGRESS")), 3),
                List.<EvaluationCase>of());
    }

    private static Function<String, String> labels() {
        Properties bundle = new Properties();
        try (InputStream in = EvaluationDocumentsTest.class.getClassLoader()
                .getResourceAsStream("vaadin-i18n/translations_zh_CN.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return key -> bundle.getProperty(key, key);
    }
}
