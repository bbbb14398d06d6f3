package com.replicationlab.lesson;

import com.replicationlab.lab.Wording;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the lab answered to a prediction, and whether a student's typed guess matches it. Guesses
 * are read kindly: {@code 233} matches {@code (integer) 233} and {@code "233"}, case does not
 * matter in text, and an error matches by its code ({@code NOREPLICAS}).
 *
 * @param shown how the window shows the answer: a field's value, or the reply as redis-cli prints it;
 *              for no answer, why not, in English
 * @param value what a guess is compared with
 * @param why   for no answer, why not as a wording the window says in its language ("outcome.*");
 *              null otherwise, or where the reason is data (a server's error)
 */
public record Answer(Kind kind, String shown, String value, Wording why) {
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final String INTEGER_PREFIX = "(integer) ";
    private static final String ERROR_PREFIX = "(error) ";

    public enum Kind { NUMBER, TEXT, NIL, ERROR, LIST, NONE }

    private Answer(Kind kind, String shown, String value) {
        this(kind, shown, value, null);
    }

    /** A field's value: a number when it reads as one. */
    public static Answer ofField(String value) {
        return new Answer(NUMBER.matcher(value).matches() ? Kind.NUMBER : Kind.TEXT, value, value);
    }

    /** A reply as {@code ReplyText} formats it: {@code OK}, {@code "text"}, {@code (integer) 5}, ... */
    public static Answer ofReply(String formatted) {
        if (formatted.equals("(nil)")) {
            return new Answer(Kind.NIL, formatted, "nil");
        }
        if (formatted.startsWith(INTEGER_PREFIX)) {
            return new Answer(Kind.NUMBER, formatted, formatted.substring(INTEGER_PREFIX.length()));
        }
        if (formatted.startsWith(ERROR_PREFIX)) {
            return new Answer(Kind.ERROR, formatted, formatted.substring(ERROR_PREFIX.length()));
        }
        if (formatted.startsWith("[")) {
            return new Answer(Kind.LIST, formatted, formatted);
        }
        String text = unquoted(formatted);
        return new Answer(NUMBER.matcher(text).matches() ? Kind.NUMBER : Kind.TEXT, formatted, text);
    }

    /** The lab could not answer (a node down, no such field): nothing matches. {@code wording} may be null. */
    public static Answer none(String why, Wording wording) {
        return new Answer(Kind.NONE, why, "", wording);
    }

    public boolean available() {
        return kind != Kind.NONE;
    }

    public boolean accepts(String typed) {
        String guess = unquoted(typed.strip());
        return switch (kind) {
            case NUMBER -> NUMBER.matcher(guess).matches() && new BigDecimal(guess).compareTo(new BigDecimal(value)) == 0;
            case TEXT -> guess.equalsIgnoreCase(value);
            case NIL -> guess.equalsIgnoreCase("nil") || guess.equalsIgnoreCase("(nil)") || guess.equalsIgnoreCase("null");
            case ERROR -> acceptsError(guess);
            case LIST -> squeezed(typed).equals(squeezed(value));
            case NONE -> false;
        };
    }

    private boolean acceptsError(String guess) {
        String plain = strip(strip(guess, ERROR_PREFIX), "-").strip();
        String code = value.split(" ", 2)[0];
        return !plain.isEmpty() && (plain.equalsIgnoreCase(value) || plain.equalsIgnoreCase(code));
    }

    private static String strip(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length()) ? text.substring(prefix.length()) : text;
    }

    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"));
        return quoted ? text.substring(1, text.length() - 1) : text;
    }

    /** A list without its spaces and quotes, in lower case: {@code ["a", "b"]} reads as {@code [a,b]}. */
    private static String squeezed(String list) {
        return list.replaceAll("[\\s\"']", "").toLowerCase(Locale.ROOT);
    }
}
