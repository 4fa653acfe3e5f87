package com.programdesk.program.plan.service;

import com.programdesk.attachment.service.AttachmentOwners;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramDocument;
import com.programdesk.program.plan.domain.ProgramDocumentRepository;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.security.domain.Role;
import com.programdesk.security.service.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The versions of a program document follow the program's rules: its readers read them; the bureau adds them while it runs. */
@Component
class ProgramDocumentAttachments implements AttachmentOwners {

    private final ProgramDocumentRepository documents;
    private final ProgramService programs;
    private final CurrentUser currentUser;

    ProgramDocumentAttachments(ProgramDocumentRepository documents, ProgramService programs, CurrentUser currentUser) {
        this.documents = documents;
        this.programs = programs;
        this.currentUser = currentUser;
    }

    @Override
    public boolean supports(String ownerType) {
        return ProgramDocument.OWNER.equals(ownerType);
    }

    @Override
    public void requireReadable(long documentId) {
        program(documentId);
    }

    @Override
    public void requireWritable(long documentId) {
        Program program = program(documentId);
        Role role = currentUser.require().role();
        if ((role != Role.ADMIN && role != Role.COORDINATOR) || program.getStatus() == ProgramStatus.CLOSED) {
            throw new AccessDeniedException("Only the bureau adds versions to the documents of a running program");
        }
    }

    private Program program(long documentId) {
        ProgramDocument document = documents.findById(documentId).orElseThrow(() -> new AccessDeniedException("No document " + documentId));
        return programs.find(document.getProgramId()).orElseThrow(() -> new AccessDeniedException("No program " + document.getProgramId()));
    }
}
