package com.replicationlab.script;

import java.util.List;

/** {@code drop rate 30% A->B}: lose that share of packets, chosen by the lab's seeded random source. */
public record DropRate(int percent, Link link) implements Action {

    @Override
    public String text() {
        return "drop rate " + percent + "% " + link.text();
    }

    @Override
    public List<String> nodes() {
        return link.nodes();
    }

    @Override
    public Outcome perform(Session session) {
        session.lab().dropRate(link.from(), link.to(), percent);
        return Outcome.done("");
    }
}
