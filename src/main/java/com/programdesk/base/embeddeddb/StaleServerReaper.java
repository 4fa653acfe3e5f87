package com.programdesk.base.embeddeddb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a MariaDB server left behind by an earlier run that was killed hard.
 * Only called while we hold the {@link DataFolderLock}, so a server recorded in the
 * pid file cannot belong to a living Program Desk.
 */
final class StaleServerReaper {

    private static final Logger log = LoggerFactory.getLogger(StaleServerReaper.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private StaleServerReaper() {
    }

    static void stopLeftoverServer(Path pidFile, Path dataDir) {
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(process -> isMariaDbOn(process, dataDir))
                .ifPresent(process -> {
                    log.warn("Stopping a MariaDB server (pid {}) left running by an earlier Program Desk that did not shut down cleanly", process.pid());
                    process.destroy();
                    if (!waitForExit(process, GRACE)) {
                        process.destroyForcibly();
                        waitForExit(process, GRACE);
                    }
                });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            log.warn("Cannot delete stale pid file {}: {}", pidFile, e.getMessage());
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isMariaDbOn(ProcessHandle process, Path dataDir) {
        // /proc/<pid>/cmdline is NUL-separated; ProcessHandle.Info may truncate arguments
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            String args = Files.readString(cmdline, StandardCharsets.UTF_8).replace('\0', ' ');
            return args.contains("mariadbd") && args.contains(dataDir.toAbsolutePath().normalize().toString());
        } catch (IOException e) {
            return process.info().command().map(c -> c.endsWith("mariadbd")).orElse(false);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
