package com.programdesk.base.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.commandline.LiquibaseCommandLineConfiguration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Spares a start Liquibase's check of every change set when the database was last migrated by this very change log.
 * After each migration the change log's fingerprint (its files' bytes, the contexts and labels) is written to the
 * database; a start that finds its own fingerprint there tells Liquibase not to run. A new or edited change set, another
 * build, or no fingerprint at all (a new database, one older than this table) lets Liquibase check and migrate as
 * always. In a cluster the nodes of one release then start without queueing for Liquibase's lock.
 * {@code programdesk.schema.skip-unchanged=false} makes every start check.
 */
@Component
class UnchangedSchema implements BeanPostProcessor, EnvironmentAware {

    private static final Logger LOG = LoggerFactory.getLogger(UnchangedSchema.class);
    private static final Pattern INCLUDED_FILE = Pattern.compile("^\\s*file:\\s*(\\S+)\\s*$", Pattern.MULTILINE);

    private boolean enabled = true;
    /** This build's fingerprint, to be recorded once Liquibase has run; null when Liquibase was not run or cannot be followed. */
    private @Nullable String toRecord;

    @Override
    public void setEnvironment(Environment environment) {
        enabled = environment.getProperty("programdesk.schema.skip-unchanged", Boolean.class, true);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (enabled && bean instanceof SpringLiquibase liquibase && !liquibase.isDropFirst()) {
            String fingerprint = fingerprint(liquibase);
            if (fingerprint != null && fingerprint.equals(recorded(liquibase.getDataSource()))) {
                LOG.info("The database has every change set of this build (schema fingerprint {}): Liquibase not run",
                        fingerprint.substring(0, 12));
                liquibase.setShouldRun(false);
                fingerprint = null;
            }
            toRecord = fingerprint;
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && toRecord != null && LiquibaseCommandLineConfiguration.SHOULD_RUN.getCurrentValue()) {
            record(liquibase.getDataSource(), toRecord);
            toRecord = null;
        }
        return bean;
    }

    /**
     * SHA-256 of the master change log, each file it includes, the contexts and the labels; null when the change log is
     * not one this can follow (another format than a list of included files), which lets Liquibase run every time.
     */
    static @Nullable String fingerprint(SpringLiquibase liquibase) {
        try {
            ResourceLoader loader = Objects.requireNonNull(liquibase.getResourceLoader(), "resource loader");
            Resource master = loader.getResource(liquibase.getChangeLog());
            String masterText = new String(read(master), StandardCharsets.UTF_8);
            if (!masterText.stripLeading().startsWith("databaseChangeLog:") || masterText.contains("includeAll")) {
                return null;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(masterText.getBytes(StandardCharsets.UTF_8));
            digest.update(("\0" + liquibase.getContexts() + "\0" + liquibase.getLabelFilter() + "\0").getBytes(StandardCharsets.UTF_8));
            Matcher included = INCLUDED_FILE.matcher(masterText);
            while (included.find()) {
                digest.update(included.group(1).getBytes(StandardCharsets.UTF_8));
                digest.update(read(master.createRelative(included.group(1))));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the change log's fingerprint; Liquibase checks every change set: {}", e.toString());
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The fingerprint the last migration wrote; null when there is none (a new database, or one older than the table). */
    private static @Nullable String recorded(@Nullable DataSource dataSource) {
        if (dataSource == null) {
            return null;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection)) {
                return null;
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT fingerprint FROM schema_fingerprint WHERE id = 1");
                    ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            LOG.warn("Could not read the schema's fingerprint; Liquibase checks every change set: {}", e.toString());
            return null;
        }
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'schema_fingerprint'""");
                ResultSet row = select.executeQuery()) {
            return row.next() && row.getInt(1) > 0;
        }
    }

    private static void record(@Nullable DataSource dataSource, String fingerprint) {
        if (dataSource == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO schema_fingerprint (id, fingerprint) VALUES (1, ?)
                        ON DUPLICATE KEY UPDATE fingerprint = VALUE(fingerprint), recorded_at = CURRENT_TIMESTAMP""")) {
            upsert.setString(1, fingerprint);
            upsert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("Could not record the schema's fingerprint; the next start checks every change set again: {}", e.toString());
        }
    }
}
