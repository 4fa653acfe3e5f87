package com.programdesk.memberevent.domain;

import java.time.LocalDate;

/** A row of the events list, with its branch's name. */
public record MemberEventRow(long id, LocalDate eventDate, long branchId, String branchName, String title, MemberEventType type,
                             int members, int others) {
}
