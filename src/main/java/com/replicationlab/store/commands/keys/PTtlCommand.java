package com.replicationlab.store.commands.keys;

/** PTTL key: milliseconds left. */
public final class PTtlCommand extends TtlFamilyCommand {
    public PTtlCommand() {
        super("pttl", true);
    }
}
