package com.programdesk.expertise.domain;

/** What an expert comments on (专家意见): a finding, a correction, a round's report, a program. */
public enum CommentTargetKind {
    FINDING, CORRECTION, ROUND_REPORT, PROGRAM;

    public String messageKey() {
        return "comment.target." + name();
    }
}
