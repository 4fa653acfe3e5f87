package com.programdesk.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ProgramDeskTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * A start against a database that this build's change log migrated already skips Liquibase's check of every change set;
 * any change to the change log, or a database that never recorded one, lets Liquibase run as always.
 */
@ProgramDeskTest
class UnchangedSchemaTest {

    @Autowired
    SpringLiquibase liquibase;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theStartsMigrationRecordedThisBuildsFingerprint() {
        assertThat(recorded()).isEqualTo(UnchangedSchema.fingerprint(liquibase)).hasSize(64);
    }

    @Test
    void aStartFindingItsOwnFingerprintSkipsLiquibaseAndAnyOtherLetsItRunAndRecord() throws Exception {
        String own = recorded();
        try {
            Observed same = startsLiquibase();
            assertThat(same.runs()).as("the same change log").isFalse();

            jdbc.sql("UPDATE schema_fingerprint SET fingerprint = ? WHERE id = 1").param("0".repeat(64)).update();
            Observed other = startsLiquibase();
            assertThat(other.runs()).as("another build's fingerprint").isTrue();
            assertThat(recorded()).as("recorded after Liquibase ran").isEqualTo(own);

            jdbc.sql("DELETE FROM schema_fingerprint").update();
            assertThat(startsLiquibase().runs()).as("no fingerprint at all").isTrue();
            assertThat(recorded()).isEqualTo(own);
        } finally {
            jdbc.sql("INSERT INTO schema_fingerprint (id, fingerprint) VALUES (1, ?) ON DUPLICATE KEY UPDATE fingerprint = ?")
                    .params(own, own).update();
        }
    }

    @Test
    void whenSwitchedOffLiquibaseChecksEveryStart() throws Exception {
        UnchangedSchema unchanged = new UnchangedSchema();
        unchanged.setEnvironment(new MockEnvironment().withProperty("programdesk.schema.skip-unchanged", "false"));
        Observed next = liquibase();
        unchanged.postProcessBeforeInitialization(next, "liquibase");
        assertThat(next.runs()).isTrue();
    }

    @Test
    void anEditedChangeSetANewOneOrOtherContextsChangeTheFingerprint(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("master.yaml"), """
                databaseChangeLog:
                  - include:
                      file: changes/001-a.sql
                      relativeToChangelogFile: true
                """);
        Files.createDirectories(dir.resolve("changes"));
        Files.writeString(dir.resolve("changes/001-a.sql"), "--liquibase formatted sql\nCREATE TABLE a (id INT);\n");
        String first = UnchangedSchema.fingerprint(changeLog(dir));

        Files.writeString(dir.resolve("changes/001-a.sql"), "--liquibase formatted sql\nCREATE TABLE a (id BIGINT);\n");
        String edited = UnchangedSchema.fingerprint(changeLog(dir));
        Files.writeString(dir.resolve("master.yaml"), Files.readString(dir.resolve("master.yaml")) + """
                  - include:
                      file: changes/002-b.sql
                      relativeToChangelogFile: true
                """);
        Files.writeString(dir.resolve("changes/002-b.sql"), "--liquibase formatted sql\nCREATE TABLE b (id INT);\n");
        String added = UnchangedSchema.fingerprint(changeLog(dir));
        SpringLiquibase withContexts = changeLog(dir);
        withContexts.setContexts("test");
        String otherContexts = UnchangedSchema.fingerprint(withContexts);

        assertThat(first).isNotNull();
        assertThat(java.util.Arrays.asList(first, edited, added, otherContexts)).doesNotHaveDuplicates();
        assertThat(UnchangedSchema.fingerprint(changeLog(dir))).as("the same files again").isEqualTo(added);

        Files.writeString(dir.resolve("master.yaml"), "databaseChangeLog:\n  - includeAll:\n      path: changes/\n");
        assertThat(UnchangedSchema.fingerprint(changeLog(dir))).as("a folder's files cannot be followed: Liquibase always runs").isNull();
    }

    /** What a start does with the Liquibase bean: the fingerprint check, then Liquibase's own start, then the record. */
    private Observed startsLiquibase() throws Exception {
        UnchangedSchema unchanged = new UnchangedSchema();
        unchanged.setEnvironment(new MockEnvironment());
        Observed next = liquibase();
        unchanged.postProcessBeforeInitialization(next, "liquibase");
        next.afterPropertiesSet();
        unchanged.postProcessAfterInitialization(next, "liquibase");
        return next;
    }

    /** Liquibase's bean, telling whether it will run. */
    private static final class Observed extends SpringLiquibase {

        boolean runs() {
            return shouldRun;
        }
    }

    private Observed liquibase() {
        Observed next = new Observed();
        next.setDataSource(dataSource);
        next.setChangeLog(liquibase.getChangeLog());
        next.setResourceLoader(new DefaultResourceLoader());
        next.setAnalyticsEnabled(false);
        return next;
    }

    private static SpringLiquibase changeLog(Path dir) {
        SpringLiquibase next = new SpringLiquibase();
        next.setChangeLog("file:" + dir.resolve("master.yaml"));
        next.setResourceLoader(new DefaultResourceLoader());
        return next;
    }

    private String recorded() {
        return jdbc.sql("SELECT fingerprint FROM schema_fingerprint WHERE id = 1").query(String.class).single();
    }
}
