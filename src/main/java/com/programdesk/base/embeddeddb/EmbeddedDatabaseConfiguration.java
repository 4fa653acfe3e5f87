package com.programdesk.base.embeddeddb;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is configured,
 * and points the application's DataSource at it. Closing the context stops the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE_NAME = "programdesk";

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${programdesk.data-dir:./data}") Path dataFolder,
                                    @Value("${programdesk.embedded-db.port:0}") int port) {
        return new EmbeddedMariaDb(dataFolder, DATABASE_NAME).start(port);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb database, DataSourceProperties properties) {
        properties.setUrl(database.jdbcUrl());
        properties.setUsername(database.username());
        properties.setPassword(database.password());
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        dataSource.setPoolName("programdesk-embedded");
        dataSource.setMaximumPoolSize(20);
        dataSource.setConnectionInitSql("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");
        return dataSource;
    }

    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }
}
