package com.programdesk.base.embeddeddb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The embedded MariaDB's root password: generated once, kept in {@code mariadb/root-password} of the
 * data folder, readable by the owner only. The server checks it with its grant tables; nothing on
 * the host logs in without it (earlier versions ran MariaDB without grant tables).
 */
final class RootPassword {

    static final String FILE_NAME = "root-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private RootPassword() {
    }

    /** The password kept in {@code folder}, created on first use (also for a data folder of an earlier version). */
    static String readOrCreate(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException raced) {
                // cannot happen under the data folder lock; read what is there
            }
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        String password = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty; delete it to have a new password generated");
        }
        return password;
    }

    /** The server's files are the data at rest: no other local user reads them. */
    static void restrictToOwner(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
    }

    /**
     * SQL the server runs at start-up, before it accepts connections: root gets the password on every
     * address it can log in from, anonymous accounts go. Idempotent, so it runs on every start and
     * also migrates a data folder of an earlier version. Hex passwords need no quoting.
     */
    static String initSql(String password) {
        String identified = " IDENTIFIED BY '" + password + "';\n";
        return "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'" + identified
                + "ALTER USER 'root'@'127.0.0.1'" + identified
                + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n"
                + "ALTER USER IF EXISTS 'root'@'localhost'" + identified
                + "ALTER USER IF EXISTS 'root'@'::1'" + identified
                + "ALTER USER IF EXISTS 'root'@'%'" + identified
                + "DROP USER IF EXISTS ''@'localhost';\n"
                + "DROP USER IF EXISTS ''@'%';\n";
    }
}
