package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.RedisObject.ListValue;
import com.replicationlab.store.RedisObject.SetValue;
import com.replicationlab.store.RedisObject.StringValue;
import com.replicationlab.testing.RealRedis;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.ProtocolCommand;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.replicationlab.replication.rdb.Values.bytes;
import static com.replicationlab.replication.rdb.Values.hash;
import static com.replicationlab.replication.rdb.Values.list;
import static com.replicationlab.replication.rdb.Values.randomBytes;
import static com.replicationlab.replication.rdb.Values.set;
import static com.replicationlab.replication.rdb.Values.string;

/**
 * The dataset of the RDB files under src/test/resources/rdb/ that a real redis-server 7.0.15
 * saved, and the program that made them (see the README there). The same definition gives the
 * keyspace the tests expect the reader to load, so the two cannot drift apart.
 */
public final class RealRedisFixtures {
    static final String COMPRESSED = "all-types-7.0.15.rdb";
    static final String UNCOMPRESSED = "all-types-nocompress-nochecksum-7.0.15.rdb";

    /** A list whose 2000-byte element is pushed while the packed threshold is 1000: a plain node. */
    static final String PLAIN_NODE_LIST = "list:plain-node";
    static final String PLAIN_ELEMENT = "P".repeat(2000);
    static final long FAR_FUTURE_MS = SampleKeyspaces.FAR_FUTURE_MS;

    /** Sorted sets in the files (small: listpack, type 17; big: skiplist, type 5), which the lab skips. */
    static final Map<String, Integer> SORTED_SETS = Map.of("zset:small", 17, "zset:big", 5);

    private static final ProtocolCommand DEBUG = () -> "DEBUG".getBytes(StandardCharsets.US_ASCII);

    private RealRedisFixtures() {
    }

    /** One key of the dataset. */
    record Entry(int db, byte[] key, RedisObject value, Long expiresAtMs) {
        Entry(int db, String key, RedisObject value) {
            this(db, bytes(key), value, null);
        }

        Entry expiringAt(long atMs) {
            return new Entry(db, key, value, atMs);
        }
    }

    static List<Entry> entries() {
        Random random = new Random(7_0_15);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(0, "str:int8", string("-1")));
        entries.add(new Entry(0, "str:int16", string("300")));
        entries.add(new Entry(0, "str:int32", string("70000")));
        entries.add(new Entry(0, "str:big64", string("12345678901")));
        entries.add(new Entry(0, "str:lead0", string("007")));
        entries.add(new Entry(0, "str:empty", string("")));
        entries.add(new Entry(0, "str:lzf", string("a".repeat(100) + "replication ".repeat(20))));
        entries.add(new Entry(0, "str:random", new StringValue(randomBytes(random, 200))));
        entries.add(new Entry(0, "12345", string("an integer-encoded key")));
        entries.add(new Entry(0, "str:ttl", string("expires")).expiringAt(FAR_FUTURE_MS));
        entries.add(new Entry(0, "list:small", list("0", "127", "128", "-1", "4095", "-4096", "4096", "32767",
                "-32768", "32768", "8388607", "-8388608", "8388608", "2147483647", "2147483648",
                "9223372036854775807", "-9223372036854775808", "", "a", "s".repeat(63), "t".repeat(64),
                "u".repeat(4095), "v".repeat(4096))));
        entries.add(new Entry(0, "list:many", numbered("item-", 2000)));
        entries.add(new Entry(0, "list:big-element", list("head", "z".repeat(10_000), "tail")));
        entries.add(new Entry(0, PLAIN_NODE_LIST, list("p1", PLAIN_ELEMENT, "p2")));
        entries.add(new Entry(0, "list:ttl", list("x", "y")).expiringAt(FAR_FUTURE_MS + 1));
        entries.add(new Entry(0, "hash:small", hash("f1", "v1", "num", "42", "neg", "-5", "empty", "")));
        entries.add(new Entry(0, "hash:big", bigHash()));
        entries.add(new Entry(0, "hash:long-value", hash("f", "w".repeat(100))));
        entries.add(new Entry(0, "set:int16", set("1", "2", "3", "-7")));
        entries.add(new Entry(0, "set:int32", set("100000", "-100000", "5")));
        entries.add(new Entry(0, "set:int64", set("1", "9223372036854775807", "-9223372036854775808")));
        entries.add(new Entry(0, "set:strings", set("a", "b", "c")));
        entries.add(new Entry(0, "set:big-ints", bigIntSet()));
        entries.add(new Entry(1, "db1:key", string("one")));
        entries.add(new Entry(5, "db5:set", set("x", "y")));
        entries.add(new Entry(15, "db15:hash", hash("last", "db")).expiringAt(FAR_FUTURE_MS + 2));
        return entries;
    }

    /** The keyspace a reader must load from either fixture file. */
    static Keyspace expectedKeyspace() {
        Keyspace keyspace = Values.replicaKeyspace();
        for (Entry entry : entries()) {
            keyspace.db(entry.db()).put(ByteKey.of(entry.key()), entry.value());
            if (entry.expiresAtMs() != null) {
                keyspace.db(entry.db()).setExpiresAt(ByteKey.of(entry.key()), entry.expiresAtMs());
            }
        }
        return keyspace;
    }

    /**
     * Fills a fresh redis-server (with DEBUG enabled, for the plain node) with the dataset and saves
     * it into {@code args[0]}; then has a second one, started with rdbcompression and rdbchecksum off
     * (the latter cannot be changed at run time), load that file and save it again.
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Path first = Files.createTempDirectory("rdb-fixture-compressed");
        try (RealRedis server = RealRedis.startIn(first, "--dbfilename", "dump.rdb", "--enable-debug-command", "yes");
             Jedis jedis = server.client()) {
            for (Entry entry : entries()) {
                store(jedis, entry);
            }
            jedis.select(0);
            jedis.zadd("zset:small", Map.of("a", 1.0, "b", 2.5));
            for (int i = 0; i < 200; i++) {
                jedis.zadd("zset:big", i, "member-" + i);
            }
            jedis.save();
        }
        Files.copy(first.resolve("dump.rdb"), target.resolve(COMPRESSED), StandardCopyOption.REPLACE_EXISTING);

        Path second = Files.createTempDirectory("rdb-fixture-uncompressed");
        Files.copy(first.resolve("dump.rdb"), second.resolve("dump.rdb"));
        try (RealRedis server = RealRedis.startIn(second, "--dbfilename", "dump.rdb",
                "--rdbcompression", "no", "--rdbchecksum", "no");
             Jedis jedis = server.client()) {
            jedis.save();
        }
        Files.copy(second.resolve("dump.rdb"), target.resolve(UNCOMPRESSED), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void store(Jedis jedis, Entry entry) {
        jedis.select(entry.db());
        byte[] key = entry.key();
        RedisObject value = entry.value();
        if (value instanceof StringValue s) {
            jedis.set(key, s.bytes());
        } else if (value instanceof ListValue l) {
            boolean plainNode = new String(key, StandardCharsets.UTF_8).equals(PLAIN_NODE_LIST);
            if (plainNode) {
                jedis.sendCommand(DEBUG, bytes("QUICKLIST-PACKED-THRESHOLD"), bytes("1000"));
            }
            for (byte[] element : l.elements()) {
                jedis.rpush(key, element);
            }
            if (plainNode) {
                jedis.sendCommand(DEBUG, bytes("QUICKLIST-PACKED-THRESHOLD"), bytes("1073741824"));
            }
        } else if (value instanceof SetValue s) {
            s.members().forEach(member -> jedis.sadd(key, member.bytes()));
        } else {
            ((HashValue) value).fields().forEach((field, v) -> jedis.hset(key, field.bytes(), v));
        }
        if (entry.expiresAtMs() != null) {
            jedis.pexpireAt(key, entry.expiresAtMs());
        }
    }

    private static ListValue numbered(String prefix, int count) {
        ListValue list = new ListValue();
        for (int i = 0; i < count; i++) {
            list.elements().addLast(bytes(prefix + i));
        }
        return list;
    }

    private static HashValue bigHash() {
        HashValue hash = new HashValue();
        for (int i = 0; i < 1000; i++) {
            hash.fields().put(ByteKey.of("field-" + i), bytes(Integer.toString(i * 3)));
        }
        return hash;
    }

    private static SetValue bigIntSet() {
        SetValue set = new SetValue();
        for (int i = 0; i < 1000; i++) {
            set.members().add(ByteKey.of(Integer.toString(i * 1000 - 7)));
        }
        return set;
    }
}
