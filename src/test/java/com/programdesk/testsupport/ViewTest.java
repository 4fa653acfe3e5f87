package com.programdesk.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A browserless view test on the real application and database, acting as one demo user at a time. */
@ProgramDeskTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected DemoUsers demoUsers;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestData testData;

    @AfterEach
    void logout() {
        demoUsers.logout();
    }

    protected void clickButton(String text) {
        test($(Button.class).withText(text).single()).click();
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
