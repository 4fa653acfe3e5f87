package com.programdesk.attachment.service;

import org.springframework.security.access.AccessDeniedException;

/**
 * A feature whose records carry attachments says who may read and add them, by the same rules as
 * the records themselves (e.g. an institution user only for its own institution's tasks).
 */
public interface AttachmentOwners {

    boolean supports(String ownerType);

    /** Throws AccessDeniedException unless the logged-in user may see the record. */
    void requireReadable(long ownerId);

    /** Throws AccessDeniedException unless the logged-in user may attach files to the record. */
    void requireWritable(long ownerId);

    /**
     * Throws AccessDeniedException unless the logged-in user may remove files from the record. By default nobody may: evidence
     * under review and a document's versions stay as they were handed in. Records whose files are working material are
     * {@link WorkingFiles}.
     */
    default void requireRemovable(long ownerId) {
        throw new AccessDeniedException("The files of this record stay as they were handed in");
    }

    /** Called after the logged-in user opened one of the record's files (e.g. a verifier looked at the evidence). */
    default void opened(long ownerId) {
    }
}
