package com.programdesk.demo.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ProgramDeskTest;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data says what the seed documents say. */
@ProgramDeskTest
class DemoFactsTest {

    @Autowired
    JdbcClient jdbc;

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
}
