package com.replicationlab.store.commands.keys;

import com.replicationlab.command.CommandContext;

/** FLUSHDB [ASYNC | SYNC]: empties the selected database. */
public final class FlushDbCommand extends FlushCommand {
    public FlushDbCommand() {
        super("flushdb");
    }

    @Override
    void flush(CommandContext ctx) {
        ctx.db().clear();
    }
}
