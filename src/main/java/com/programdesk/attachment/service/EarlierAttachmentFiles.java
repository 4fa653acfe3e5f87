package com.programdesk.attachment.service;

import com.programdesk.base.service.BeforeFirstRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Earlier versions kept attachment contents as files under {@code <data-dir>/attachments}, named by
 * their SHA-256. At start-up every such file whose content the database does not hold yet is copied
 * in (the file stays where it is); a file whose content does not match its name is left out and
 * logged. Running it again copies nothing. Before the first request, so that no download finds its content missing.
 */
@Component
class EarlierAttachmentFiles extends BeforeFirstRequest {

    private static final Logger log = LoggerFactory.getLogger(EarlierAttachmentFiles.class);
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    private final AttachmentContents contents;
    private final Path folder;

    EarlierAttachmentFiles(AttachmentContents contents, @Value("${programdesk.data-dir:./data}") Path dataFolder) {
        this.contents = contents;
        this.folder = dataFolder.resolve("attachments").toAbsolutePath();
    }

    @Override
    protected void prepare() {
        copyIn();
    }

    /** Returns how many contents were copied into the database. */
    int copyIn() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(f -> DIGEST.matcher(f.getFileName().toString()).matches()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int copied = 0;
        for (Path file : files) {
            String sha256 = file.getFileName().toString();
            if (contents.contains(sha256)) {
                continue;
            }
            try {
                if (!sha256.equals(Digests.sha256(file))) {
                    log.warn("Attachment file {} does not hold the content its name says; not copied into the database", file);
                    continue;
                }
                contents.store(sha256, file);
                copied++;
            } catch (IOException e) {
                log.warn("Attachment file {} could not be read; not copied into the database: {}", file, e.toString());
            }
        }
        if (copied > 0) {
            log.info("Attachments: {} contents of earlier versions copied from {} into the database (the files stay there)", copied, folder);
        }
        return copied;
    }
}
