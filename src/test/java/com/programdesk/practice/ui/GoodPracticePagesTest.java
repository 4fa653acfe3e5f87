package com.programdesk.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.practice.domain.GoodPractice;
import com.programdesk.practice.domain.NewFile;
import com.programdesk.practice.service.GoodPracticeService;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 典型案例 page as the Qixian hospital, its district's bureau and a viewer use it. */
class GoodPracticePagesTest extends ViewTest {

    private static final String QIXIAN_PROGRAM = "齐贤分院“早孕关爱行动”工作方案";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    ProgramService programs;
    @Autowired
    GoodPracticeService practices;

    @Test
    void theHospitalRecordsACaseEachMistakeIsSaidAtItsFieldAndARefusedFileAtTheUpload() {
        demoUsers.login("qixian.staff");
        GoodPracticeListView view = navigate(GoodPracticeListView.class);
        clickButton("登记案例");
        GoodPracticeEditor editor = $(GoodPracticeEditor.class).single();
        assertThat(editor.institution.getValue().nameZh()).isEqualTo("绍兴市中心医院医共体齐贤分院");
        assertThat(editor.institution.isReadOnly()).isTrue();

        test(editor.save).click();
        assertThat(editor.title.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.program.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.text.getErrorMessage()).isEqualTo("此项为必填项");

        String title = TestData.unique("早孕关爱咨询室");
        editor.title.setValue("长".repeat(GoodPractice.TITLE_MAX + 1));
        editor.program.setValue(programs.find(testData.programIdTitled(QIXIAN_PROGRAM)).orElseThrow());
        editor.text.setValue("术后一对一讲解避孕方法，三个月内随访三次。");
        test(editor.save).click();
        assertThat(editor.title.getErrorMessage()).isEqualTo("最多 200 个字符");
        assertThat(count("good_practice WHERE created_by = 'qixian.staff' AND title LIKE '长长长%'")).isZero();

        editor.received("病毒.png", file("MZ not a picture".getBytes(StandardCharsets.US_ASCII)));
        assertThat(editor.fileError.isVisible()).isTrue();
        assertThat(editor.fileError.getText()).startsWith("病毒.png：只能上传 PDF");
        editor.received("咨询室.png", file(PNG));
        assertThat(editor.fileError.isVisible()).isFalse();
        assertThat(editor.picked.getChildren().count()).isEqualTo(1);

        editor.title.setValue(title);
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM good_practice g JOIN attachment a ON a.owner_type = 'GoodPractice' AND a.owner_id = g.id
                WHERE g.title = ? AND a.file_name = '咨询室.png'""").param(title).query(Long.class).single()).isEqualTo(1);

        test(view.search).setValue(title);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).photos()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).recommended()).isFalse();
    }

    @Test
    void theBureauRecommendsACaseFromItsFormAndTheListShowsTheBadge() {
        String title = TestData.unique("术后随访");
        long program = testData.programIdTitled(QIXIAN_PROGRAM);
        demoUsers.as("qixian.staff", () -> practices.save(new GoodPractice(null, program, title, "电话随访三次。"), List.<NewFile>of()));

        demoUsers.login("keqiao.coordinator");
        GoodPracticeListView view = navigate(GoodPracticeListView.class);
        test(view.search).setValue(title);
        test(view.grid).clickRow(0);
        GoodPracticeEditor editor = $(GoodPracticeEditor.class).single();
        assertThat(editor.badge.isVisible()).isFalse();
        assertThat(editor.recommend.getText()).isEqualTo("推荐此案例");
        test(editor.recommend).click();
        assertThat(editor.isOpened()).isFalse();

        test(view.recommendedOnly).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).recommended()).isTrue();
        test(view.grid).clickRow(0);
        GoodPracticeEditor again = $(GoodPracticeEditor.class).last();
        assertThat(again.badge.isVisible()).isTrue();
        assertThat(again.recommend.getText()).isEqualTo("取消推荐");
    }

    @Test
    void theHospitalRemovesAWronglyUploadedPhotoAfterConfirming() {
        String title = TestData.unique("宣传栏");
        long program = testData.programIdTitled(QIXIAN_PROGRAM);
        demoUsers.as("qixian.staff", () -> practices.save(new GoodPractice(null, program, title, "门诊宣传栏每月更新。"),
                List.of(new NewFile("错拍的照片.png", file(PNG)))));

        demoUsers.login("qixian.staff");
        GoodPracticeListView view = navigate(GoodPracticeListView.class);
        test(view.search).setValue(title);
        test(view.grid).clickRow(0);
        Button remove = $(Button.class).withClassName("attachment-remove").single();
        assertThat(remove.getAriaLabel()).contains("删除文件 错拍的照片.png");
        test(remove).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Span.class).withText("暂无附件。").exists()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM good_practice g JOIN attachment a ON a.owner_type = 'GoodPractice' AND a.owner_id = g.id"
                + " WHERE g.title = ?").param(title).query(Long.class).single()).isZero();
    }

    @Test
    void aViewerReadsTheRecommendedDemoCaseButRecordsNothing() {
        demoUsers.login("viewer");
        GoodPracticeListView view = navigate(GoodPracticeListView.class);
        assertThat($(Button.class).withText("登记案例").exists()).isFalse();
        test(view.search).setValue("青春健康");
        assertThat(view.program.getValue()).isNull();
        test(view.recommendedOnly).click();
        assertThat(test(view.grid).size()).isPositive();
        assertThat(test(view.grid).getRow(0).title()).isEqualTo("“青春健康”进校园系列讲座");
        assertThat(test(view.grid).getRow(0).photos()).isEqualTo(1);
        test(view.grid).clickRow(0);
        GoodPracticeEditor editor = $(GoodPracticeEditor.class).single();
        assertThat(editor.title.isReadOnly()).isTrue();
        assertThat(editor.save.isAttached()).isFalse();
        assertThat(editor.recommend.isAttached()).isFalse();
        assertThat(editor.badge.isVisible()).isTrue();
        assertThat($(Button.class).withClassName("attachment-remove").exists()).as("a reader removes nothing").isFalse();
    }

    @Test
    void theProgramPagesLinkOpensTheListNarrowedToTheProgram() {
        long program = testData.programId("乐卫发〔2024〕25号");
        demoUsers.login("coordinator");
        com.vaadin.flow.component.UI.getCurrent().navigate(GoodPracticeListView.class,
                com.vaadin.flow.router.QueryParameters.of("program", String.valueOf(program)));
        GoodPracticeListView view = (GoodPracticeListView) getCurrentView();
        assertThat(view.program.getValue().getId()).isEqualTo(program);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i).programId()))
                .containsOnly(program);
    }

    private static Path file(byte[] content) {
        try {
            Path file = Files.createTempFile("upload", ".bin");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
