package com.programdesk.attachment.service;

/**
 * The files of a record that are its own working material (a case's photos, an event's or a visit's photos): whoever may add
 * files takes a wrong one out again, while they may add.
 */
public interface WorkingFiles extends AttachmentOwners {

    @Override
    default void requireRemovable(long ownerId) {
        requireWritable(ownerId);
    }
}
