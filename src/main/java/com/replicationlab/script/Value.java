package com.replicationlab.script;

import java.math.BigDecimal;

/** What a term of an expectation evaluates to. */
sealed interface Value {

    /** How the value reads in a message: numbers bare, text in quotes. */
    String describe();

    /** A number; {@code text} is how it was written or reported, for comparing with text. */
    record Number(BigDecimal value, String text) implements Value {
        static Number of(BigDecimal value) {
            return new Number(value, value.toPlainString());
        }

        @Override
        public String describe() {
            return text;
        }
    }

    record Text(String text) implements Value {
        @Override
        public String describe() {
            return Quoting.quoted(text);
        }
    }

    /** The literal {@code nil}: "no value". */
    record Nil() implements Value {
        @Override
        public String describe() {
            return "nil";
        }
    }

    /** A field with no value (node down, no such field) or a sum that cannot be made; says why. */
    record Unavailable(Phrase reason) implements Value {
        @Override
        public String describe() {
            return reason.text();
        }
    }

    /** A field's text: a number when it reads as one (INFO fields are text on the wire). */
    static Value ofField(String text) {
        if (text.matches("-?\\d{1,30}(\\.\\d{1,30})?")) {
            return new Number(new BigDecimal(text), text);
        }
        return new Text(text);
    }
}
