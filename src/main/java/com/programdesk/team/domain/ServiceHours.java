package com.programdesk.team.domain;

import java.math.BigDecimal;

/** Hours served in a year by one member (or one team, with a null member), with the number of activities. */
public record ServiceHours(Long memberId, String name, String teamName, int activities, BigDecimal hours) {
}
