package com.replicationlab.store.commands.sets;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** SADD key member [member ...]: how many members were new; propagated only if some were. */
public final class SAddCommand extends Command {
    public SAddCommand() {
        super("sadd", -3, KeySpec.ONE, WRITE, DENYOOM, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        SetValue set = TypedLookup.lookup(ctx.db(), key, SetValue.class);
        if (set == null) {
            set = new SetValue();
            ctx.db().putClearingExpiry(key, set);
        }
        int added = 0;
        for (byte[] member : ctx.args().subList(2, ctx.argCount())) {
            if (set.members().add(ByteKey.of(member))) {
                added++;
            }
        }
        if (added > 0) {
            ctx.propagate();
        }
        return RespValue.integer(added);
    }
}
