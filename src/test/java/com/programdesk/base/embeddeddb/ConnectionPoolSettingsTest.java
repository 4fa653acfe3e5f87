package com.programdesk.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * The pool's settings are production's for either database. Only the wait for a connection differs: a cluster's
 * node may be gone, so production waits 3 s; the embedded database of one machine is busy under load, not gone.
 */
class ConnectionPoolSettingsTest {

    private final MockEnvironment settings = new MockEnvironment()
            .withProperty("spring.datasource.hikari.connection-timeout", "3000")
            .withProperty("spring.datasource.hikari.maximum-pool-size", "20")
            .withProperty("spring.datasource.hikari.connection-init-sql", "SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");

    @Test
    void anExternalDatabasesPoolTakesTheConfiguredSettings() {
        var properties = new DataSourceProperties();
        properties.setUrl("jdbc:mariadb://db.example:3306/programdesk");

        try (HikariDataSource pool = new EmbeddedDatabaseConfiguration().dataSource(new EmbeddedDatabase(null), properties, settings)) {
            assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:mariadb://db.example:3306/programdesk");
            assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(20);
            assertThat(pool.getConnectionInitSql()).startsWith("SET NAMES utf8mb4");
        }
    }

    @Test
    void theEmbeddedDatabasesPoolTakesThemTooButWaitsLongerForAConnection(@TempDir Path data) {
        var server = new EmbeddedMariaDb(data, EmbeddedDatabaseConfiguration.DATABASE_NAME);

        try (HikariDataSource pool = new EmbeddedDatabaseConfiguration()
                .dataSource(new EmbeddedDatabase(server), new DataSourceProperties(), settings)) {
            assertThat(pool.getPoolName()).isEqualTo("programdesk-embedded");
            assertThat(pool.getJdbcUrl()).isEqualTo(server.jdbcUrl());
            assertThat(pool.getConnectionTimeout()).isEqualTo(30_000);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(20);
            assertThat(pool.getConnectionInitSql()).startsWith("SET NAMES utf8mb4");
        }
    }
}
