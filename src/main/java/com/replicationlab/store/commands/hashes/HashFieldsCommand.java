package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.Map;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.WRITE;

/**
 * HSET and HMSET key field value [field value ...]: sets the fields (an unpaired field is a
 * wrong-arity error). Always propagated as sent, even if no value changed.
 */
abstract class HashFieldsCommand extends Command {
    HashFieldsCommand(String name) {
        super(name, -4, KeySpec.ONE, WRITE, DENYOOM, FAST);
    }

    /** Sets every pair and returns how many fields were new. */
    final int setFields(CommandContext ctx) {
        if (ctx.argCount() % 2 == 1) {
            throw new CommandException(Errors.wrongArity(name()));
        }
        ByteKey key = ByteKey.of(ctx.arg(1));
        HashValue hash = TypedLookup.lookup(ctx.db(), key, HashValue.class);
        if (hash == null) {
            hash = new HashValue();
            ctx.db().putClearingExpiry(key, hash);
        }
        Map<ByteKey, byte[]> fields = hash.fields();
        int created = 0;
        for (int i = 2; i < ctx.argCount(); i += 2) {
            if (fields.put(ByteKey.of(ctx.arg(i)), ctx.arg(i + 1)) == null) {
                created++;
            }
        }
        ctx.propagate();
        return created;
    }
}
