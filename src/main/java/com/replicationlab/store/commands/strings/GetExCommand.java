package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.Expiry;
import com.replicationlab.store.commands.Rewrites;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * GETEX key [EX s | PX ms | EXAT s | PXAT ms | PERSIST]: the value, and its expiry changed. Never
 * propagated as sent: a new expiry goes as PEXPIREAT key abs-ms, an EXAT/PXAT already past as DEL key,
 * a PERSIST that removed a TTL as PERSIST key; a plain read sends nothing.
 */
public final class GetExCommand extends Command {
    public GetExCommand() {
        super("getex", -2, KeySpec.ONE, WRITE, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        StringOptions options = StringOptions.ofGetEx(ctx.args());
        ByteKey key = ByteKey.of(ctx.arg(1));
        StringValue value = TypedLookup.lookup(ctx.db(), key, StringValue.class);
        if (value == null) {
            return RespValue.NIL;
        }
        Long atMs = options.expiresAtMs(ctx.clock().nowMs(), name());
        if (atMs != null && options.expire().isAbsolute() && Expiry.alreadyPassed(ctx, atMs)) {
            Expiry.deleteNow(ctx, key);
        } else if (atMs != null) {
            ctx.db().setExpiresAt(key, atMs);
            ctx.propagate(Rewrites.command("PEXPIREAT", key.bytes(), Args.bytes(atMs)));
        } else if (options.persist() && ctx.db().clearExpiry(key)) {
            ctx.propagate(Rewrites.command("PERSIST", key.bytes()));
        }
        return RespValue.bulk(value.bytes());
    }
}
