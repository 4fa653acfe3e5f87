package com.programdesk.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.programdesk.testsupport.Browser;
import com.programdesk.testsupport.PackagedApp;
import com.programdesk.testsupport.Sql;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An operator points the packaged app at an existing MariaDB (SPRING_DATASOURCE_URL): no embedded
 * server, no demo data, and a first administrator only with a password from the environment.
 * The "existing" server is a MariaDB started here, in its own process, before the app.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalDatabaseIT {

    private static final String ADMIN_PASSWORD = "Operator-Chosen-2026";
    private static EmbeddedMariaDb server;

    @BeforeAll
    static void startExistingServer() {
        server = new EmbeddedMariaDb(PackagedApp.emptyDataFolder("external-mariadb"), "programdesk").start(0);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void withoutAnAdminPasswordTheAppRefusesToStartAndSaysWhatToDo() {
        try (PackagedApp app = PackagedApp.launch("external-db-no-password", PackagedApp.emptyDataFolder("external-app-1"),
                datasource())) {
            assertThat(app.awaitExit()).isNotZero();
            assertThat(app.logText())
                    .contains("APPLICATION FAILED TO START")
                    .contains("PROGRAMDESK_ADMIN_PASSWORD is not set")
                    .doesNotContain("Embedded MariaDB ready");
        }
        assertThat(Sql.column(server.jdbcUrl(), server.password(), "SELECT username FROM app_user")).isEmpty();
    }

    @Test
    @Order(2)
    void withAnAdminPasswordOnlyTheAdministratorIsCreatedAndCanLogIn() {
        Map<String, String> environment = new java.util.HashMap<>(datasource());
        environment.put("PROGRAMDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        try (PackagedApp app = PackagedApp.launch("external-db", PackagedApp.emptyDataFolder("external-app-2"), environment)
                .awaitReady();
             Browser browser = new Browser()) {
            assertThat(app.logText()).contains("Created the first administrator 'admin'")
                    .doesNotContain("Embedded MariaDB ready").doesNotContain("Loaded the demo organisations");
            assertThat(Sql.column(server.jdbcUrl(), server.password(), "SELECT username FROM app_user")).containsExactly("admin");
            assertThat(Sql.column(server.jdbcUrl(), server.password(), "SELECT COUNT(*) FROM institution")).containsExactly("0");

            Page page = browser.newUser();
            Browser.logIn(page, app, "admin", ADMIN_PASSWORD);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByText("您好，")).isVisible();
            page.context().close();
        }
    }

    private static Map<String, String> datasource() {
        return Map.of("SPRING_DATASOURCE_URL", server.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "root",
                "SPRING_DATASOURCE_PASSWORD", server.password());
    }
}
