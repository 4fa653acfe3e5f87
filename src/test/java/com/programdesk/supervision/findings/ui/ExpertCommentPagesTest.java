package com.programdesk.supervision.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;

/** 专家意见 on a finding's page: the expert posts (a blank one is refused at its field); the hospital reads it and cannot post. */
class ExpertCommentPagesTest extends ViewTest {

    @Test
    void theExpertCommentsOnAFindingAndTheHospitalReadsIt() {
        long findingId = jdbc.sql("""
                SELECT f.id FROM finding f JOIN institution i ON i.id = f.institution_id
                WHERE i.code = 'YQ-H2' AND f.self_found = FALSE ORDER BY f.id LIMIT 1""").query(Long.class).single();
        demoUsers.login("viewer");
        navigate("findings/" + findingId, FindingView.class);
        Button post = $(Button.class).withText("发表意见").single();
        TextArea body = $(TextArea.class).withCaption("意见").single();
        long before = count("comment WHERE target_kind = 'FINDING' AND target_id = " + findingId);
        test(post).click();
        assertThat(body.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(count("comment WHERE target_kind = 'FINDING' AND target_id = " + findingId)).isEqualTo(before);
        test(body).setValue("建议核对随访登记与门诊系统是否一致");
        test(post).click();
        assertThat(count("comment WHERE target_kind = 'FINDING' AND target_id = " + findingId)).isEqualTo(before + 1);

        demoUsers.login("second.staff");
        navigate("findings/" + findingId, FindingView.class);
        assertThat($(Button.class).withText("发表意见").exists()).isFalse();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("建议核对随访登记与门诊系统是否一致");
    }

    @Test
    void underEachCorrectionAToggleOpensItsThreadWhereTheExpertPostsAndTheHospitalReads() {
        long findingId = jdbc.sql("""
                SELECT f.id FROM finding f JOIN institution i ON i.id = f.institution_id
                WHERE i.code = 'YQ-H2' AND f.self_found = FALSE AND f.return_count > 0 ORDER BY f.id LIMIT 1""").query(Long.class).single();
        long correctionId = jdbc.sql("SELECT MAX(id) FROM correction WHERE finding_id = ?").param(findingId).query(Long.class).single();
        long before = count("comment WHERE target_kind = 'CORRECTION' AND target_id = " + correctionId);
        demoUsers.login("viewer");
        navigate("findings/" + findingId, FindingView.class);
        Button toggle = $(Button.class).withClassName("correction-comments-toggle").withText("专家意见（" + before + "）").first();
        assertThat($(TextArea.class).withCaption("意见").all()).as("only the finding's own field before a toggle opens").hasSize(1);
        test(toggle).click();
        assertThat($(TextArea.class).withCaption("意见").all()).hasSize(2);
        Div thread = (Div) toggle.getParent().orElseThrow();
        assertThat(thread.hasClassName("correction-comments")).isTrue();
        TextArea body = $(TextArea.class, thread).withCaption("意见").single();
        Button post = $(Button.class, thread).withText("发表意见").single();
        test(post).click();
        assertThat(body.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(count("comment WHERE target_kind = 'CORRECTION' AND target_id = " + correctionId)).isEqualTo(before);
        test(body).setValue("随访登记表建议按月汇总");
        test(post).click();
        assertThat(count("comment WHERE target_kind = 'CORRECTION' AND target_id = " + correctionId)).isEqualTo(before + 1);
        assertThat(toggle.getText()).isEqualTo("专家意见（" + (before + 1) + "）");

        demoUsers.login("second.staff");
        navigate("findings/" + findingId, FindingView.class);
        Button shown = $(Button.class).withClassName("correction-comments-toggle").withText("专家意见（" + (before + 1) + "）").first();
        test(shown).click();
        assertThat(shown.getParent().orElseThrow().getElement().getOuterHTML()).contains("随访登记表建议按月汇总");
        assertThat($(Button.class).withText("发表意见").exists()).isFalse();
    }
}
