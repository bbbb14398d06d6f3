package com.replicationlab.store.commands.lists;

/** LPOP key [count]: pops from the head. */
public final class LPopCommand extends PopCommand {
    public LPopCommand() {
        super("lpop", true);
    }
}
