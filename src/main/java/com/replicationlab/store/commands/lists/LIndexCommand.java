package com.replicationlab.store.commands.lists;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.commands.TypedLookup;

import static com.replicationlab.command.CommandFlag.READONLY;

/**
 * LINDEX key index: the element at index (negative counts from the tail), or nil. The key is looked
 * up before the index is parsed, so a missing key answers nil even to a bad index, as in Redis.
 */
public final class LIndexCommand extends Command {
    public LIndexCommand() {
        super("lindex", 3, KeySpec.ONE, READONLY);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        ListValue list = TypedLookup.lookup(ctx.db(), ByteKey.of(ctx.arg(1)), ListValue.class);
        if (list == null) {
            return RespValue.NIL;
        }
        long index = Args.parseLong(ctx.arg(2));
        int length = list.elements().size();
        long position = index < 0 ? length + index : index;
        if (position < 0 || position >= length) {
            return RespValue.NIL;
        }
        return list.elements().stream().skip(position).findFirst()
                .map(element -> (RespValue) RespValue.bulk(element))
                .orElseThrow();
    }
}
