package com.programdesk.memberevent.domain;

/** The list's filters: a calendar year and one branch; null means any. */
public record MemberEventFilter(Integer year, Long branchId) {
}
