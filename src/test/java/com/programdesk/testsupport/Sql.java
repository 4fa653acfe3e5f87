package com.programdesk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for integration tests that look into a MariaDB the application under test owns. */
public final class Sql {

    private Sql() {
    }

    public static List<String> column(String jdbcUrl, String query) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
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

    public static int update(String jdbcUrl, String statementText) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate(statementText);
        } catch (SQLException e) {
            throw new AssertionError(statementText + " failed: " + e.getMessage(), e);
        }
    }

    public static boolean accepts(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl + "?connectTimeout=2000", "root", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
