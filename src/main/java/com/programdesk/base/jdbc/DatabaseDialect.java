package com.programdesk.base.jdbc;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcMariaDbDialect;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.core.sql.IdentifierProcessing.LetterCasing;
import org.springframework.data.relational.core.sql.IdentifierProcessing.Quoting;

/**
 * Spring Data's SQL dialect, stated instead of asked of the database: the one Spring Data picks for MariaDB (back-quoted
 * names, kept as written, as MariaDB on Linux compares table names). Known without a connection, so the build's AOT step
 * generates the repositories' query methods and a start no longer derives them (docs/benchmarks.md, "Twenty-first round").
 */
@Configuration(proxyBeanMethods = false)
class DatabaseDialect {

    @Bean
    JdbcDialect jdbcDialect() {
        return new JdbcMariaDbDialect(IdentifierProcessing.create(new Quoting("`"), LetterCasing.AS_IS));
    }
}
