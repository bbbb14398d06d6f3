package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.commands.Expiry;
import com.replicationlab.store.commands.Rewrites;

import java.util.List;
import java.util.Set;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * EXPIRE, PEXPIRE, EXPIREAT and PEXPIREAT key time [NX | XX | GT | LT] (Redis's expireGenericCommand).
 * Replies 1 if the expiry was set, 0 if the key is missing or a condition refused it.
 *
 * <p>Replicas must expire the key at the master's instant, so the command is propagated as
 * {@code PEXPIREAT key <abs-ms> [options]}; a time already past deletes the key on a master and is
 * propagated as {@code DEL key}.
 */
abstract class ExpireFamilyCommand extends Command {
    private final long unitMs;
    private final boolean relative;

    ExpireFamilyCommand(String name, long unitMs, boolean relative) {
        super(name, -3, KeySpec.ONE, WRITE, FAST);
        this.unitMs = unitMs;
        this.relative = relative;
    }

    @Override
    public final RespValue execute(CommandContext ctx) {
        Set<ExpireCondition> conditions = ExpireCondition.parse(ctx.args());
        long atMs = absoluteMs(Args.parseLong(ctx.arg(2)), ctx.clock().nowMs());
        ByteKey key = ByteKey.of(ctx.arg(1));
        Database db = ctx.db();
        if (db.lookup(key) == null) {
            return RespValue.integer(0);
        }
        Long currentAtMs = db.expiresAt(key);
        if (!conditions.stream().allMatch(condition -> condition.allows(currentAtMs, atMs))) {
            return RespValue.integer(0);
        }
        if (Expiry.alreadyPassed(ctx, atMs)) {
            Expiry.deleteNow(ctx, key);
        } else {
            db.setExpiresAt(key, atMs);
            ctx.propagate(givenInAbsoluteMs() ? ctx.args() : asPExpireAt(ctx.args(), atMs));
        }
        return RespValue.integer(1);
    }

    /** The time as absolute ms; negative times are allowed, overflow is not. */
    private long absoluteMs(long time, long nowMs) {
        if (time > Long.MAX_VALUE / unitMs || time < Long.MIN_VALUE / unitMs) {
            throw invalidExpireTime();
        }
        long ms = time * unitMs;
        long baseMs = relative ? nowMs : 0;
        if (ms > Long.MAX_VALUE - baseMs) {
            throw invalidExpireTime();
        }
        return ms + baseMs;
    }

    /** PEXPIREAT already says what replicas need, so Redis sends it exactly as the client did. */
    private boolean givenInAbsoluteMs() {
        return !relative && unitMs == 1;
    }

    /** The client's command renamed PEXPIREAT, with the absolute time; options kept as sent. */
    private static List<byte[]> asPExpireAt(List<byte[]> args, long atMs) {
        List<byte[]> command = Rewrites.replacing(args, 2, Args.bytes(atMs));
        return Rewrites.replacing(command, 0, Args.bytes("PEXPIREAT"));
    }

    private CommandException invalidExpireTime() {
        return new CommandException(Errors.invalidExpireTime(name()));
    }
}
