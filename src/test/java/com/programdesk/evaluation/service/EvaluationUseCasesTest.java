package com.programdesk.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.evaluation.domain.EvaluationReport;
import com.programdesk.evaluation.domain.EvaluationReport.ActivityLine;
import com.programdesk.evaluation.domain.EvaluationReport.RoundLine;
import com.programdesk.evaluation.domain.EvaluationStatus;
import com.programdesk.evaluation.domain.ProgramEvaluation;
import com.programdesk.program.activities.domain.ActivityFilter;
import com.programdesk.program.activities.domain.ActivityStatus;
import com.programdesk.program.activities.service.ActivityService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.domain.TargetProgress;
import com.programdesk.program.targets.service.ProgramFixture;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.supervision.findings.domain.FindingStatus;
import com.programdesk.supervision.reports.domain.RoundReport;
import com.programdesk.supervision.reports.service.RoundReportService;
import com.programdesk.testsupport.ProgramDeskTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The bureau's evaluation report of a program: the demo's pilot year is generated at start; its figures are those the program
 * page, the calendar and the round reports show; an area's coordinator reads only its institutions' work; a bad period is
 * refused at its field; a report asked for runs in the background to its PDF (Chinese headings, charts) and Word document.
 */
@ProgramDeskTest
class EvaluationUseCasesTest {

    private static final String PILOT = "乐清市生殖健康促进创新试点工作方案";
    private static final List<String> HEADINGS = List.of("一、概况", "二、目标完成情况", "三、活动开展", "四、培训", "五、督导检查",
            "六、统计指标", "七、会员活动与志愿服务", "八、存在问题", "九、典型案例");

    @Autowired
    EvaluationService evaluations;
    @Autowired
    ProgramFixture fixture;
    @Autowired
    ProgramService programs;
    @Autowired
    TargetService targets;
    @Autowired
    ActivityService activities;
    @Autowired
    RoundReportService roundReports;

    @Test
    void thePilotYearsReportIsStoredWithTheProgramAndOpensAsPdfAndWord() throws IOException {
        long pilot = fixture.testData.programIdTitled(PILOT);
        List<ProgramEvaluation> stored = fixture.demoUsers.as("viewer", () -> evaluations.evaluations(pilot));
        assertThat(stored).hasSize(1);
        ProgramEvaluation report = stored.getFirst();
        assertThat(report.status()).as(report.error()).isEqualTo(EvaluationStatus.DONE);
        assertThat(report.from()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(report.to()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(report.progress()).isEqualTo(1.0);

        byte[] pdf = fixture.demoUsers.as("viewer", () -> evaluations.pdf(report.id()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(HEADINGS).contains(PILOT + "评估报告", "进校园系列讲座");
            assertThat(images(document)).as("the charts").isGreaterThanOrEqualTo(2);
        }
        byte[] docx = fixture.demoUsers.as("viewer", () -> evaluations.docx(report.id()));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsAll(HEADINGS);
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(document.getTables().get(1).getRow(0).getCell(0).getText()).isEqualTo("目标");
            assertThat(document.getAllPictures()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(fixture.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'ProgramEvaluation' AND entity_id = ?")
                .param(report.id()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theCurrentPlansReportReadsItsReportedIndicatorsAsItsTargetsDo() {
        long current = fixture.testData.currentPlanId();
        fixture.demoUsers.as("coordinator", () -> {
            Program plan = programs.find(current).orElseThrow();
            List<ProgramEvaluation> stored = evaluations.evaluations(current);
            assertThat(stored).isNotEmpty().allSatisfy(e -> assertThat(e.status()).as(e.error()).isEqualTo(EvaluationStatus.DONE));
            LocalDate to = LocalDate.now().isAfter(plan.getPeriodEnd()) ? plan.getPeriodEnd() : LocalDate.now();
            EvaluationReport report = evaluations.collect(current, plan.getPeriodStart(), to);
            List<com.programdesk.program.targets.domain.ReportedFigures> figures = targets.reportedFigures(current, plan.getPeriodStart(), to);
            assertThat(report.indicators()).hasSize(figures.size());
            for (int i = 0; i < figures.size(); i++) {
                assertThat(report.indicators().get(i).value()).isEqualTo(figures.get(i).value());
                assertThat(report.indicators().get(i).lastYear()).isEqualTo(figures.get(i).lastYear());
                assertThat(report.indicators().get(i).months()).hasSize(figures.get(i).months().size());
                assertThat(report.indicators().get(i).months()).extracting(EvaluationReport.MonthValue::lastYear)
                        .as("the trend chart's line of the same months a year earlier").containsExactlyElementsOf(figures.get(i).monthlyLastYear());
                if (figures.get(i).lastYear() != null) {
                    assertThat(figures.get(i).monthlyLastYear()).anySatisfy(value -> assertThat(value).isNotNull());
                }
            }
        });
    }

    @Test
    void aReportOfPartOfTheYearCountsTheTargetsAsTheyStoodAtItsEnd() {
        long pilotId = fixture.testData.programIdTitled(PILOT);
        fixture.demoUsers.as("coordinator", () -> {
            Program pilot = programs.find(pilotId).orElseThrow();
            LocalDate end = LocalDate.of(2024, 3, 31);
            EvaluationReport spring = evaluations.collect(pilotId, LocalDate.of(2024, 3, 1), end);
            EvaluationReport year = evaluations.collect(pilotId, pilot.getPeriodStart(), pilot.getPeriodEnd());
            String lectures = "青春健康教育讲座";
            int doneByEnd = fixture.jdbc.sql("""
                    SELECT COUNT(*) FROM activity WHERE program_id = ? AND status = 'DONE' AND window_start BETWEEN ? AND ?""")
                    .params(pilotId, pilot.getPeriodStart(), end).query(Integer.class).single();
            BigDecimal byMarch = spring.targets().stream().filter(t -> t.name().equals(lectures)).findFirst().orElseThrow().achieved();
            BigDecimal byAugust = year.targets().stream().filter(t -> t.name().equals(lectures)).findFirst().orElseThrow().achieved();
            assertThat(byMarch).as("lectures done by 31 March, of the %d activities done by then", doneByEnd)
                    .isPositive().isLessThanOrEqualTo(BigDecimal.valueOf(doneByEnd)).isLessThan(byAugust);
        });
    }

    @Test
    void theReportsFiguresAreTheOnesTheServicesShow() {
        long pilotId = fixture.testData.programIdTitled(PILOT);
        fixture.demoUsers.as("coordinator", () -> {
            Program pilot = programs.find(pilotId).orElseThrow();
            EvaluationReport report = evaluations.collect(pilotId, pilot.getPeriodStart(), pilot.getPeriodEnd());
            List<TargetProgress> progress = targets.progress(pilotId);
            assertThat(report.targets()).hasSize(progress.size()).isNotEmpty();
            for (int i = 0; i < progress.size(); i++) {
                assertThat(report.targets().get(i).name()).isEqualTo(progress.get(i).target().getName());
                assertThat(report.targets().get(i).achieved()).isEqualTo(progress.get(i).actual());
            }
            int done = activities.countAgenda(pilot.getPeriodStart(), pilot.getPeriodEnd(),
                    new ActivityFilter(pilotId, null, null, null, ActivityStatus.DONE));
            assertThat(report.activities().stream().mapToInt(ActivityLine::activities).sum()).isEqualTo(done).isPositive();
            List<Long> rounds = fixture.jdbc.sql("""
                    SELECT id FROM supervision_round WHERE program_id = ? AND kind = 'SUPERVISION' AND starts_on <= ? AND ends_on >= ?
                    ORDER BY starts_on, id""").params(pilotId, pilot.getPeriodEnd(), pilot.getPeriodStart()).query(Long.class).list();
            assertThat(report.supervision().rounds()).hasSize(rounds.size());
            for (int i = 0; i < rounds.size(); i++) {
                RoundReport shown = roundReports.report(rounds.get(i));
                RoundLine line = report.supervision().rounds().get(i);
                assertThat(line.title()).isEqualTo(shown.title());
                assertThat(line.closed()).isEqualTo(shown.totals().status(FindingStatus.CLOSED));
                assertThat(line.open()).isEqualTo(shown.totals().status(FindingStatus.OPEN));
            }
            assertThat(report.cases()).as("the case the bureau recommended in August 2024")
                    .anySatisfy(c -> assertThat(c.title()).contains("进校园系列讲座"));
        });
    }

    @Test
    void anAreasCoordinatorReadsOnlyTheWorkOfItsInstitutions() {
        Program program = fixture.program();
        fixture.done("coordinator", fixture.lecture(program, "YQ-MCH", -20), 40);
        fixture.done("admin", fixture.lecture(program, "SH-FMIH", -10), 30);
        LocalDate from = program.getPeriodStart();
        LocalDate to = program.getPeriodEnd();
        EvaluationReport all = fixture.demoUsers.as("admin", () -> evaluations.collect(program.getId(), from, to));
        EvaluationReport yueqing = fixture.demoUsers.as("coordinator", () -> evaluations.collect(program.getId(), from, to));
        assertThat(all.activities().stream().mapToInt(ActivityLine::activities).sum()).isEqualTo(2);
        assertThat(all.activities().stream().mapToLong(ActivityLine::attendance).sum()).isEqualTo(70);
        assertThat(yueqing.activities().stream().mapToInt(ActivityLine::activities).sum()).isEqualTo(1);
        assertThat(yueqing.activities().stream().mapToLong(ActivityLine::attendance).sum()).isEqualTo(40);
        assertThat(yueqing.overview().scopeName()).isEqualTo("乐清市");
        assertThat(all.overview().scopeName()).isNull();
    }

    @Test
    void aBadPeriodIsRefusedAtItsFieldAndOnlyTheBureauGenerates() {
        Program program = fixture.program();
        LocalDate from = program.getPeriodStart();
        LocalDate to = program.getPeriodEnd();
        fixture.demoUsers.as("coordinator", () -> {
            assertField(() -> evaluations.request(program.getId(), to, from, Locale.SIMPLIFIED_CHINESE), "to", "evaluation.error.toBeforeFrom");
            assertField(() -> evaluations.request(program.getId(), from.minusDays(1), to, Locale.SIMPLIFIED_CHINESE), "from",
                    "evaluation.error.outsideProgram");
            assertField(() -> evaluations.request(program.getId(), from, to.plusDays(1), Locale.SIMPLIFIED_CHINESE), "to",
                    "evaluation.error.outsideProgram");
            assertField(() -> evaluations.request(program.getId(), null, to, Locale.SIMPLIFIED_CHINESE), "from", "validation.required");
        });
        assertThat(fixture.jdbc.sql("SELECT COUNT(*) FROM program_evaluation WHERE program_id = ?").param(program.getId())
                .query(Long.class).single()).isZero();
        fixture.demoUsers.as("mch.staff", () -> assertThatThrownBy(() -> evaluations.request(program.getId(), from, to, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aReportAskedForIsGeneratedInTheBackground() throws Exception {
        Program program = fixture.program();
        fixture.done("coordinator", fixture.lecture(program, "YQ-MCH", -5), 25);
        ProgramEvaluation queued = fixture.demoUsers.as("coordinator", () -> evaluations.request(program.getId(),
                program.getPeriodStart(), program.getPeriodEnd(), Locale.SIMPLIFIED_CHINESE));
        assertThat(queued.status()).isIn(EvaluationStatus.QUEUED, EvaluationStatus.RUNNING, EvaluationStatus.DONE);
        ProgramEvaluation done = awaitDone(queued.id());
        assertThat(done.status()).as(done.error()).isEqualTo(EvaluationStatus.DONE);
        byte[] pdf = fixture.demoUsers.as("coordinator", () -> evaluations.pdf(done.id()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("三、活动开展", "本期无培训", "本期无典型案例");
        }
    }

    @Test
    void aReportWhoseNodeStoppedIsShownAsFailedAndCanBeAskedForAgain() {
        Program program = fixture.program();
        fixture.jdbc.sql("""
                INSERT INTO program_evaluation (program_id, period_from, period_to, status, steps_done, steps_total, created_by, created_at)
                VALUES (?, ?, ?, 'RUNNING', 3, 11, 'coordinator', NOW() - INTERVAL 2 HOUR)""")
                .params(program.getId(), program.getPeriodStart(), program.getPeriodEnd()).update();
        List<ProgramEvaluation> shown = fixture.demoUsers.as("coordinator", () -> evaluations.evaluations(program.getId()));
        assertThat(shown).singleElement().satisfies(evaluation -> {
            assertThat(evaluation.status()).isEqualTo(EvaluationStatus.FAILED);
            assertThat(evaluation.error()).isEqualTo(EvaluationService.INTERRUPTED);
        });
        ProgramEvaluation again = fixture.demoUsers.as("coordinator", () -> evaluations.generateNow(program.getId(),
                program.getPeriodStart(), program.getPeriodEnd(), Locale.SIMPLIFIED_CHINESE));
        assertThat(again.status()).as(again.error()).isEqualTo(EvaluationStatus.DONE);
        assertThat(again.hasPdf()).isTrue();
        assertThat(again.hasDocx()).isTrue();
    }

    private ProgramEvaluation awaitDone(long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            ProgramEvaluation evaluation = fixture.demoUsers.as("coordinator", () -> evaluations.find(id).orElseThrow());
            if (!evaluation.status().isRunning() || System.nanoTime() > until) {
                return evaluation;
            }
            Thread.sleep(200);
        }
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
