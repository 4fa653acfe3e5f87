package com.programdesk.demo.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ProgramDeskTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data says what the seed documents say. */
@ProgramDeskTest
class DemoFactsTest {

    @Autowired
    JdbcClient jdbc;

    /** Early in a month the last month's late report (市二院 files three days after the due day) was dated after today. */
    @Test
    void noStepOfTheDemoReportsLiesInTheFuture() {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime latestStep = jdbc.sql("SELECT MAX(occurred_at) FROM workflow_transition WHERE entity_type = 'StatReport'")
                .query(LocalDateTime.class).single();
        LocalDateTime latestReport = jdbc.sql("""
                SELECT MAX(GREATEST(created_at, updated_at, COALESCE(first_submitted_at, created_at), COALESCE(submitted_at, created_at),
                                    COALESCE(approved_at, created_at))) FROM stat_report""").query(LocalDateTime.class).single();
        assertThat(latestStep).isBeforeOrEqualTo(now);
        assertThat(latestReport).isBeforeOrEqualTo(now);
    }

    @Test
    void worldContraceptionDayIsOnTheTwentySixthOfSeptember() {
        LocalDateTime start = jdbc.sql("SELECT starts_at FROM activity WHERE title = '“9.26 世界避孕日”进企业讲座与义诊'")
                .query(LocalDateTime.class).single();
        assertThat(start.getMonthValue()).isEqualTo(9);
        assertThat(start.getDayOfMonth()).isEqualTo(26);
    }

    @Test
    void theThreePathwaysAreTheHospitalsThree() {
        String description = jdbc.sql("SELECT description FROM task WHERE title = '建立三条就诊路径' LIMIT 1").query(String.class).single();
        assertThat(description).contains("拟生育", "早孕异常", "拟人工流产").doesNotContain("暂未决定");
    }

    @Test
    void qixiansEarlyPregnancyCareIsAProgramOfKeqiaoWithItsOwnTasks() {
        var program = jdbc.sql("""
                SELECT p.id, a.name_zh FROM program p JOIN area a ON a.id = p.area_id WHERE p.title LIKE '齐贤分院%早孕关爱行动%'""")
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).single();
        assertThat(program.getValue()).isEqualTo("柯桥区");
        assertThat(jdbc.sql("SELECT title FROM task WHERE program_id = :id AND parent_id IS NULL").param("id", program.getKey())
                .query(String.class).list()).contains("设立早孕关爱门诊", "建立三条就诊路径", "开展流产后避孕宣教");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM task t JOIN program p ON p.id = t.program_id JOIN area a ON a.id = p.area_id
                WHERE a.code = '330382' AND t.title LIKE '%齐贤%'""").query(Integer.class).single()).isZero();
    }

    @Test
    void everyDemoInstitutionHasAnAreaAndTheYueqingOnesLieInYueqing() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM institution WHERE area_id IS NULL AND (code LIKE 'YQ-%' OR code LIKE 'SX-%' OR code LIKE 'SH-%')").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM institution i JOIN area a ON a.id = i.area_id
                WHERE i.code LIKE 'YQ-%' AND a.path NOT LIKE (SELECT CONCAT(path, '%') FROM area WHERE code = '330382')""")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theBureauTurnedASelfFoundProblemOfTheMchSelfInspectionIntoASupervisedFindingAndTheExpertCommentedOnACorrection() {
        var flowchart = jdbc.sql("""
                SELECT f.id, f.self_found, f.status, f.due_date FROM finding f JOIN supervision_round r ON r.id = f.supervision_round_id
                WHERE r.title = '2024年5月基本避孕服务机构自查' AND f.required_correction LIKE '%流程图%'""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getObject(4, LocalDate.class)}).single();
        assertThat(flowchart[1]).as("no longer self-found").isEqualTo(false);
        assertThat(flowchart[2]).as("its correction waits for the bureau").isEqualTo("SUBMITTED");
        assertThat(flowchart[3]).isEqualTo(LocalDate.of(2024, 5, 31));
        var turned = jdbc.sql("""
                SELECT actor, occurred_at, note FROM workflow_transition
                WHERE entity_type = 'Finding' AND entity_id = ? AND from_state = 'OPEN' AND to_state = 'OPEN'""").param(flowchart[0])
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDateTime.class), rs.getString(3)}).single();
        assertThat(turned[0]).isEqualTo("coordinator");
        assertThat((LocalDateTime) turned[1]).isEqualTo(LocalDateTime.of(2024, 5, 20, 10, 0));
        assertThat((String) turned[2]).contains("转为督导问题");

        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM comment c JOIN correction k ON k.id = c.target_id
                WHERE c.target_kind = 'CORRECTION' AND c.author_name = '质控中心专家'""").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment WHERE target_kind = 'ROUND_REPORT' AND author_name = '质控中心专家'")
                .query(Integer.class).single()).isPositive();
    }
}
