package com.programdesk.base.embeddeddb;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's DataSource: the database of {@code spring.datasource.url}, or without one the embedded
 * MariaDB, started here and stopped when the context closes. Both ways are one set of beans, chosen at run time
 * (see {@link EmbeddedDatabase}); the pool takes the {@code spring.datasource.hikari.*} settings either way.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE_NAME = "programdesk";

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DataSourceProperties properties,
                                      @Value("${programdesk.data-dir:./data}") Path dataFolder,
                                      @Value("${programdesk.embedded-db.port:0}") int port) {
        if (properties.getUrl() != null && !properties.getUrl().isBlank()) {
            return new EmbeddedDatabase(null);
        }
        return new EmbeddedDatabase(new EmbeddedMariaDb(dataFolder, DATABASE_NAME).start(port));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase embedded, DataSourceProperties properties) {
        embedded.server().ifPresent(server -> {
            properties.setUrl(server.jdbcUrl());
            properties.setUsername(server.username());
            properties.setPassword(server.password());
        });
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        if (embedded.isRunning()) {
            dataSource.setPoolName("programdesk-embedded");
        }
        return dataSource;
    }
}
