package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** TTL and PTTL key: time left, -1 if the key never expires, -2 if it does not exist. */
abstract class TtlFamilyCommand extends Command {
    private final boolean inMs;

    TtlFamilyCommand(String name, boolean inMs) {
        super(name, 2, KeySpec.ONE, READONLY, FAST);
        this.inMs = inMs;
    }

    @Override
    public final RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        if (ctx.db().lookup(key) == null) {
            return RespValue.integer(-2);
        }
        Long atMs = ctx.db().expiresAt(key);
        if (atMs == null) {
            return RespValue.integer(-1);
        }
        long leftMs = Math.max(atMs - ctx.clock().nowMs(), 0);
        // TTL rounds to the nearest second, as Redis does.
        return RespValue.integer(inMs ? leftMs : (leftMs + 500) / 1000);
    }
}
