package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.RedisObject.StringValue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Short ways to make keyspaces and values in tests. */
final class Values {
    /** The fixed "now" of test keyspaces: 2026-01-01T00:00:00Z. */
    static final long NOW_MS = 1_767_225_600_000L;

    private Values() {
    }

    /** An empty keyspace on a fixed clock that keeps expired keys, as a replica's does. */
    static Keyspace replicaKeyspace() {
        Keyspace keyspace = new Keyspace(() -> NOW_MS);
        keyspace.setDeletesExpiredKeys(false);
        return keyspace;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The next {@code length} bytes of a seeded source, so the "random" values are the same every run. */
    static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    static StringValue string(String text) {
        return StringValue.of(text);
    }

    static ListValue list(String... elements) {
        ListValue list = new ListValue();
        for (String element : elements) {
            list.elements().addLast(bytes(element));
        }
        return list;
    }

    static SetValue set(String... members) {
        SetValue set = new SetValue();
        for (String member : members) {
            set.members().add(ByteKey.of(member));
        }
        return set;
    }

    /** A hash from alternating fields and values. */
    static HashValue hash(String... fieldsAndValues) {
        HashValue hash = new HashValue();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            hash.fields().put(ByteKey.of(fieldsAndValues[i]), bytes(fieldsAndValues[i + 1]));
        }
        return hash;
    }
}
