package com.replicationlab.script;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The VALUE of {@code expect NODE> COMMAND == VALUE}: "text", nil, 42, error PREFIX, or [v, v, ...]. */
final class ReplyPatternParser {
    private static final String FORMS = "\"text\", nil, an integer, error PREFIX or [a list]";
    private static final int MAX_DEPTH = 16;
    private static final int MAX_DIGITS = 40;

    private final LineCursor cursor;

    ReplyPatternParser(LineCursor cursor) {
        this.cursor = cursor;
    }

    ReplyPattern pattern() throws ScriptException {
        return pattern(0);
    }

    private ReplyPattern pattern(int depth) throws ScriptException {
        if (cursor.atEnd()) {
            throw cursor.error("expected a reply: " + FORMS);
        }
        char c = cursor.peek();
        if (c == '"' || c == '\'') {
            return new ReplyPattern.Text(ArgSplitter.readQuoted(cursor));
        }
        if (c == '[') {
            return items(depth);
        }
        Token word = bareWord();
        if (word.text().matches("-?\\d+")) {
            if (word.text().length() > MAX_DIGITS) {
                throw cursor.error(word, "a number has at most " + MAX_DIGITS + " digits");
            }
            return new ReplyPattern.Number(new BigInteger(word.text()));
        }
        if (word.text().equals("nil")) {
            return new ReplyPattern.Nil();
        }
        if (word.text().equals("error")) {
            return errorPrefix();
        }
        if (word.text().isEmpty()) {
            throw cursor.error("expected a reply: " + FORMS);
        }
        throw cursor.error(word, "'" + word.text() + "' is not a reply: write " + FORMS
                + " (a string goes in quotes: \"" + word.text() + "\")");
    }

    private ReplyPattern items(int depth) throws ScriptException {
        int open = cursor.column();
        if (depth >= MAX_DEPTH) {
            throw cursor.error("lists nest at most " + MAX_DEPTH + " deep");
        }
        cursor.next();
        List<ReplyPattern> items = new ArrayList<>();
        if (!cursor.atEnd() && cursor.peek() == ']') {
            cursor.next();
            return new ReplyPattern.Items(items);
        }
        while (true) {
            items.add(pattern(depth + 1));
            if (cursor.atEnd()) {
                throw cursor.error("expected ']' to close the list opened at column " + open);
            }
            char c = cursor.next();
            if (c == ']') {
                return new ReplyPattern.Items(items);
            }
            if (c != ',') {
                throw cursor.error(cursor.column() - 1, "expected ',' or ']' in the list opened at column " + open);
            }
        }
    }

    private ReplyPattern errorPrefix() throws ScriptException {
        if (cursor.atEnd()) {
            throw cursor.error("expected the start of the error after 'error' (e.g. error NOREPLICAS)");
        }
        char c = cursor.peek();
        if (c == '"' || c == '\'') {
            return new ReplyPattern.ErrorPrefix(ArgSplitter.readQuoted(cursor));
        }
        Token prefix = bareWord();
        if (prefix.text().isEmpty()) {
            throw cursor.error("expected the start of the error after 'error' (e.g. error NOREPLICAS)");
        }
        return new ReplyPattern.ErrorPrefix(prefix.text());
    }

    /** Characters up to a space, a comma or a closing bracket. */
    private Token bareWord() {
        int column = cursor.column();
        StringBuilder out = new StringBuilder();
        while (!cursor.atWordEnd() && cursor.peek() != ',' && cursor.peek() != ']' && cursor.peek() != '[') {
            out.append(cursor.next());
        }
        return new Token(out.toString(), column);
    }
}
