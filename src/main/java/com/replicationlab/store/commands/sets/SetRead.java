package com.replicationlab.store.commands.sets;

import com.replicationlab.command.CommandContext;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.commands.TypedLookup;

import java.util.Set;

/** The members of the set named by argument 1, for the read commands: empty when the key is missing. */
final class SetRead {
    private SetRead() {
    }

    static Set<ByteKey> members(CommandContext ctx) {
        SetValue set = TypedLookup.lookup(ctx.db(), ByteKey.of(ctx.arg(1)), SetValue.class);
        return set == null ? Set.of() : set.members();
    }
}
