package com.programdesk.supervision.findings.service;

import com.programdesk.attachment.service.AttachmentOwners;
import com.programdesk.supervision.findings.domain.Correction;
import com.programdesk.supervision.findings.domain.Finding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Evidence files of a correction follow the finding's rules: the bureau and the finding's institution
 * read them; that institution adds them while the correction awaits review. Opening one counts as
 * having looked at the evidence, which verifying requires.
 */
@Component
class CorrectionEvidence implements AttachmentOwners {

    private final ObjectProvider<FindingService> findings;

    /**
     * Looked up on use: the finding service stores evidence through the attachment service, which asks this policy back.
     * (Not {@code @Lazy}: its proxy of an already proxied class fails in Spring AOT mode, deploy/start.sh.)
     */
    CorrectionEvidence(ObjectProvider<FindingService> findings) {
        this.findings = findings;
    }

    @Override
    public boolean supports(String ownerType) {
        return FindingService.EVIDENCE.equals(ownerType);
    }

    @Override
    public void requireReadable(long correctionId) {
        findings.getObject().requireCorrection(correctionId);
    }

    @Override
    public void requireWritable(long correctionId) {
        Correction correction = findings.getObject().requireCorrection(correctionId);
        Finding finding = findings.getObject().find(correction.getFindingId()).orElseThrow();
        if (!correction.isPending() || !findings.getObject().isOwnInstitution(finding)) {
            throw new AccessDeniedException("Only the finding's institution adds evidence to a correction under review");
        }
    }

    @Override
    public void opened(long correctionId) {
        findings.getObject().evidenceOpened(correctionId);
    }
}
