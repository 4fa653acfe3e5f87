package com.programdesk.statistics.catalog.domain;

/**
 * What a validation rule compares: the sum of its left elements at most the sum of its right ones
 * (repeat abortions ≤ induced abortions), equal to it (pathways add up to visits), or each left
 * element against {@code factor} × its value last period (a jump to check).
 */
public enum RuleKind {
    AT_MOST, SUM_EQUALS, JUMP
}
