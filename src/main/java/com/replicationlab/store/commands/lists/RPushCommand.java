package com.replicationlab.store.commands.lists;

/** RPUSH key element [element ...]: appends at the tail. */
public final class RPushCommand extends PushCommand {
    public RPushCommand() {
        super("rpush", false);
    }
}
