package com.programdesk.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

/** A user whose action finds the database unreachable reads that it is unavailable for now, no internals. */
class DatabaseUnavailableMessageTest extends ViewTest {

    @Test
    void noConnectionWithinTheTimeoutIsShownAsTheDatabaseBeingUnavailable() {
        demoUsers.login("coordinator");
        navigate("institutions", Component.class);

        ErrorHandling.handle(new ErrorEvent(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"))));
        roundTrip();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("数据库暂时不可用，请稍后再试。");
    }

    @Test
    void aGaleraNodeWithoutQuorumIsShownTheSameWay() {
        demoUsers.login("mch.staff");
        navigate("institutions", Component.class);

        ErrorHandling.handle(new ErrorEvent(new UncategorizedSQLException("saving a report", "UPDATE stat_report ...",
                new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047))));
        roundTrip();

        String shown = test($(Notification.class).last()).getText();
        assertThat(shown).isEqualTo("数据库暂时不可用，请稍后再试。").doesNotContain("WSREP").doesNotContain("SQL");
    }

    @Test
    void aDownloadThatFindsNoDatabaseTellsThePageItWasClickedOn() {
        demoUsers.login("coordinator");
        Component view = navigate("institutions", Component.class);
        UI page = UI.getCurrent();

        UI.setCurrent(null); // a download is answered outside the page's own requests (base.ui.Downloads)
        try {
            ErrorHandling.handle(new ErrorEvent(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available")), view.getElement().getNode()));
        } finally {
            UI.setCurrent(page);
        }
        roundTrip();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("数据库暂时不可用，请稍后再试。");
    }
}
