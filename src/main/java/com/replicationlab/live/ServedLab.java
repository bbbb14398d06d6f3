package com.replicationlab.live;

import com.replicationlab.lab.Lab;
import com.replicationlab.script.Action;
import com.replicationlab.script.Outcome;
import com.replicationlab.script.Script;
import com.replicationlab.script.Session;
import com.replicationlab.script.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lab served in real time: actions from a startup script, or sent by clients as LAB commands,
 * run on the lab thread through one session, and what they do is logged.
 */
public final class ServedLab {
    private static final Logger LOG = LoggerFactory.getLogger("lab");

    private final LabRunner runner;
    private final Session session;

    public ServedLab(LabRunner runner, Lab lab) {
        this.runner = runner;
        this.session = new Session(lab);
        runner.submit(l -> l.onNodeBoot(node -> node.addCommand(new LabAdminCommand(this::performLater))));
    }

    /** Runs a script's actions in order, on the lab thread. */
    public void run(Script script) {
        for (Statement statement : script.statements()) {
            runner.submit(lab -> perform(statement.action(), statement.position().toString()));
        }
    }

    private void performLater(Action action) {
        runner.submit(lab -> perform(action, "LAB"));
    }

    private void perform(Action action, String where) {
        Outcome outcome = session.perform(action);
        if (outcome.failed()) {
            LOG.warn("{}: {} — {}", where, action.text(), outcome.detail());
        } else {
            LOG.info("{}: {}{}", where, action.text(), outcome.detail().isEmpty() ? "" : " — " + outcome.detail());
        }
    }
}
