package com.replicationlab.store.commands.lists;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * LPOP and RPOP key [count]. Without count: the element, or nil. With count: an array of up to count
 * elements in the order popped; nil array for a missing key; empty array for count 0. A list left
 * empty is deleted. Propagated only if something was popped.
 */
abstract class PopCommand extends Command {
    private static final String BAD_COUNT = "ERR value is out of range, must be positive";

    private final boolean fromHead;

    PopCommand(String name, boolean fromHead) {
        super(name, -2, KeySpec.ONE, WRITE, FAST);
        this.fromHead = fromHead;
    }

    @Override
    public final RespValue execute(CommandContext ctx) {
        if (ctx.argCount() > 3) {
            throw new CommandException(Errors.wrongArity(name()));
        }
        boolean hasCount = ctx.argCount() == 3;
        long count = hasCount ? count(ctx.arg(2)) : 1;
        ByteKey key = ByteKey.of(ctx.arg(1));
        ListValue list = TypedLookup.lookup(ctx.db(), key, ListValue.class);
        if (list == null) {
            return hasCount ? RespValue.NIL_ARRAY : RespValue.NIL;
        }
        if (count == 0) {
            return RespValue.EMPTY_ARRAY;
        }
        Deque<byte[]> elements = list.elements();
        List<byte[]> popped = new ArrayList<>();
        while (popped.size() < count && !elements.isEmpty()) {
            popped.add(fromHead ? elements.removeFirst() : elements.removeLast());
        }
        if (elements.isEmpty()) {
            ctx.db().remove(key);
        }
        ctx.propagate();
        return hasCount ? RespValue.arrayOfBulks(popped) : RespValue.bulk(popped.get(0));
    }

    /** A non-negative count; anything else (even a non-number) is Redis's "must be positive" error. */
    private static long count(byte[] arg) {
        Long count = Args.tryParseLong(arg);
        if (count == null || count < 0) {
            throw new CommandException(BAD_COUNT);
        }
        return count;
    }
}
