package com.replicationlab.lesson;

import com.replicationlab.script.Session;
import com.replicationlab.script.Statement;
import com.replicationlab.script.StatementResult;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code predict}: the student types a guess, then the block's actions run and the lab gives the
 * answer, with the explanation. The author never types the answer: {@link #why(String)} puts the
 * lab's answer wherever the explanation says {@code {answer}}.
 *
 * @param question Markdown, shown before the guess
 * @param actions run after the guess (may be empty: then the answer is about the lab as it is)
 * @param why Markdown, shown with the answer
 */
public record PredictBlock(int line, String question, List<Statement> actions, AnswerQuery answer, String why)
        implements Block {
    public static final String ANSWER_PLACEHOLDER = "{answer}";

    public PredictBlock {
        actions = List.copyOf(actions);
    }

    @Override
    public String kind() {
        return "predict";
    }

    public List<String> actionLines() {
        return Performing.texts(actions);
    }

    /** Every action the block performs, the answer's command included. */
    public List<Statement> allActions() {
        List<Statement> all = new ArrayList<>(actions);
        if (answer instanceof AnswerQuery.Reply reply) {
            all.add(reply.command());
        }
        return List.copyOf(all);
    }

    /** Runs the actions (after the student has guessed) and reads the answer from the lab. */
    public Revealed reveal(Session session) {
        List<StatementResult> results = new ArrayList<>(Performing.perform(actions, session));
        Answer result;
        if (answer instanceof AnswerQuery.Reply reply) {
            StatementResult ran = reply.run(session);
            results.add(ran);
            result = AnswerQuery.Reply.answerOf(ran.outcome());
        } else {
            result = ((AnswerQuery.Fields) answer).read(session.lab());
        }
        return new Revealed(results, result);
    }

    /** The explanation with the answer as shown (a value, a reply, or why the lab had none, in the reader's language). */
    public String why(String shownAnswer) {
        return why.replace(ANSWER_PLACEHOLDER, shownAnswer);
    }
}
