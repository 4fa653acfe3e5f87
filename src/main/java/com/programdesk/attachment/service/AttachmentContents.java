package com.programdesk.attachment.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the contents of attachments live, once per SHA-256. In the database ({@link DatabaseContents}),
 * so that every app node of a cluster reads what any node stored; a shared file store could take
 * its place behind this interface.
 */
interface AttachmentContents {

    /** Stores {@code file} under its digest unless that content is stored already; within the caller's transaction where the store has one. */
    void store(String sha256, Path file) throws IOException;

    boolean contains(String sha256);

    /** Deletes the content stored under the digest unless an attachment still refers to it (the same file attached twice). */
    void forgetUnreferenced(String sha256);

    /** The content stored under the digest; the caller closes the stream. */
    Optional<InputStream> open(String sha256);
}
