package com.programdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC for integration tests that look into a MariaDB the application under test owns, as
 * root with the password the embedded server keeps in its data folder ({@link #password(Path)}).
 */
public final class Sql {

    private Sql() {
    }

    /** The embedded MariaDB's root password in a data folder (programdesk.data-dir). */
    public static String password(Path dataFolder) {
        try {
            return Files.readString(dataFolder.resolve("mariadb").resolve("root-password")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> column(String jdbcUrl, String password, String query) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError(query + " failed: " + e.getMessage(), e);
        }
    }

    public static int update(String jdbcUrl, String password, String statementText) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", password);
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate(statementText);
        } catch (SQLException e) {
            throw new AssertionError(statementText + " failed: " + e.getMessage(), e);
        }
    }

    /** Whether the server answers at all: a refused login counts as an answer. */
    public static boolean accepts(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl + "?connectTimeout=2000", "root", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return e.getMessage() != null && e.getMessage().contains("Access denied");
        }
    }
}
