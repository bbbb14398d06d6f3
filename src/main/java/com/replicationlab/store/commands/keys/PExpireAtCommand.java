package com.replicationlab.store.commands.keys;

/** PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT]. */
public final class PExpireAtCommand extends ExpireFamilyCommand {
    public PExpireAtCommand() {
        super("pexpireat", 1, false);
    }
}
