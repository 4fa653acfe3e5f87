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
        String description = jdbc.sql("SELECT description FROM task WHERE title = '齐贤分院：建立三条就诊路径' LIMIT 1").query(String.class).single();
        assertThat(description).contains("拟生育", "早孕异常", "拟人工流产").doesNotContain("暂未决定");
    }
}
