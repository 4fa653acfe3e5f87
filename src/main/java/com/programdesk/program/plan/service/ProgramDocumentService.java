package com.programdesk.program.plan.service;

import com.programdesk.attachment.domain.Attachment;
import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.program.plan.domain.DocumentVersions;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramDocument;
import com.programdesk.program.plan.domain.ProgramDocumentRepository;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.security.service.CurrentUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's documents and their versions. Whoever reads the program reads its documents; the
 * bureau adds documents and versions while the program is not closed. A file is checked by the
 * attachment feature (name, size, type); a refused file leaves no document behind.
 */
@Service
@Transactional(readOnly = true)
public class ProgramDocumentService {

    private final ProgramDocumentRepository documents;
    private final ProgramService programs;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgramDocumentService(ProgramDocumentRepository documents, ProgramService programs, AttachmentService attachments,
                           AuditService audit, CurrentUser currentUser, Clock clock) {
        this.documents = documents;
        this.programs = programs;
        this.attachments = attachments;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The program's documents in the order they were added, each with its versions newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<DocumentVersions> documents(long programId) {
        if (programs.find(programId).isEmpty()) {
            return List.of();
        }
        return documents.findByProgramIdOrderByCreatedAtAscIdAsc(programId).stream().map(document -> {
            List<Attachment> versions = new ArrayList<>(attachments.of(ProgramDocument.OWNER, document.getId()));
            Collections.reverse(versions);
            return new DocumentVersions(document, List.copyOf(versions));
        }).toList();
    }

    /** Adds a document with its first version; a missing or taken title, or a refused file, saves nothing. */
    @PreAuthorize(ProgramService.PLANNERS)
    @Transactional
    public ProgramDocument add(long programId, String title, String fileName, Path file) {
        Program program = writable(programId);
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            throw new InvalidFieldException("title", "validation.required");
        }
        if (name.length() > ProgramDocument.TITLE_MAX) {
            throw new InvalidFieldException("title", "programDocument.error.titleTooLong");
        }
        if (documents.existsByProgramIdAndTitle(program.getId(), name)) {
            throw new InvalidFieldException("title", "programDocument.error.titleTaken");
        }
        if (file == null) {
            throw new InvalidFieldException("file", "programDocument.error.noFile");
        }
        ProgramDocument saved = documents.save(new ProgramDocument(program.getId(), name, currentUser.actorName(), LocalDateTime.now(clock)));
        attachments.store(ProgramDocument.OWNER, saved.getId(), fileName, file);
        audit.record(AuditAction.CREATE, AuditedEntity.PROGRAM, program.getId(), "document: " + name + ", file: " + fileName);
        return saved;
    }

    /** Uploads a new version of a document; the earlier versions stay downloadable. */
    @PreAuthorize(ProgramService.PLANNERS)
    @Transactional
    public Attachment addVersion(long documentId, String fileName, Path file) {
        ProgramDocument document = documents.findById(documentId).orElseThrow(() -> new AccessDeniedException("No document " + documentId));
        writable(document.getProgramId());
        return attachments.store(ProgramDocument.OWNER, documentId, fileName, file);
    }

    private Program writable(long programId) {
        Program program = programs.find(programId).orElseThrow(() -> new AccessDeniedException("No program " + programId));
        if (program.getStatus() == ProgramStatus.CLOSED) {
            throw new InvalidFieldException("title", "program.error.closed");
        }
        return program;
    }
}
