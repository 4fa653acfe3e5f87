package com.programdesk.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the shared test MariaDB with demo data. Every test class using it
 * shares one Spring context, so the suite starts the application once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// tests write straight into the database too, so nothing is shared across requests (SharedCaches; QueriesPerViewTest shares);
// the tests deliver the outbox themselves (no delivery job in between), and robots post to local servers
@SpringBootTest(properties = {"programdesk.shared-caches.fresh-for=0s", "programdesk.messaging.jobs=false",
        "programdesk.robots.allowed-hosts=127.0.0.1"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface ProgramDeskTest {
}
