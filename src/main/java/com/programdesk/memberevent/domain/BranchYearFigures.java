package com.programdesk.memberevent.domain;

/** One branch's events of a year: how many, how many took part, and how many of each type. */
public record BranchYearFigures(long branchId, String branchName, int events, int members, int others,
                                int memberDays, int trainings, int homeVisits, int campaigns, int otherEvents) {

    public int participants() {
        return members + others;
    }
}
