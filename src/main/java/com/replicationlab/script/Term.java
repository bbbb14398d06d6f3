package com.replicationlab.script;

import com.replicationlab.lab.Lab;

import java.math.BigDecimal;
import java.math.BigInteger;

/** One operand of an expectation's sum: a number, a "string", nil, or a node's field. */
public sealed interface Term {

    String text();

    Value evaluate(Lab lab);

    record Number(BigInteger value) implements Term {
        @Override
        public String text() {
            return value.toString();
        }

        @Override
        public Value evaluate(Lab lab) {
            return Value.Number.of(new BigDecimal(value));
        }
    }

    record Text(String value) implements Term {
        @Override
        public String text() {
            return Quoting.quoted(value);
        }

        @Override
        public Value evaluate(Lab lab) {
            return new Value.Text(value);
        }
    }

    record Nil() implements Term {
        @Override
        public String text() {
            return "nil";
        }

        @Override
        public Value evaluate(Lab lab) {
            return new Value.Nil();
        }
    }

    /** {@code node.field}: offset, lag or any INFO field, as {@link Lab#field} reads it. */
    record Field(String node, String field) implements Term {
        @Override
        public String text() {
            return node + "." + field;
        }

        @Override
        public Value evaluate(Lab lab) {
            String value = lab.field(node, field);
            return value == null ? new Value.Unavailable(whyUnavailable(lab)) : Value.ofField(value);
        }

        private Phrase whyUnavailable(Lab lab) {
            if (!lab.node(node).isUp()) {
                return Phrase.of(text() + " has no value: " + node + " is down", "noValueDown", text(), node);
            }
            if (field.equals("lag")) {
                return Phrase.of(text() + " has no value: " + node + " is not attached to a master", "noValueNoMaster",
                        text(), node);
            }
            return Phrase.of(text() + " has no value: " + node + " has no field '" + field + "'", "noSuchField", text(),
                    node, field);
        }
    }
}
