package com.programdesk.attachment.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachment contents in the table {@code attachment_content} (LONGBLOB, one row per SHA-256),
 * written in the transaction that stores the attachment's row, so both replicate together.
 *
 * <p>A download reads the content in one go: MariaDB Connector/J reads a whole row into memory
 * before the application sees it (also through {@code getBlob}/{@code getBinaryStream}), so a
 * stream would not keep a 20 MB file out of the heap, and it could not outlive the transaction
 * that audits the download. The file sizes are bounded by the upload limit (20 MB by default).
 */
@Component
class DatabaseContents implements AttachmentContents {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    DatabaseContents(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @Override
    public void store(String sha256, Path file) throws IOException {
        if (contains(sha256)) {
            return;
        }
        long size = Files.size(file);
        try (InputStream content = Files.newInputStream(file)) {
            // IGNORE: another upload of the same content may have stored it meanwhile
            template.update("INSERT IGNORE INTO attachment_content (sha256, size_bytes, content, stored_at) VALUES (?, ?, ?, ?)", statement -> {
                statement.setString(1, sha256);
                statement.setLong(2, size);
                statement.setBinaryStream(3, content, size);
                statement.setObject(4, LocalDateTime.now(clock));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean contains(String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM attachment_content WHERE sha256 = ?").param(sha256).query(Long.class).single() > 0;
    }

    @Override
    public void forgetUnreferenced(String sha256) {
        jdbc.sql("DELETE FROM attachment_content WHERE sha256 = :sha AND NOT EXISTS (SELECT 1 FROM attachment WHERE sha256 = :sha)")
                .param("sha", sha256).update();
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        return jdbc.sql("SELECT content FROM attachment_content WHERE sha256 = ?").param(sha256)
                .query((rs, n) -> (InputStream) new ByteArrayInputStream(rs.getBytes(1))).optional();
    }
}
