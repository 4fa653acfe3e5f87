package com.programdesk.statistics.expressions.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator's numerator or denominator over data elements: numbers, {@code #{CODE}}, {@code + - * /},
 * unary minus and parentheses, e.g. {@code #{INDUCED_ABORTIONS} + #{REPEAT_ABORTIONS}}. Parsed once (see
 * {@link ExpressionParser}) and evaluated per point over the element values aggregated for that point.
 * A side of a validation rule ({@link #parseRule}) may also name {@code PREV{CODE}}, the same institution's
 * value in the previous period, looked up under {@link #previousKey}.
 */
public final class Expression {

    /** Precision of divisions inside an expression; the indicator rounds its value to its own decimals afterwards. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private final String source;
    private final Node root;
    private final List<String> codes;
    private final List<String> previousCodes;

    Expression(String source, Node root) {
        this.source = source;
        this.root = root;
        Set<String> named = new LinkedHashSet<>();
        Set<String> previous = new LinkedHashSet<>();
        root.collect(named, previous);
        this.codes = List.copyOf(named);
        this.previousCodes = List.copyOf(previous);
    }

    /** Reads an expression; refused with {@link ExpressionException} naming what is wrong and where. */
    public static Expression parse(String source) {
        return new ExpressionParser(source, false).parse();
    }

    /** Reads one side of a validation rule: as {@link #parse}, and {@code PREV{CODE}} names last period's value. */
    public static Expression parseRule(String source) {
        return new ExpressionParser(source, true).parse();
    }

    /** The key under which {@link #evaluate} looks up last period's value of an element ({@code PREV{CODE}}). */
    public static String previousKey(String code) {
        return "PREV{" + code + "}";
    }

    /** The expression of one element's value. */
    public static Expression of(String code) {
        return parse("#{" + code + "}");
    }

    /** A stored expression that no longer parses: it names no element and has no value. */
    public static Expression unreadable(String source) {
        return new Expression(source, new Reference("", 0, false));
    }

    public String source() {
        return source;
    }

    /** The element codes it names for the period itself, each once, in the order they appear. */
    public List<String> codes() {
        return codes;
    }

    /** The element codes it names as last period's value ({@code PREV{CODE}}), each once. */
    public List<String> previousCodes() {
        return previousCodes;
    }

    /** True when it names no element at all (a number). */
    public boolean isConstant() {
        return root.isConstant();
    }

    /**
     * The value over the given element values (last period's under {@link #previousKey}); empty when a named value
     * is missing or a divisor is 0.
     */
    public Optional<BigDecimal> evaluate(Map<String, BigDecimal> values) {
        return Optional.ofNullable(root.value(values));
    }

    @Override
    public String toString() {
        return source;
    }

    /** One node of the parsed tree; {@code value} is null when a named value is missing or a divisor is 0. */
    sealed interface Node permits Number, Reference, Negation, Operation {

        BigDecimal value(Map<String, BigDecimal> values);

        default void collect(Set<String> codes, Set<String> previous) {
        }

        default boolean isConstant() {
            return true;
        }
    }

    record Number(BigDecimal number) implements Node {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            return number;
        }
    }

    /** An element's value; {@code previous}: its value in the previous period ({@code PREV{CODE}}). */
    record Reference(String code, int position, boolean previous) implements Node {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            return values.get(previous ? previousKey(code) : code);
        }

        @Override
        public void collect(Set<String> codes, Set<String> previousCodes) {
            (previous ? previousCodes : codes).add(code);
        }

        @Override
        public boolean isConstant() {
            return false;
        }
    }

    record Negation(Node operand) implements Node {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            BigDecimal value = operand.value(values);
            return value == null ? null : value.negate();
        }

        @Override
        public void collect(Set<String> codes, Set<String> previous) {
            operand.collect(codes, previous);
        }

        @Override
        public boolean isConstant() {
            return operand.isConstant();
        }
    }

    record Operation(char operator, Node left, Node right, int position) implements Node {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            BigDecimal a = left.value(values);
            BigDecimal b = right.value(values);
            if (a == null || b == null) {
                return null;
            }
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b);
                default -> b.signum() == 0 ? null : a.divide(b, PRECISION);
            };
        }

        @Override
        public void collect(Set<String> codes, Set<String> previous) {
            left.collect(codes, previous);
            right.collect(codes, previous);
        }

        @Override
        public boolean isConstant() {
            return left.isConstant() && right.isConstant();
        }
    }
}
