package com.programdesk.attachment.service;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.attachment.domain.AttachmentRepository;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to records (task submissions, correction evidence). Contents are stored once per
 * SHA-256 ({@link AttachmentContents}: in the database, readable from every app node); only PDF,
 * JPEG, PNG, DOCX and XLSX are accepted, recognised by content; reading follows the owning record's
 * rules; every download is audited.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    public static final int FILE_NAME_MAX = 200;
    /** Path separators, parent references and control characters have no place in a file's name. */
    private static final Pattern FORGED_NAME = Pattern.compile(".*([/\\\\]|\\.\\.|\\p{Cntrl}|^\\.).*");

    private final AttachmentRepository repository;
    private final List<AttachmentOwners> owners;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AttachmentContents contents;
    private final long maxBytes;

    AttachmentService(AttachmentRepository repository, List<AttachmentOwners> owners, AuditService audit, CurrentUser currentUser,
                      Clock clock, AttachmentContents contents,
                      @Value("${programdesk.attachments.max-size-mb:20}") long maxMegabytes) {
        this.repository = repository;
        this.owners = owners;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.contents = contents;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    @WithoutAuthorization("a configuration value shown next to the upload field")
    public long maxMegabytes() {
        return maxBytes / 1024 / 1024;
    }

    /** Stores an uploaded file for a record; refuses forged names, oversized files and other types, storing nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Attachment store(String ownerType, long ownerId, String fileName, Path upload) {
        policy(ownerType).requireWritable(ownerId);
        String name = fileName == null ? "" : fileName.strip();
        FileKind kind = check(name, upload);
        try {
            long size = Files.size(upload);
            String sha256 = Digests.sha256(upload);
            contents.store(sha256, upload);
            Attachment saved = repository.save(new Attachment(null, ownerType, ownerId, sha256, size, kind.contentType(), name,
                    currentUser.actorName(), LocalDateTime.now(clock)));
            audit.record(AuditAction.CREATE, AuditedEntity.ATTACHMENT, saved.id(), "file: " + name + ", owner: " + ownerType + " " + ownerId);
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a file picked in a form before its record is saved (a new record's photos): the same name, size and type
     * rules as {@link #store}, refused with {@link InvalidFieldException} at {@code file}; nothing is stored.
     */
    @PreAuthorize("isAuthenticated()")
    public void requireAcceptable(String fileName, Path upload) {
        check(fileName == null ? "" : fileName.strip(), upload);
    }

    private FileKind check(String name, Path upload) {
        if (name.isEmpty() || name.length() > FILE_NAME_MAX || FORGED_NAME.matcher(name).matches()) {
            throw new InvalidFieldException("file", "attachment.error.name");
        }
        try {
            if (Files.size(upload) > maxBytes) {
                throw new InvalidFieldException("file", "attachment.error.tooLarge");
            }
            return FileKind.of(upload).orElseThrow(() -> new InvalidFieldException("file", "attachment.error.type"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<Attachment> of(String ownerType, long ownerId) {
        policy(ownerType).requireReadable(ownerId);
        return repository.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(ownerType, ownerId);
    }

    /** Whether the logged-in user may remove files from the record (see {@link AttachmentOwners#requireRemovable}). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRemove(String ownerType, long ownerId) {
        try {
            policy(ownerType).requireRemovable(ownerId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Removes a file from its record, audited; its content goes too unless the same file is attached elsewhere. A file removed
     * meanwhile (by a colleague, in another tab) is gone already: nothing happens.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long attachmentId) {
        repository.findById(attachmentId).ifPresent(attachment -> {
            policy(attachment.ownerType()).requireRemovable(attachment.ownerId());
            repository.delete(attachment);
            contents.forgetUnreferenced(attachment.sha256());
            audit.record(AuditAction.DELETE, AuditedEntity.ATTACHMENT, attachment.id(),
                    "file: " + attachment.fileName() + ", owner: " + attachment.ownerType() + " " + attachment.ownerId());
        });
    }

    /** Opens a file for download if the user may see its record; the download is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public StoredFile open(long attachmentId) {
        Attachment attachment = repository.findById(attachmentId).orElseThrow(() -> new AccessDeniedException("No attachment " + attachmentId));
        AttachmentOwners owner = policy(attachment.ownerType());
        owner.requireReadable(attachment.ownerId());
        owner.opened(attachment.ownerId());
        audit.record(AuditAction.DOWNLOAD, AuditedEntity.ATTACHMENT, attachment.id(), "file: " + attachment.fileName());
        InputStream content = contents.open(attachment.sha256())
                .orElseThrow(() -> new IllegalStateException("The content of attachment " + attachment.id() + " is missing"));
        return new StoredFile(attachment.fileName(), attachment.contentType(), attachment.sizeBytes(), content);
    }

    private AttachmentOwners policy(String ownerType) {
        return owners.stream().filter(o -> o.supports(ownerType)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Nothing may be attached to " + ownerType));
    }

}
