package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ProgramDeskTest;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Liquibase migrates the schema at start and tells nobody about it: Liquibase OSS sends usage analytics by default (and asks its
 * vendor's server whether to on every start), which a health bureau's server must not.
 */
@ProgramDeskTest
class SchemaMigrationTest {

    @Autowired
    SpringLiquibase liquibase;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangeSetRanAndLiquibaseSendsNoAnalytics() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM DATABASECHANGELOG").query(Long.class).single()).isPositive();
        assertThat(liquibase.getAnalyticsEnabled()).isFalse();
    }
}
