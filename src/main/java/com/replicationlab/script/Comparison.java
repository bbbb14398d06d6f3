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
        String values = describeValues(lab);
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
            return new Check(false, "'" + operator.symbol() + "' compares numbers, but " + values);
        }
        return Check.of(operator.holdsFor(textOf(l).equals(textOf(r)) ? 0 : 1), values);
    }

    private static String textOf(Value value) {
        return value instanceof Value.Number number ? number.text() : ((Value.Text) value).text();
    }

    /** "replica-1.offset is 200, master.offset is 233": each field once, then each sum. */
    private String describeValues(Lab lab) {
        Set<String> fields = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
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
        return String.join(", ", parts);
    }

    private static String describe(String what, Value value) {
        return value instanceof Value.Unavailable missing ? missing.reason() : what + " is " + value.describe();
    }
}
