package com.programdesk.supervision.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The findings pages as hospitals and the bureau use them: the correction inbox, a finding's page, the findings list. */
class FindingPagesTest extends ViewTest {

    @Test
    void theHospitalSubmitsACorrectionWithEvidenceAndBadInputIsRefusedAtItsField() throws IOException {
        long findingId = jdbc.sql("""
                SELECT f.id FROM finding f JOIN institution i ON i.id = f.institution_id
                WHERE i.code = 'YQ-H2' AND f.status = 'OPEN' AND f.return_count = 0 ORDER BY f.id LIMIT 1""").query(Long.class).single();
        demoUsers.login("second.staff");
        CorrectionTasksView inbox = navigate(CorrectionTasksView.class);
        assertThat(test(inbox.grid).size()).isPositive();

        FindingView page = navigate("findings/" + findingId, FindingView.class);
        test(page.submit).click();
        assertThat(page.measures.getErrorMessage()).isEqualTo("此项为必填项");
        test(page.measures).setValue("已补报数据，指定专人负责上报");
        page.completedOn.setValue(LocalDate.now().plusDays(2));
        test(page.submit).click();
        assertThat(page.completedOn.getErrorMessage()).isEqualTo("整改完成日期不能晚于今天");
        assertThat(count("correction WHERE finding_id = " + findingId)).isZero();

        page.completedOn.setValue(LocalDate.now());
        page.evidence.add("平台上报截图.png", png());
        test(page.submit).click();
        assertThat(jdbc.sql("SELECT status FROM finding WHERE id = ?").param(findingId).query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM attachment a JOIN correction c ON c.id = a.owner_id AND a.owner_type = 'Correction'
                WHERE c.finding_id = ? AND a.file_name = '平台上报截图.png'""").param(findingId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anotherHospitalsFindingCannotBeOpenedAndTheBureauSeesOverdueFindings() {
        long mchFinding = jdbc.sql("""
                SELECT f.id FROM finding f JOIN institution i ON i.id = f.institution_id WHERE i.code = 'YQ-MCH' ORDER BY f.id LIMIT 1""")
                .query(Long.class).single();
        demoUsers.login("second.staff");
        navigate("findings/" + mchFinding, Component.class);
        assertThat($(H2.class).withText("页面不存在").exists()).isTrue();

        demoUsers.login("viewer");
        FindingListView findings = navigate(FindingListView.class);
        findings.overdueOnly.setValue(true);
        assertThat(test(findings.grid).size()).isPositive();
    }

    private static Path png() throws IOException {
        Path file = Files.createTempFile("evidence", ".png");
        Files.write(file, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        return file;
    }
}
