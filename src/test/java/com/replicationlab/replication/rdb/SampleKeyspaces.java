package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.RedisObject.StringValue;

import java.util.Random;

import static com.replicationlab.replication.rdb.Values.bytes;
import static com.replicationlab.replication.rdb.Values.hash;
import static com.replicationlab.replication.rdb.Values.list;
import static com.replicationlab.replication.rdb.Values.randomBytes;
import static com.replicationlab.replication.rdb.Values.set;
import static com.replicationlab.replication.rdb.Values.string;

/** Keyspaces with a bit of everything the writer must handle, built the same way every time. */
final class SampleKeyspaces {
    /** 2100-01-01T00:00:00.123Z: an expiry no test run will reach. */
    static final long FAR_FUTURE_MS = 4_102_444_800_123L;

    private SampleKeyspaces() {
    }

    /**
     * All types, every string encoding (integer forms, canonical and not, LZF-able, random, binary,
     * empty), integer-looking and binary keys, expiry times (past ones too), and several databases.
     */
    static Keyspace everything(boolean withPastExpiries) {
        Keyspace keyspace = Values.replicaKeyspace();
        Random random = new Random(2024);
        Database db0 = keyspace.db(0);
        String[] texts = {"", "0", "-1", "127", "128", "-129", "32767", "32768", "-2147483648", "2147483647",
            "2147483648", "12345678901", "007", "-0", "+5", " 5", "1e3", "0x10", "3.14", "hello"};
        for (int i = 0; i < texts.length; i++) {
            db0.put(ByteKey.of("str:" + i), string(texts[i]));
            db0.put(ByteKey.of(texts[i]), string("key " + i));
        }
        db0.put(ByteKey.of("str:lzf"), string("replication offset ".repeat(40)));
        db0.put(ByteKey.of("str:21"), string("b".repeat(21)));
        db0.put(ByteKey.of("str:random"), new StringValue(randomBytes(random, 3000)));
        db0.put(ByteKey.of(new byte[] {0, (byte) 0xff, '\r', '\n'}), new StringValue(allByteValues()));
        db0.put(ByteKey.of("k".repeat(300)), string("long key"));
        db0.put(ByteKey.of("list:small"), list("a", "1", "", "-7", "a"));
        db0.put(ByteKey.of("list:big"), bigList(random));
        db0.put(ByteKey.of("set:ints"), set("3", "1", "-2", "100000", "9223372036854775807"));
        db0.put(ByteKey.of("set:mixed"), set("b", "a", "1", "x".repeat(100)));
        db0.put(ByteKey.of("set:big"), bigSet());
        db0.put(ByteKey.of("hash:small"), hash("f", "v", "n", "1", "empty", ""));
        db0.put(ByteKey.of("hash:big"), bigHash());
        expire(db0, "str:lzf", FAR_FUTURE_MS);
        expire(db0, "list:small", FAR_FUTURE_MS + 1);
        expire(db0, "hash:small", FAR_FUTURE_MS + 2);
        expire(db0, "set:ints", FAR_FUTURE_MS + 3);
        if (withPastExpiries) {
            expire(db0, "str:0", 1);
            expire(db0, "str:1", Values.NOW_MS - 1);
        }
        keyspace.db(1).put(ByteKey.of("in-db1"), string("one"));
        keyspace.db(9).put(ByteKey.of("in-db9"), list("nine"));
        keyspace.db(15).put(ByteKey.of("in-db15"), hash("last", "db"));
        expire(keyspace.db(15), "in-db15", FAR_FUTURE_MS);
        return keyspace;
    }

    /** {@code keys} small string keys in db 0, as a benchmark fills a master. */
    static Keyspace smallKeys(int keys) {
        Keyspace keyspace = Values.replicaKeyspace();
        Database db = keyspace.db(0);
        for (int i = 0; i < keys; i++) {
            db.put(ByteKey.of(bytes("key:" + i)), new StringValue(bytes("value-" + i)));
        }
        return keyspace;
    }

    private static ListValue bigList(Random random) {
        ListValue list = new ListValue();
        for (int i = 0; i < 3000; i++) {
            list.elements().addLast(i % 3 == 0 ? bytes(Integer.toString(i - 1500)) : randomBytes(random, random.nextInt(40)));
        }
        list.elements().addLast(bytes("z".repeat(10_000)));
        return list;
    }

    private static SetValue bigSet() {
        SetValue set = new SetValue();
        for (int i = 0; i < 1000; i++) {
            set.members().add(ByteKey.of("member-" + (i * 7919 % 1000)));
        }
        return set;
    }

    private static HashValue bigHash() {
        HashValue hash = new HashValue();
        for (int i = 0; i < 1000; i++) {
            hash.fields().put(ByteKey.of("field-" + i), bytes(i % 2 == 0 ? Integer.toString(i) : "value-" + i));
        }
        return hash;
    }

    private static void expire(Database db, String key, long atMs) {
        db.setExpiresAt(ByteKey.of(key), atMs);
    }

    private static byte[] allByteValues() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
