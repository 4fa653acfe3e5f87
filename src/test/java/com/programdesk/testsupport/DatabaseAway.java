package com.programdesk.testsupport;

import java.sql.SQLTransientConnectionException;
import org.springframework.dao.TransientDataAccessResourceException;

/** What a read meets when the database cannot be reached: no connection from the pool within its timeout. */
public final class DatabaseAway {

    private DatabaseAway() {
    }

    public static RuntimeException noConnection() {
        return new TransientDataAccessResourceException("select",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"));
    }
}
