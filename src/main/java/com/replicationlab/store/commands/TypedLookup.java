package com.replicationlab.store.commands;

import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.RedisObject;

/**
 * Reads a key that must hold one type of value, as Redis's checkType does: a value of another type is
 * a WRONGTYPE error. Goes through {@link Database#lookup}, so expired keys are handled by the keyspace.
 */
public final class TypedLookup {
    private TypedLookup() {
    }

    /** The value under {@code key}, or null if there is none. */
    public static <T extends RedisObject> T lookup(Database db, ByteKey key, Class<T> type) {
        RedisObject value = db.lookup(key);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new CommandException(Errors.WRONGTYPE);
        }
        return type.cast(value);
    }
}
