package com.programdesk.team.domain;

import java.math.BigDecimal;

/** Who serves an activity, from which team, and the hours that count (the correction, else the activity's duration). */
public record AssignmentRow(long id, int version, long memberId, String memberName, MemberRole role, String teamName,
                            BigDecimal hours, boolean hoursCorrected, String hoursNote, String overlapReason) {
}
