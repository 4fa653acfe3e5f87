package com.programdesk.attachment.domain;

import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Metadata of one uploaded file; the content is stored once per SHA-256 under the data folder. */
@Table("attachment")
public record Attachment(@Id Long id, String ownerType, long ownerId, String sha256, long sizeBytes, String contentType,
                         String fileName, String uploadedBy, LocalDateTime uploadedAt) {
}
