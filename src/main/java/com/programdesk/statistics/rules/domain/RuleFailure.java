package com.programdesk.statistics.rules.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored report a rule fails on: whose, which period, its state and both sides' values. */
public record RuleFailure(long reportId, long institutionId, String institutionName, LocalDate periodStart, String status,
                          BigDecimal left, BigDecimal right) {
}
