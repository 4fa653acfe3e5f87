package com.programdesk.supervision.findings.service;

import com.programdesk.expertise.domain.CommentTarget;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.expertise.service.CommentTargets;
import com.programdesk.supervision.findings.domain.Finding;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Expert comments on a finding: the experts of its round's program and the bureau comment; whoever sees the finding reads them. */
@Component
class FindingCommentTargets implements CommentTargets {

    private final FindingService findings;

    FindingCommentTargets(FindingService findings) {
        this.findings = findings;
    }

    @Override
    public CommentTargetKind kind() {
        return CommentTargetKind.FINDING;
    }

    @Override
    public Optional<CommentTarget> resolve(long targetId) {
        return findings.visible(targetId).map(f -> withProgram(target(kind(), targetId, f), findings.programOf(f)));
    }

    static CommentTarget target(CommentTargetKind kind, long targetId, Finding finding) {
        String subject = finding.getCategory() + "：" + finding.getDescription();
        return new CommentTarget(kind, targetId, null, "findings/" + finding.getId(), subject.length() <= 80 ? subject : subject.substring(0, 79) + "…");
    }

    /** Expert comments on a correction the institution submitted: shown with the finding. */
    @Component
    static class Corrections implements CommentTargets {

        private final FindingService findings;

        Corrections(FindingService findings) {
            this.findings = findings;
        }

        @Override
        public CommentTargetKind kind() {
            return CommentTargetKind.CORRECTION;
        }

        @Override
        public Optional<CommentTarget> resolve(long targetId) {
            return findings.findingOfCorrection(targetId).map(f -> withProgram(target(kind(), targetId, f), findings.programOf(f)));
        }
    }

    static CommentTarget withProgram(CommentTarget target, Long programId) {
        return new CommentTarget(target.kind(), target.id(), programId, target.route(), target.subject());
    }
}
