package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;

import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * FLUSHDB and FLUSHALL [ASYNC | SYNC]: empty the data. Both modes do the same here; the command is
 * always propagated as sent, even when there was nothing to delete (Redis forces it).
 */
abstract class FlushCommand extends Command {
    FlushCommand(String name) {
        super(name, -1, KeySpec.NONE, WRITE);
    }

    /** Deletes what this command deletes. */
    abstract void flush(CommandContext ctx);

    @Override
    public final RespValue execute(CommandContext ctx) {
        boolean validMode = ctx.argCount() == 1
                || ctx.argCount() == 2 && (Args.is(ctx.arg(1), "ASYNC") || Args.is(ctx.arg(1), "SYNC"));
        if (!validMode) {
            throw new CommandException(Errors.SYNTAX);
        }
        flush(ctx);
        ctx.propagate();
        return RespValue.OK;
    }
}
