package com.replicationlab.store.commands;

import com.replicationlab.command.CommandContext;
import com.replicationlab.store.ByteKey;

/**
 * What happens when a command gives a key an expiry time that has already passed (Redis's
 * checkAlreadyExpired): a master deletes the key at once and propagates a DEL, because a replica
 * must not delete on its own; a replica keeps the key with that time and waits for its master's DEL.
 */
public final class Expiry {
    private Expiry() {
    }

    public static boolean alreadyPassed(CommandContext ctx, long atMs) {
        return atMs <= ctx.clock().nowMs() && ctx.keyspace().deletesExpiredKeys();
    }

    /** Deletes {@code key} now and propagates "DEL key" (lazyfree-lazy-expire is off by default). */
    public static void deleteNow(CommandContext ctx, ByteKey key) {
        ctx.db().remove(key);
        ctx.propagate(Rewrites.command("DEL", key.bytes()));
    }
}
