package com.replicationlab.ui.session;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.Wording;
import com.replicationlab.lesson.TaskBlock;
import com.replicationlab.lesson.TaskWatch;
import com.replicationlab.script.Action;
import com.replicationlab.script.CliReplyText;
import com.replicationlab.script.NodeCommand;
import com.replicationlab.script.Cluster;
import com.replicationlab.script.Outcome;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.Session;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Performs the window's actions through the action language itself: each line is parsed and run
 * by a script session on the lab, exactly as a scenario file or the console would run it. A
 * lesson's tasks are watched on that session (one {@link TaskWatch} per session, made with it),
 * so they tick off whatever the student does: a console line, a link's menu, time playing.
 */
public final class ScriptPerformer implements ActionPerformer {
    /** The source name parse errors carry. */
    private static final String SOURCE = "window";

    private Lab sessionLab;
    private Session session;
    private TaskWatch watch;
    private UnaryOperator<Lab> copies;
    private List<TaskBlock> watched = List.of();
    private Consumer<TaskBlock> onMet = task -> { };

    /** How to copy a lab as it is now (for goals that compare a command's reply); without it, no task is watched. */
    public void copyLabsWith(UnaryOperator<Lab> copier) {
        this.copies = copier;
    }

    /** Watches {@code tasks} on {@code lab} from now on (and on any lab rebuilt after it); {@code met} hears each one met. */
    public void watchTasks(Lab lab, List<TaskBlock> tasks, Consumer<TaskBlock> met) {
        watched = List.copyOf(tasks);
        onMet = met;
        sessionFor(lab);
        if (watch != null) {
            watch.watch(watched);
        }
    }

    /** Checks the watched tasks fully now (time ran on by itself: goals comparing replies may hold now). */
    public void checkTasks(Lab lab) {
        sessionFor(lab); // after Reset the lab is a new one: its tasks are watched from here on
        if (watch != null) {
            watch.checkNow();
        }
    }

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
            return new ActionOutcome(action, false, "a cluster line starts a fresh lab: use Reset or open a scenario",
                    new Wording("clusterInWindow"));
        }
        Outcome outcome = sessionFor(lab).perform(parsed);
        // The window prints a reply as redis-cli does, over several lines if need be.
        String detail = parsed instanceof NodeCommand command && outcome.reply() != null
                ? CliReplyText.text(command.args(), outcome.reply()) : outcome.detail();
        return new ActionOutcome(action, !outcome.failed(), detail, outcome.wording());
    }

    /** One session per lab: a rebuilt or fresh lab gets a fresh session. */
    private Session sessionFor(Lab lab) {
        if (lab != sessionLab) {
            sessionLab = lab;
            session = Session.withoutLog(lab); // the journal (LabSession) records the actions
            watch = copies == null ? null : new TaskWatch(session, () -> copies.apply(lab));
            if (watch != null) {
                watch.onMet(task -> onMet.accept(task));
                watch.watch(watched);
            }
        }
        return session;
    }
}
