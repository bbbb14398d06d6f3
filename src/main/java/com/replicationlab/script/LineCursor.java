package com.replicationlab.script;

/**
 * Reads one line of a script left to right and knows where it is, so that every error can point
 * at a column. A {@code #} at the start of a word begins a comment that runs to the end of the line.
 */
final class LineCursor {
    private final String file;
    private final int line;
    private final String text;
    private int index;

    LineCursor(String file, int line, String text) {
        this.file = file;
        this.line = line;
        this.text = text;
    }

    /** The column of the next character, from 1. */
    int column() {
        return index + 1;
    }

    SourcePosition position(int column) {
        return new SourcePosition(file, line, column);
    }

    void skipSpaces() {
        while (index < text.length() && isSpace(text.charAt(index))) {
            index++;
        }
    }

    /** After skipping spaces: true at the end of the line or at a comment. */
    boolean atEnd() {
        skipSpaces();
        return index == text.length() || (text.charAt(index) == '#' && (index == 0 || isSpace(text.charAt(index - 1))));
    }

    /** True when the next character ends a word: a space or the end of the line. */
    boolean atWordEnd() {
        return index == text.length() || isSpace(text.charAt(index));
    }

    /** The next character; call only when not at the end of the text. */
    char peek() {
        return text.charAt(index);
    }

    boolean hasMore() {
        return index < text.length();
    }

    /** The character {@code ahead} places after the next one, or 0 past the end. */
    char peekAhead(int ahead) {
        int at = index + ahead;
        return at < text.length() ? text.charAt(at) : 0;
    }

    /** The next whole character (a surrogate pair counts as one), as a string. */
    String nextCodePoint() {
        int start = index;
        index += Character.charCount(text.codePointAt(index));
        return text.substring(start, index);
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix, index);
    }

    char next() {
        return text.charAt(index++);
    }

    void advance(int count) {
        index += count;
    }

    /** The text from the cursor to the end of the line. */
    String rest() {
        return text.substring(index);
    }

    /** Where the cursor is, to come back to with {@link #reset}. */
    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    /** The next word: every character up to a space (after skipping spaces); empty at the end. */
    Token word() {
        if (atEnd()) {
            return new Token("", column());
        }
        int start = index;
        while (index < text.length() && !isSpace(text.charAt(index))) {
            index++;
        }
        return new Token(text.substring(start, index), start + 1);
    }

    /** The next word, which must be there: {@code what} names it in the error. */
    Token requireWord(String what) throws ScriptException {
        Token word = word();
        if (word.text().isEmpty()) {
            throw error("expected " + what);
        }
        return word;
    }

    /** Fails unless only spaces or a comment remain. */
    void requireEnd() throws ScriptException {
        if (!atEnd()) {
            Token extra = word();
            throw error(extra.column(), "unexpected '" + extra.text() + "' at the end of the line");
        }
    }

    ScriptException error(String message) {
        return error(column(), message);
    }

    ScriptException error(int column, String message) {
        return new ScriptException(position(column), message);
    }

    ScriptException error(Token at, String message) {
        return error(at.column(), message);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0B;
    }
}
