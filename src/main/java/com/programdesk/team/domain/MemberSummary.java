package com.programdesk.team.domain;

import java.time.LocalDate;

/** A row of a members list; the phone arrives masked. */
public record MemberSummary(long id, long teamId, String teamName, String name, MemberRole role, String skills, String institutionName,
                            String maskedPhone, LocalDate joinedOn, LocalDate leftOn) {
}
