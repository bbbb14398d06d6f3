package com.replicationlab.store.commands.lists;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.Deque;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/** LPUSH and RPUSH key element [element ...]: adds the elements one by one at one end; the new length. */
abstract class PushCommand extends Command {
    private final boolean atHead;

    PushCommand(String name, boolean atHead) {
        super(name, -3, KeySpec.ONE, WRITE, DENYOOM, FAST);
        this.atHead = atHead;
    }

    @Override
    public final RespValue execute(CommandContext ctx) {
        ByteKey key = ByteKey.of(ctx.arg(1));
        ListValue list = TypedLookup.lookup(ctx.db(), key, ListValue.class);
        if (list == null) {
            list = new ListValue();
            ctx.db().putClearingExpiry(key, list);
        }
        Deque<byte[]> elements = list.elements();
        for (byte[] element : ctx.args().subList(2, ctx.argCount())) {
            if (atHead) {
                elements.addFirst(element);
            } else {
                elements.addLast(element);
            }
        }
        ctx.propagate();
        return RespValue.integer(elements.size());
    }
}
