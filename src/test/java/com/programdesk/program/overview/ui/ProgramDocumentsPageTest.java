package com.programdesk.program.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.plan.ui.ProgramDocumentDialog;
import com.programdesk.program.plan.ui.ProgramDocumentsPanel;
import com.programdesk.program.plan.ui.ProgramEditor;
import com.programdesk.testsupport.TestData;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The program page shows its lead, its contact and its documents; the bureau adds a document, a wrong file is said under the upload. */
class ProgramDocumentsPageTest extends ViewTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ProgramService programs;

    @Test
    void theCoordinatorNamesTheLeadAndAddsThePlansPdfOthersSeeTheMaskedPhone() throws IOException {
        Program program = demoUsers.as("coordinator", () -> programs.save(new Program(TestData.unique("早孕关爱行动"),
                LocalDate.now().withDayOfYear(1), LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1)), List.of()));
        demoUsers.login("coordinator");
        navigate(ProgramView.class, program.getId());
        clickButton("编辑");
        ProgramEditor editor = $(ProgramEditor.class).single();
        test(editor.leadName).setValue("王副院长");
        test(editor.contactName).setValue("陈护士长");
        test(editor.contactPhone).setValue("0575-8412");
        test(editor.save).click();
        assertThat(editor.contactPhone.getErrorMessage()).isEqualTo("请输入有效的手机号（11 位）或带区号的座机号码");
        test(editor.contactPhone).setValue("13905751234");
        test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat($(Paragraph.class).withClassName("program-people").single().getText())
                .isEqualTo("分管领导：王副院长 · 联系人：陈护士长 13905751234");

        $(TabSheet.class).single().setSelectedIndex(2);
        clickButton("添加文件");
        ProgramDocumentDialog dialog = $(ProgramDocumentDialog.class).single();
        test(dialog.title).setValue("工作方案正式文本");
        test(dialog.save).click();
        assertThat(dialog.fileError.getText()).isEqualTo("请先上传文件");
        dialog.received("方案.txt", file("not a pdf".getBytes(StandardCharsets.UTF_8)));
        test(dialog.save).click();
        assertThat(dialog.fileError.getText()).startsWith("只能上传 PDF");
        assertThat(count("program_document WHERE program_id = " + program.getId())).isZero();
        Path big = file(PDF);
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(21L * 1024 * 1024);
        }
        dialog.received("大文件.pdf", big);
        test(dialog.save).click();
        assertThat(dialog.fileError.getText()).isEqualTo("文件超过 20 MB，不能上传");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(count("program_document WHERE program_id = " + program.getId())).isZero();
        assertThat(count("attachment WHERE owner_type = 'ProgramDocument' AND owner_id IN (SELECT id FROM program_document WHERE program_id = "
                + program.getId() + ")")).isZero();

        dialog.received("方案.pdf", file(PDF));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        ProgramDocumentsPanel panel = $(ProgramDocumentsPanel.class).single();
        assertThat($(Anchor.class, panel).withText("方案.pdf").exists()).isTrue();
        assertThat($(Span.class, panel).withText("第 1 版").exists()).isTrue();

        demoUsers.logout();
        demoUsers.login("mch.staff");
        navigate(ProgramView.class, program.getId());
        assertThat($(Paragraph.class).withClassName("program-people").single().getText()).endsWith("陈护士长 139****1234");
        $(TabSheet.class).single().setSelectedIndex(2);
        assertThat($(Anchor.class).withText("方案.pdf").exists()).isTrue();
        assertThat($(com.vaadin.flow.component.button.Button.class).withText("添加文件").exists()).isFalse();
    }

    private static Path file(byte[] content) throws IOException {
        Path file = Files.createTempFile("upload", ".bin");
        Files.write(file, content);
        return file;
    }
}
