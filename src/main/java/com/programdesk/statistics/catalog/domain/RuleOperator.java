package com.programdesk.statistics.catalog.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a validation rule compares its left side with its right side. */
public enum RuleOperator {
    AT_MOST("<="), LESS("<"), EQUAL("="), AT_LEAST(">="), MORE(">"), NOT_EQUAL("!=");

    private final String symbol;

    RuleOperator(String symbol) {
        this.symbol = symbol;
    }

    /** As written between the two sides: {@code <=}, {@code <}, {@code =}, {@code >=}, {@code >}, {@code !=}. */
    public String symbol() {
        return symbol;
    }

    public static Optional<RuleOperator> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol == null ? null : symbol.strip())).findFirst();
    }

    /** Whether the comparison holds, given {@code left.compareTo(right)}. */
    public boolean holds(int comparison) {
        return switch (this) {
            case AT_MOST -> comparison <= 0;
            case LESS -> comparison < 0;
            case EQUAL -> comparison == 0;
            case AT_LEAST -> comparison >= 0;
            case MORE -> comparison > 0;
            case NOT_EQUAL -> comparison != 0;
        };
    }
}
