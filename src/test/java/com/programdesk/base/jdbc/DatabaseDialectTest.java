package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ProgramDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL dialect the build states is the one Spring Data would find by asking the database. */
@ProgramDeskTest
class DatabaseDialectTest {

    @Autowired
    JdbcDialect stated;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStatedDialectIsTheOneTheDatabaseAnswersFor() {
        JdbcDialect found = DialectResolver.getDialect(jdbc);
        assertThat(stated).isExactlyInstanceOf(found.getClass());
        for (String name : new String[] {"task", "Task", "TASK_STEP"}) {
            SqlIdentifier identifier = SqlIdentifier.unquoted(name);
            assertThat(identifier.toSql(stated.getIdentifierProcessing())).isEqualTo(identifier.toSql(found.getIdentifierProcessing()));
            assertThat(SqlIdentifier.quoted(name).toSql(stated.getIdentifierProcessing()))
                    .isEqualTo(SqlIdentifier.quoted(name).toSql(found.getIdentifierProcessing()));
        }
    }
}
