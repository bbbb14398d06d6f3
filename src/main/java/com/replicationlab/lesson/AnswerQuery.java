package com.replicationlab.lesson;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabException;
import com.replicationlab.lab.Wording;
import com.replicationlab.script.Expression;
import com.replicationlab.script.NodeCommand;
import com.replicationlab.script.Outcome;
import com.replicationlab.script.Session;
import com.replicationlab.script.Statement;
import com.replicationlab.script.StatementResult;
import com.replicationlab.script.Term;

import java.math.BigDecimal;

/**
 * Where a prediction's answer comes from — always the lab, never the author: a node's field (or a
 * sum of fields and numbers, e.g. {@code master.offset - replica-1.offset}), or the reply to a
 * command, which is then one of the block's actions.
 */
public sealed interface AnswerQuery {

    /** As written after {@code answer:}. */
    String text();

    int line();

    /** {@code answer: master.offset}: read, changes nothing. */
    record Fields(int line, Expression expression) implements AnswerQuery {
        @Override
        public String text() {
            return expression.text();
        }

        public Answer read(Lab lab) {
            try {
                if (!expression.isSum()) {
                    return valueOf(lab, expression.addends().get(0).term());
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (Expression.Addend addend : expression.addends()) {
                    Answer part = valueOf(lab, addend.term());
                    if (part.kind() != Answer.Kind.NUMBER) {
                        return part.available() ? Answer.none(addend.term().text() + " is not a number: " + part.shown(),
                                new Wording("answerNotANumber", addend.term().text(), part.shown())) : part;
                    }
                    BigDecimal value = new BigDecimal(part.value());
                    sum = addend.subtracted() ? sum.subtract(value) : sum.add(value);
                }
                return Answer.ofField(sum.toPlainString());
            } catch (LabException e) {
                return Answer.none(e.getMessage(), e.wording());
            }
        }

        private static Answer valueOf(Lab lab, Term term) {
            if (term instanceof Term.Field field) {
                String value = lab.field(field.node(), field.field());
                return value == null ? Answer.none(field.text() + " has no value", new Wording("answerNoValue", field.text()))
                        : Answer.ofField(value);
            }
            return Answer.ofField(term.text());
        }
    }

    /** {@code answer: replica-1> GET key}: the command runs as the block's last action. */
    record Reply(Statement command) implements AnswerQuery {

        public Reply {
            if (!(command.action() instanceof NodeCommand)) {
                throw new IllegalArgumentException("a reply answer is a command: " + command.action().text());
            }
        }

        @Override
        public String text() {
            return command.action().text();
        }

        @Override
        public int line() {
            return command.position().line();
        }

        StatementResult run(Session session) {
            return new StatementResult(command, session.perform(command.action()));
        }

        static Answer answerOf(Outcome outcome) {
            return outcome.failed() ? Answer.none(outcome.detail(), outcome.wording()) : Answer.ofReply(outcome.detail());
        }
    }
}
