package com.replicationlab.store.commands.lists;

/** LPUSH key element [element ...]: each element goes to the head, so they end up reversed. */
public final class LPushCommand extends PushCommand {
    public LPushCommand() {
        super("lpush", true);
    }
}
