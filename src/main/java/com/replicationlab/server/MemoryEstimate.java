package com.replicationlab.server;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject;

import java.util.Map;

/**
 * A deterministic estimate of memory used by the dataset (INFO used_memory, the RDB's used-mem).
 * The JVM's own figure would change from run to run and break the lab's byte-for-byte replays.
 */
public final class MemoryEstimate {
    private static final long BASE_BYTES = 850_000;
    private static final long PER_KEY_BYTES = 56;
    private static final long PER_ELEMENT_BYTES = 24;

    private final Keyspace keyspace;

    MemoryEstimate(Keyspace keyspace) {
        this.keyspace = keyspace;
    }

    public long usedMemoryBytes() {
        long total = BASE_BYTES;
        for (Database db : keyspace.databases()) {
            for (Map.Entry<ByteKey, RedisObject> e : db.entries()) {
                total += PER_KEY_BYTES + e.getKey().length() + sizeOf(e.getValue());
            }
        }
        return total;
    }

    private static long sizeOf(RedisObject value) {
        if (value instanceof RedisObject.StringValue s) {
            return s.bytes().length;
        }
        if (value instanceof RedisObject.ListValue l) {
            return l.elements().stream().mapToLong(b -> PER_ELEMENT_BYTES + b.length).sum();
        }
        if (value instanceof RedisObject.HashValue h) {
            return h.fields().entrySet().stream()
                    .mapToLong(f -> PER_ELEMENT_BYTES + f.getKey().length() + f.getValue().length).sum();
        }
        return ((RedisObject.SetValue) value).members().stream().mapToLong(m -> PER_ELEMENT_BYTES + m.length()).sum();
    }
}
