package com.replicationlab.script;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * {@code LEFT OP RIGHT}: each side a sum of terms ({@code 33}, {@code "up"}, {@code nil},
 * {@code replica-1.offset}) joined by + and -; OP one of == != < <= > >=. Text and nil stand
 * alone on their side, and nil is compared with == or != only.
 */
final class ComparisonParser {
    static final String OPERATORS = "== != < <= > >=";
    private static final String VALUE_FORMS = "a number, \"text\", nil or node.field (e.g. master.offset)";
    private static final int MAX_DIGITS = 40;

    private final LineCursor cursor;
    private final NodeNames nodes;

    ComparisonParser(LineCursor cursor, NodeNames nodes) {
        this.cursor = cursor;
        this.nodes = nodes;
    }

    Comparison comparison() throws ScriptException {
        Expression left = expression();
        cursor.skipSpaces();
        int operatorColumn = cursor.column();
        Operator operator = operator();
        Expression right = expression();
        boolean nil = isNil(left) || isNil(right);
        if (nil && !operator.isEquality()) {
            throw cursor.error(operatorColumn, "nil can only be compared with == or !=");
        }
        return new Comparison(left, operator, right);
    }

    private static boolean isNil(Expression side) {
        return side.addends().get(0).term() instanceof Term.Nil;
    }

    private Expression expression() throws ScriptException {
        List<Expression.Addend> addends = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        boolean subtracted = false;
        while (true) {
            cursor.skipSpaces();
            columns.add(cursor.column());
            addends.add(new Expression.Addend(subtracted, term()));
            if (cursor.atEnd() || (cursor.peek() != '+' && cursor.peek() != '-')) {
                break;
            }
            subtracted = cursor.next() == '-';
        }
        if (addends.size() > 1) {
            for (int i = 0; i < addends.size(); i++) {
                Term term = addends.get(i).term();
                if (term instanceof Term.Nil || term instanceof Term.Text) {
                    throw cursor.error(columns.get(i), term.text() + " cannot be added or subtracted: only numbers and fields can");
                }
            }
        }
        return new Expression(addends);
    }

    private Term term() throws ScriptException {
        if (cursor.atEnd()) {
            throw cursor.error("expected a value: " + VALUE_FORMS);
        }
        char c = cursor.peek();
        if (c == '"' || c == '\'') {
            return new Term.Text(ArgSplitter.readQuoted(cursor));
        }
        if (isDigit(c) || (c == '-' && isDigit(cursor.peekAhead(1)))) {
            return new Term.Number(number());
        }
        if (isLetter(c)) {
            return nameTerm();
        }
        throw cursor.error("expected a value: " + VALUE_FORMS + ", not '" + cursor.word().text() + "'");
    }

    private BigInteger number() throws ScriptException {
        int column = cursor.column();
        StringBuilder digits = new StringBuilder();
        if (cursor.peek() == '-') {
            digits.append(cursor.next());
        }
        while (cursor.hasMore() && isDigit(cursor.peek())) {
            digits.append(cursor.next());
        }
        if (digits.length() > MAX_DIGITS) {
            throw cursor.error(column, "a number has at most " + MAX_DIGITS + " digits");
        }
        return new BigInteger(digits.toString());
    }

    /** {@code nil}, or {@code node.field}. */
    private Term nameTerm() throws ScriptException {
        Token name = readWhile(ComparisonParser::isNameChar);
        boolean dot = cursor.hasMore() && cursor.peek() == '.';
        if (name.text().equals("nil") && !dot) {
            return new Term.Nil();
        }
        if (!dot) {
            throw cursor.error(name, "'" + name.text() + "' is not a value: write " + VALUE_FORMS
                    + Suggestions.hint(name.text(), List.of("nil")));
        }
        String node = nodes.require(name, cursor);
        cursor.next();
        Token field = readWhile(ComparisonParser::isFieldChar);
        if (field.text().isEmpty()) {
            throw cursor.error(field, "expected a field after '" + node + ".' (offset, lag or an INFO field)");
        }
        return new Term.Field(node, field.text());
    }

    private Operator operator() throws ScriptException {
        if (cursor.atEnd()) {
            throw cursor.error("expected a comparison: " + OPERATORS);
        }
        for (Operator operator : List.of(Operator.EQUAL, Operator.NOT_EQUAL, Operator.LESS_OR_EQUAL,
                Operator.GREATER_OR_EQUAL, Operator.LESS, Operator.GREATER)) {
            if (cursor.startsWith(operator.symbol())) {
                cursor.advance(operator.symbol().length());
                return operator;
            }
        }
        if (cursor.peek() == '=') {
            throw cursor.error("'=' is not a comparison — did you mean '=='?");
        }
        throw cursor.error("expected a comparison (" + OPERATORS + "), not '" + cursor.word().text() + "'");
    }

    private Token readWhile(IntPredicate accepted) {
        int column = cursor.column();
        StringBuilder out = new StringBuilder();
        while (cursor.hasMore() && accepted.test(cursor.peek())) {
            out.append(cursor.next());
        }
        return new Token(out.toString(), column);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(int c) {
        return isFieldChar(c) || c == '-';
    }

    /** INFO field names are letters, digits and underscores. */
    private static boolean isFieldChar(int c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }
}
