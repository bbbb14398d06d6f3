package com.replicationlab.ui.session;

import com.replicationlab.lab.Lab;
import com.replicationlab.script.Action;
import com.replicationlab.script.CliReplyText;
import com.replicationlab.script.NodeCommand;
import com.replicationlab.script.Cluster;
import com.replicationlab.script.Outcome;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.Session;

/**
 * Performs the window's actions through the action language itself: each line is parsed and run
 * by a script session on the lab, exactly as a scenario file or the console would run it.
 */
public final class ScriptPerformer implements ActionPerformer {
    /** The source name parse errors carry. */
    private static final String SOURCE = "window";

    private Lab sessionLab;
    private Session session;

    @Override
    public ActionOutcome perform(Lab lab, LabAction action) {
        Action parsed;
        try {
            parsed = ScriptParser.parseAction(SOURCE, action.text());
        } catch (ScriptException e) {
            return new ActionOutcome(action, false, e.plainMessage());
        }
        if (parsed instanceof Cluster) {
            // A fresh lab is the window's to make (LabViewModel.reset): here it would replace the lab unseen.
            return new ActionOutcome(action, false, "a cluster line starts a fresh lab: use Reset or open a scenario");
        }
        Outcome outcome = sessionFor(lab).perform(parsed);
        // The window prints a reply as redis-cli does, over several lines if need be.
        String detail = parsed instanceof NodeCommand command && outcome.reply() != null
                ? CliReplyText.text(command.args(), outcome.reply()) : outcome.detail();
        return new ActionOutcome(action, !outcome.failed(), detail);
    }

    /** One session per lab: a rebuilt or fresh lab gets a fresh session. */
    private Session sessionFor(Lab lab) {
        if (lab != sessionLab) {
            sessionLab = lab;
            session = new Session(lab);
        }
        return session;
    }
}
