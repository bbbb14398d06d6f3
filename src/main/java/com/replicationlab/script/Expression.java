package com.replicationlab.script;

import com.replicationlab.lab.Lab;

import java.math.BigDecimal;
import java.util.List;

/** One side of an expectation: terms added and subtracted, e.g. {@code replica-1.offset + 33}. */
public record Expression(List<Addend> addends) {

    /** A term and whether it is subtracted; the first term of a side is never subtracted. */
    public record Addend(boolean subtracted, Term term) {
    }

    public Expression {
        addends = List.copyOf(addends);
    }

    static Expression of(Term term) {
        return new Expression(List.of(new Addend(false, term)));
    }

    public boolean isSum() {
        return addends.size() > 1;
    }

    public String text() {
        StringBuilder out = new StringBuilder(addends.get(0).term().text());
        for (Addend addend : addends.subList(1, addends.size())) {
            out.append(addend.subtracted() ? " - " : " + ").append(addend.term().text());
        }
        return out.toString();
    }

    Value evaluate(Lab lab) {
        if (!isSum()) {
            return addends.get(0).term().evaluate(lab);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Addend addend : addends) {
            Value value = addend.term().evaluate(lab);
            if (value instanceof Value.Unavailable) {
                return value;
            }
            if (!(value instanceof Value.Number number)) {
                String term = addend.term().text();
                return new Value.Unavailable(Phrase.of("cannot add " + term + ", which is " + value.describe(),
                        "cannotAdd", term, value.describe()));
            }
            sum = addend.subtracted() ? sum.subtract(number.value()) : sum.add(number.value());
        }
        return Value.Number.of(sum);
    }
}
