package com.programdesk.testsupport;

import com.programdesk.base.embeddeddb.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real MariaDB for the whole test run (the same embedded server the app uses), started on
 * first use with an empty data folder so every run begins from a fresh schema and demo data.
 */
public final class TestDatabase {

    private static final Path FOLDER = Path.of("target", "test-mariadb");
    private static EmbeddedMariaDb database;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (database == null) {
            deleteData();
            database = new EmbeddedMariaDb(FOLDER, "programdesk").start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "test-mariadb-stop"));
        }
        return database.jdbcUrl();
    }

    /** The root password the server generated into its data folder. */
    public static synchronized String password() {
        jdbcUrl();
        return database.password();
    }

    /** Keeps the unpacked binaries, drops the data of the previous run. */
    private static void deleteData() {
        deleteRecursively(FOLDER.resolve("mariadb").resolve("data"));
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
