package com.programdesk.base.embeddeddb;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's DataSource: the database of {@code spring.datasource.url}, or without one the embedded
 * MariaDB, started here and stopped when the context closes. Both ways are one set of beans, chosen at run time
 * (see {@link EmbeddedDatabase}); the pool takes the {@code spring.datasource.hikari.*} settings either way, except
 * the embedded database's wait for a connection.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE_NAME = "programdesk";
    static final Duration EMBEDDED_CONNECTION_TIMEOUT = Duration.ofSeconds(30);

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
    HikariDataSource dataSource(EmbeddedDatabase embedded, DataSourceProperties properties, Environment environment) {
        embedded.server().ifPresent(server -> {
            properties.setUrl(server.jdbcUrl());
            properties.setUsername(server.username());
            properties.setPassword(server.password());
        });
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
        if (embedded.isRunning()) {
            dataSource.setPoolName("programdesk-embedded");
            // The short wait for a connection is for a cluster, whose node may be gone; one machine's own
            // database under load is busy, not gone, so a request waits as long as Hikari's default.
            dataSource.setConnectionTimeout(EMBEDDED_CONNECTION_TIMEOUT.toMillis());
        }
        return dataSource;
    }
}
