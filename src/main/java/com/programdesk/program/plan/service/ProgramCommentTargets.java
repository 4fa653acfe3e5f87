package com.programdesk.program.plan.service;

import com.programdesk.expertise.domain.CommentTarget;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.expertise.service.CommentTargets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Expert comments on a program: its experts and the bureau comment on the program page. */
@Component
class ProgramCommentTargets implements CommentTargets {

    private final ProgramService programs;

    ProgramCommentTargets(ProgramService programs) {
        this.programs = programs;
    }

    @Override
    public CommentTargetKind kind() {
        return CommentTargetKind.PROGRAM;
    }

    @Override
    public Optional<CommentTarget> resolve(long targetId) {
        return programs.find(targetId).map(p -> new CommentTarget(kind(), targetId, p.getId(), "programs/" + targetId, p.getTitle()));
    }
}
