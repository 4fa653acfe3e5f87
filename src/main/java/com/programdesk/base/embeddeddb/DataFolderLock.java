package com.programdesk.base.embeddeddb;

import com.programdesk.base.service.StartupProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS file lock on the data folder, held for the life of the JVM.
 * The OS drops it when the process dies, even on {@code kill -9}, so holding it
 * proves that no other living Program Desk uses this folder.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path folder) {
        Path lockFile = folder.resolve("programdesk.lock");
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StartupProblem(
                        "Another Program Desk is already running on the data folder " + folder.toAbsolutePath() + ".",
                        "Stop the other instance first, or start this one with another folder (--programdesk.data-dir=...).");
            }
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new StartupProblem("Cannot lock the data folder " + folder.toAbsolutePath() + ": " + e.getMessage(),
                    "Check that the folder exists and is writable by this user, or choose another with --programdesk.data-dir=...", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock when the process exits anyway
        }
    }
}
