package com.replicationlab.store.commands.keys;

import com.replicationlab.command.CommandContext;

/** FLUSHALL [ASYNC | SYNC]: empties every database. */
public final class FlushAllCommand extends FlushCommand {
    public FlushAllCommand() {
        super("flushall");
    }

    @Override
    void flush(CommandContext ctx) {
        ctx.keyspace().flushAll();
    }
}
