package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.Arrays;

import static com.replicationlab.command.CommandFlag.READONLY;

/** GETRANGE key start end: the bytes between two inclusive offsets (negative ones count from the end). */
public final class GetRangeCommand extends Command {
    private static final RespValue EMPTY = RespValue.bulk(new byte[0]);

    public GetRangeCommand() {
        super("getrange", 4, KeySpec.ONE, READONLY);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        long start = Args.parseLong(ctx.arg(2));
        long end = Args.parseLong(ctx.arg(3));
        StringValue value = TypedLookup.lookup(ctx.db(), ByteKey.of(ctx.arg(1)), StringValue.class);
        if (value == null || (start < 0 && end < 0 && start > end)) {
            return EMPTY;
        }
        byte[] bytes = value.bytes();
        long length = bytes.length;
        start = Math.max(start < 0 ? length + start : start, 0);
        end = Math.max(end < 0 ? length + end : end, 0);
        end = Math.min(end, length - 1);
        if (start > end || length == 0) {
            return EMPTY;
        }
        return RespValue.bulk(Arrays.copyOfRange(bytes, (int) start, (int) end + 1));
    }
}
