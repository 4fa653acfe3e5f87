package com.programdesk.statistics.expressions.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A hand-written recursive descent parser for {@link Expression}s (no script engine: an expression is data typed
 * by a user). Grammar: {@code sum := product (('+'|'-') product)*}, {@code product := unary (('*'|'/') unary)*},
 * {@code unary := '-' unary | primary}, {@code primary := number | '#{' CODE '}' | '(' sum ')'}, and for a side of a
 * validation rule also {@code 'PREV{' CODE '}'} (last period's value). Positions in the refusals are 1-based
 * characters of the source.
 */
final class ExpressionParser {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}(\\.[A-Z][A-Z0-9_]{0,39}){0,2}");
    private static final int MAX_LENGTH = 500;

    private static final String PREVIOUS = "PREV";

    private final String source;
    private final boolean previousAllowed;
    private int at;

    ExpressionParser(String source, boolean previousAllowed) {
        this.source = source == null ? "" : source;
        this.previousAllowed = previousAllowed;
    }

    Expression parse() {
        if (source.isBlank()) {
            throw new ExpressionException("expression.error.empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException("expression.error.tooLong", MAX_LENGTH);
        }
        Expression.Node root = sum();
        skipSpaces();
        if (at < source.length()) {
            throw source.charAt(at) == ')'
                    ? new ExpressionException("expression.error.unopenedParenthesis", at + 1)
                    : new ExpressionException("expression.error.unexpected", at + 1, String.valueOf(source.charAt(at)));
        }
        return new Expression(source.strip(), root);
    }

    private Expression.Node sum() {
        Expression.Node left = product();
        while (peek('+') || peek('-')) {
            char operator = source.charAt(at);
            int position = ++at;
            left = new Expression.Operation(operator, left, product(), position);
        }
        return left;
    }

    private Expression.Node product() {
        Expression.Node left = unary();
        while (peek('*') || peek('/')) {
            char operator = source.charAt(at);
            int position = ++at;
            Expression.Node right = unary();
            if (operator == '/' && right.isConstant() && right.value(Map.of()).signum() == 0) {
                throw new ExpressionException("expression.error.divisionByZero", position);
            }
            left = new Expression.Operation(operator, left, right, position);
        }
        return left;
    }

    private Expression.Node unary() {
        if (peek('-')) {
            at++;
            return new Expression.Negation(unary());
        }
        return primary();
    }

    private Expression.Node primary() {
        skipSpaces();
        if (at >= source.length()) {
            throw new ExpressionException("expression.error.endTooEarly", at + 1);
        }
        char c = source.charAt(at);
        if (c == '(') {
            int open = ++at;
            Expression.Node inner = sum();
            if (!peek(')')) {
                throw new ExpressionException("expression.error.unclosedParenthesis", open);
            }
            at++;
            return inner;
        }
        if (c == '#') {
            return reference(at + 1, false);
        }
        if (previousAllowed && source.startsWith(PREVIOUS, at)) {
            return reference(at + PREVIOUS.length(), true);
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        throw new ExpressionException("expression.error.unexpected", at + 1, String.valueOf(c));
    }

    /** {@code #{CODE}} or {@code PREV{CODE}}; {@code brace} is where the opening brace must be. */
    private Expression.Node reference(int brace, boolean previous) {
        int start = at + 1;
        if (brace >= source.length() || source.charAt(brace) != '{') {
            throw new ExpressionException(previous ? "expression.error.previousForm" : "expression.error.referenceForm", start);
        }
        int close = source.indexOf('}', brace + 1);
        if (close < 0) {
            throw new ExpressionException("expression.error.unclosedReference", start);
        }
        String code = source.substring(brace + 1, close).strip();
        if (!CODE.matcher(code).matches()) {
            throw new ExpressionException("expression.error.badCode", start, code);
        }
        at = close + 1;
        return new Expression.Reference(code, start, previous);
    }

    private Expression.Node number() {
        int start = at;
        while (at < source.length() && (Character.isDigit(source.charAt(at)) || source.charAt(at) == '.')) {
            at++;
        }
        String text = source.substring(start, at);
        try {
            return new Expression.Number(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new ExpressionException("expression.error.badNumber", start + 1, text);
        }
    }

    /** Skips spaces, then says whether the next character is {@code c} (without taking it). */
    private boolean peek(char c) {
        skipSpaces();
        return at < source.length() && source.charAt(at) == c;
    }

    private void skipSpaces() {
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
    }
}
