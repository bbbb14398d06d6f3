package com.replicationlab.store.commands.keys;

/** EXPIRE key seconds [NX | XX | GT | LT]. */
public final class ExpireCommand extends ExpireFamilyCommand {
    public ExpireCommand() {
        super("expire", 1000, true);
    }
}
