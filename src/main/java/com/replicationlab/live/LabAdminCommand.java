package com.replicationlab.live;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.script.Action;
import com.replicationlab.script.Cluster;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;

import java.util.function.Consumer;

/**
 * {@code LAB <action>}: a lab action sent as a Redis command by any client of a served lab, e.g.
 * {@code redis-cli -p 7000 LAB drop next master->replica-1}. The line is checked at once (a bad
 * line gets its error); the action runs on the lab thread right after the current command.
 */
final class LabAdminCommand extends Command {
    private final Consumer<Action> perform;

    LabAdminCommand(Consumer<Action> perform) {
        super("lab", -2, KeySpec.NONE, CommandFlag.ADMIN, CommandFlag.STALE);
        this.perform = perform;
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i < ctx.argCount(); i++) {
            line.append(i > 1 ? " " : "").append(ctx.argString(i));
        }
        Action action;
        try {
            action = ScriptParser.parseAction("LAB", line.toString());
        } catch (ScriptException e) {
            return RespValue.error("ERR " + e.getMessage());
        }
        if (action == null) {
            return RespValue.error("ERR LAB needs an action, e.g. LAB drop next master->replica-1");
        }
        if (action instanceof Cluster) {
            return RespValue.error("ERR a served lab keeps the cluster it was started with");
        }
        perform.accept(action);
        return RespValue.OK;
    }
}
