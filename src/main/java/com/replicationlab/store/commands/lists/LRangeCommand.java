package com.replicationlab.store.commands.lists;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.List;

import static com.replicationlab.command.CommandFlag.READONLY;

/** LRANGE key start stop: the elements between two inclusive indexes (negative ones count from the tail). */
public final class LRangeCommand extends Command {
    public LRangeCommand() {
        super("lrange", 4, KeySpec.ONE, READONLY);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        long start = Args.parseLong(ctx.arg(2));
        long end = Args.parseLong(ctx.arg(3));
        ListValue list = TypedLookup.lookup(ctx.db(), ByteKey.of(ctx.arg(1)), ListValue.class);
        if (list == null) {
            return RespValue.EMPTY_ARRAY;
        }
        int length = list.elements().size();
        start = Math.max(start < 0 ? length + start : start, 0);
        end = end < 0 ? length + end : end;
        if (start > end || start >= length) {
            return RespValue.EMPTY_ARRAY;
        }
        end = Math.min(end, length - 1);
        List<byte[]> range = list.elements().stream()
                .skip(start)
                .limit(end - start + 1)
                .toList();
        return RespValue.arrayOfBulks(range);
    }
}
