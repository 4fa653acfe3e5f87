package com.programdesk.supervision.reports.service;

import com.programdesk.expertise.domain.CommentTarget;
import com.programdesk.expertise.domain.CommentTargetKind;
import com.programdesk.expertise.service.CommentTargets;
import com.programdesk.supervision.rounds.service.RoundService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Expert comments on a round's report (督导报告), beside the report on the round page; the target id is the round's. */
@Component
class RoundReportCommentTargets implements CommentTargets {

    private final RoundService rounds;

    RoundReportCommentTargets(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public CommentTargetKind kind() {
        return CommentTargetKind.ROUND_REPORT;
    }

    @Override
    public Optional<CommentTarget> resolve(long targetId) {
        return rounds.find(targetId).map(r -> new CommentTarget(kind(), targetId, r.getProgramId(), "supervision/" + targetId, r.getTitle()));
    }
}
