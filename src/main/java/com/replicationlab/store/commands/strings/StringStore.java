package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandException;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.store.commands.Rewrites;

import java.util.List;

/**
 * Writes string values as Redis's setKey does: the key is looked up first (so an expired one is
 * deleted, and its DEL propagated, before the write), then replaced.
 */
final class StringStore {
    /** Redis's proto-max-bulk-len default: no string may grow beyond it. */
    static final long MAX_STRING_BYTES = 512L * 1024 * 1024;

    private StringStore() {
    }

    /** Replaces the key's value and clears its expiry time (plain SET). */
    static void set(Database db, ByteKey key, byte[] value) {
        db.lookup(key);
        db.putClearingExpiry(key, new StringValue(value));
    }

    /** Replaces the key's value and keeps its expiry time (SET KEEPTTL, INCR, APPEND...). */
    static void setKeepingTtl(Database db, ByteKey key, byte[] value) {
        db.lookup(key);
        db.put(key, new StringValue(value));
    }

    /** Replaces the key's value and gives it the expiry time {@code atMs}. */
    static void setExpiringAt(Database db, ByteKey key, byte[] value, long atMs) {
        setKeepingTtl(db, key, value);
        db.setExpiresAt(key, atMs);
    }

    /** What Redis propagates for any SET with an expiry: SET key value PXAT at-ms. */
    static List<byte[]> setPxAt(ByteKey key, byte[] value, long atMs) {
        return Rewrites.command("SET", key.bytes(), value, Args.bytes("PXAT"), Args.bytes(atMs));
    }

    static void checkLength(long bytes) {
        if (bytes > MAX_STRING_BYTES) {
            throw new CommandException("ERR string exceeds maximum allowed size (proto-max-bulk-len)");
        }
    }
}
