package com.programdesk.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the shared test MariaDB and the test SMTP server ({@link TestMail}) and asks for the demo data. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("programdesk-test-database", Map.of(
                "spring.datasource.url", TestDatabase.jdbcUrl(),
                "spring.datasource.username", "root",
                "spring.datasource.password", TestDatabase.password(),
                "programdesk.demo-data", "true",
                "programdesk.data-dir", "target/test-data",
                "programdesk.notifications.reminders", "false",
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(TestMail.port()),
                "programdesk.mail.from", "program-desk@portal.test",
                "programdesk.public-url", TestMail.PUBLIC_URL)));
    }
}
