package com.replicationlab.store.commands.keys;

/** PEXPIRE key milliseconds [NX | XX | GT | LT]. */
public final class PExpireCommand extends ExpireFamilyCommand {
    public PExpireCommand() {
        super("pexpire", 1, true);
    }
}
