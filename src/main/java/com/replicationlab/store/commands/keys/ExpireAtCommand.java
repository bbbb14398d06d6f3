package com.replicationlab.store.commands.keys;

/** EXPIREAT key unix-time-seconds [NX | XX | GT | LT]. */
public final class ExpireAtCommand extends ExpireFamilyCommand {
    public ExpireAtCommand() {
        super("expireat", 1000, false);
    }
}
