package com.programdesk.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.PackagedApp;
import com.programdesk.testsupport.Sql;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded MariaDB looks after itself: one app per data folder, and recovery after kill -9. */
class EmbeddedDatabaseLifecycleIT {

    @Test
    void secondInstanceIsRefusedAndAKilledAppRecoversWithItsDataOnTheNextStart() {
        Path data = PackagedApp.emptyDataFolder("lifecycle");
        int databasePort = PackagedApp.freePort();
        String database = "jdbc:mariadb://127.0.0.1:" + databasePort + "/programdesk";

        try (PackagedApp first = PackagedApp.launch("lifecycle-1", data, Map.of(),
                "--programdesk.embedded-db.port=" + databasePort).awaitReady()) {
            Sql.update(database, Sql.password(data), "UPDATE institution SET contact_person = '存活标记' WHERE code = 'YQ-QC'");

            try (PackagedApp second = PackagedApp.launch("lifecycle-2", data, Map.of())) {
                assertThat(second.awaitExit()).isNotZero();
                assertThat(second.logText()).contains("Another Program Desk is already running on the data folder");
            }
            first.awaitReady();

            first.killHard();
            assertThat(Sql.accepts(database)).as("MariaDB outlives the killed app").isTrue();
        }

        try (PackagedApp third = PackagedApp.launch("lifecycle-3", data, Map.of(),
                "--programdesk.embedded-db.port=" + databasePort).awaitReady()) {
            assertThat(third.logText()).contains("left running by an earlier Program Desk");
            assertThat(Sql.column(database, Sql.password(data), "SELECT contact_person FROM institution WHERE code = 'YQ-QC'"))
                    .containsExactly("存活标记");
            assertThat(Sql.column(database, Sql.password(data), "SELECT COUNT(*) FROM app_user")).containsExactly("15");
        }
        assertThat(stopsAcceptingWithin(database, Duration.ofSeconds(30))).as("stopping the app stops MariaDB").isTrue();
    }

    private static boolean stopsAcceptingWithin(String database, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!Sql.accepts(database)) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
