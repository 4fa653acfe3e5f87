package com.programdesk.memberevent.domain;

/** One branch on one day (e.g. 5.29): the events it logged for that day, or none yet (未报送). */
public record BranchOnDay(long branchId, String branchName, int events, String titles, int members, int others) {

    public boolean reported() {
        return events > 0;
    }
}
