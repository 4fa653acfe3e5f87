package com.programdesk.supervision.rounds.domain;

/** Who runs a round: the bureau visiting institutions (督导), or one institution checking itself (机构自查). */
public enum RoundKind {
    SUPERVISION, SELF_INSPECTION;

    public String messageKey() {
        return "round.kind." + name();
    }
}
