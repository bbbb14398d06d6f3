package com.replicationlab.store.commands.keys;

/** TTL key: seconds left, rounded to the nearest second. */
public final class TtlCommand extends TtlFamilyCommand {
    public TtlCommand() {
        super("ttl", false);
    }
}
