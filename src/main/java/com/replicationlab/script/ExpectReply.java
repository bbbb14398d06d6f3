package com.replicationlab.script;

import com.replicationlab.resp.RespValue;

import java.util.List;

/** {@code expect replica-1> GET key == "value"}: run a command and check its reply. */
public record ExpectReply(String node, List<String> args, Operator operator, ReplyPattern expected) implements Action {

    public ExpectReply {
        args = List.copyOf(args);
        if (!operator.isEquality()) {
            throw new IllegalArgumentException("a reply is compared with == or !=: " + operator.symbol());
        }
    }

    @Override
    public String text() {
        return "expect " + node + "> " + Quoting.args(args) + " " + operator.symbol() + " " + expected.text();
    }

    @Override
    public List<String> nodes() {
        return List.of(node);
    }

    @Override
    public Outcome perform(Session session) {
        RespValue reply = session.lab().command(node, args);
        boolean holds = expected.matches(reply) == (operator == Operator.EQUAL);
        String said = ReplyText.format(reply); // as redis-cli prints it: the same in every language
        Phrase replied = Phrase.of(node + " replied " + said, "replied", node, said);
        return holds ? Outcome.passed(replied) : Outcome.failed(replied);
    }

    @Override
    public boolean isCheck() {
        return true;
    }
}
