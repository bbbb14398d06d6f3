package com.replicationlab.store.commands.sets;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * SREM key member [member ...]: how many members were removed. A set left empty is deleted.
 * Propagated only if a member was removed.
 */
public final class SRemCommand extends Command {
    public SRemCommand() {
        super("srem", -3, KeySpec.ONE, WRITE, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        SetValue set = TypedLookup.lookup(ctx.db(), key, SetValue.class);
        if (set == null) {
            return RespValue.integer(0);
        }
        int removed = 0;
        for (byte[] member : ctx.args().subList(2, ctx.argCount())) {
            if (set.members().remove(ByteKey.of(member))) {
                removed++;
            }
        }
        if (set.members().isEmpty()) {
            ctx.db().remove(key);
        }
        if (removed > 0) {
            ctx.propagate();
        }
        return RespValue.integer(removed);
    }
}
