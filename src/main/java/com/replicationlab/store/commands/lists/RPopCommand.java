package com.replicationlab.store.commands.lists;

/** RPOP key [count]: pops from the tail. */
public final class RPopCommand extends PopCommand {
    public RPopCommand() {
        super("rpop", false);
    }
}
