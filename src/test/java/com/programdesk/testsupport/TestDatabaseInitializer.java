package com.programdesk.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the shared test MariaDB and asks for the demo data; e-mail at {@link TestMail}. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("programdesk-test-database", Map.ofEntries(
                Map.entry("spring.datasource.url", TestDatabase.jdbcUrl()),
                Map.entry("spring.datasource.username", "root"),
                Map.entry("spring.datasource.password", TestDatabase.password()),
                Map.entry("programdesk.demo-data", "true"),
                Map.entry("programdesk.data-dir", "target/test-data"),
                Map.entry("programdesk.notifications.reminders", "false"),
                // e-mail goes to the test JVM's SMTP server; the tests deliver the outbox themselves; robots post to local servers
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", String.valueOf(TestMail.port())),
                Map.entry("programdesk.messaging.jobs", "false"),
                Map.entry("programdesk.public-url", "https://portal.test"),
                Map.entry("programdesk.robots.allowed-hosts", "127.0.0.1"))));
    }
}
