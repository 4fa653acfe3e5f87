package com.programdesk.statistics.catalog.domain;

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
 */
public final class Expression {

    /** Precision of divisions inside an expression; the indicator rounds its value to its own decimals afterwards. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private final String source;
    private final Node root;
    private final List<String> codes;

    Expression(String source, Node root) {
        this.source = source;
        this.root = root;
        Set<String> named = new LinkedHashSet<>();
        root.collect(named);
        this.codes = List.copyOf(named);
    }

    /** Reads an expression; refused with {@link ExpressionException} naming what is wrong and where. */
    public static Expression parse(String source) {
        return new ExpressionParser(source).parse();
    }

    /** The expression of one element's value. */
    public static Expression of(String code) {
        return parse("#{" + code + "}");
    }

    /** A stored expression that no longer parses: it names no element and has no value. */
    public static Expression unreadable(String source) {
        return new Expression(source, new Reference("", 0));
    }

    public String source() {
        return source;
    }

    /** The element codes it names, each once, in the order they appear. */
    public List<String> codes() {
        return codes;
    }

    /** The value over the given element values; empty when a named value is missing or a divisor is 0. */
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

        default void collect(Set<String> codes) {
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

    record Reference(String code, int position) implements Node {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            return values.get(code);
        }

        @Override
        public void collect(Set<String> codes) {
            codes.add(code);
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
        public void collect(Set<String> codes) {
            operand.collect(codes);
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
        public void collect(Set<String> codes) {
            left.collect(codes);
            right.collect(codes);
        }

        @Override
        public boolean isConstant() {
            return left.isConstant() && right.isConstant();
        }
    }
}
