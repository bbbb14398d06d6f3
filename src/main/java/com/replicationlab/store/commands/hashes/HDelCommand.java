package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * HDEL key field [field ...]: how many fields were removed. A hash left empty is deleted. Propagated
 * only if a field was removed.
 */
public final class HDelCommand extends Command {
    public HDelCommand() {
        super("hdel", -3, KeySpec.ONE, WRITE, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        HashValue hash = TypedLookup.lookup(ctx.db(), key, HashValue.class);
        if (hash == null) {
            return RespValue.integer(0);
        }
        int removed = 0;
        for (byte[] field : ctx.args().subList(2, ctx.argCount())) {
            if (hash.fields().remove(ByteKey.of(field)) != null) {
                removed++;
            }
        }
        if (hash.fields().isEmpty()) {
            ctx.db().remove(key);
        }
        if (removed > 0) {
            ctx.propagate();
        }
        return RespValue.integer(removed);
    }
}
