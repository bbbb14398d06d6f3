package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.CommandContext;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.Map;

/** The fields of the hash named by argument 1, for the read commands: empty when the key is missing. */
final class HashRead {
    private HashRead() {
    }

    static Map<ByteKey, byte[]> fields(CommandContext ctx) {
        HashValue hash = TypedLookup.lookup(ctx.db(), ByteKey.of(ctx.arg(1)), HashValue.class);
        return hash == null ? Map.of() : hash.fields();
    }
}
