package com.replicationlab.script;

import com.replicationlab.lab.Lab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code LEFT OP RIGHT} over a lab's fields. Numbers compare numerically, anything else as text
 * (== and != only). A field with no value fails the check and says why, except against {@code nil},
 * where "no value" is exactly what is asked about.
 */
public record Comparison(Expression left, Operator operator, Expression right) {

    public String text() {
        return left.text() + " " + operator.symbol() + " " + right.text();
    }

    /** The nodes whose fields it reads, in order, each once. */
    public List<String> nodes() {
        Set<String> nodes = new LinkedHashSet<>();
        for (Expression side : List.of(left, right)) {
            for (Expression.Addend addend : side.addends()) {
                if (addend.term() instanceof Term.Field field) {
                    nodes.add(field.node());
                }
            }
        }
        return List.copyOf(nodes);
    }

    Check check(Lab lab) {
        Value l = left.evaluate(lab);
        Value r = right.evaluate(lab);
        List<Phrase> values = describeValues(lab);
        if (l instanceof Value.Nil || r instanceof Value.Nil) {
            Value other = l instanceof Value.Nil ? r : l;
            boolean isNil = other instanceof Value.Nil || other instanceof Value.Unavailable;
            return Check.of(operator.holdsFor(isNil ? 0 : 1), values);
        }
        if (l instanceof Value.Unavailable missing) {
            return new Check(false, missing.reason());
        }
        if (r instanceof Value.Unavailable missing) {
            return new Check(false, missing.reason());
        }
        if (l instanceof Value.Number a && r instanceof Value.Number b) {
            return Check.of(operator.holdsFor(a.value().compareTo(b.value())), values);
        }
        if (!operator.isEquality()) {
            return new Check(false, comparesNumbers(values));
        }
        return Check.of(operator.holdsFor(textOf(l).equals(textOf(r)) ? 0 : 1), values);
    }

    /** Why text cannot be ordered: the values read, if any (literals alone have none). */
    private Phrase comparesNumbers(List<Phrase> values) {
        String says = "'" + operator.symbol() + "' compares numbers, but ";
        if (values.isEmpty()) {
            return Phrase.of(says, "comparesNumbersOnly", operator.symbol());
        }
        Phrase read = Phrase.list(values);
        return Phrase.of(says + read.text(), "comparesNumbers", operator.symbol(), read.wording());
    }

    private static String textOf(Value value) {
        return value instanceof Value.Number number ? number.text() : ((Value.Text) value).text();
    }

    /** "replica-1.offset is 200", "master.offset is 233": each field once, then each sum. */
    private List<Phrase> describeValues(Lab lab) {
        Set<String> fields = new LinkedHashSet<>();
        List<Phrase> parts = new ArrayList<>();
        for (Expression side : List.of(left, right)) {
            for (Expression.Addend addend : side.addends()) {
                if (addend.term() instanceof Term.Field field && fields.add(field.text())) {
                    parts.add(describe(field.text(), field.evaluate(lab)));
                }
            }
        }
        for (Expression side : List.of(left, right)) {
            if (side.isSum()) {
                parts.add(describe(side.text(), side.evaluate(lab)));
            }
        }
        return parts;
    }

    private static Phrase describe(String what, Value value) {
        if (value instanceof Value.Unavailable missing) {
            return missing.reason();
        }
        return Phrase.of(what + " is " + value.describe(), "is", what, value.describe());
    }
}
