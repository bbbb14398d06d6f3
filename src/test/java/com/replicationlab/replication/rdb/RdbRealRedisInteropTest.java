package com.replicationlab.replication.rdb;

import com.replicationlab.store.Keyspace;
import com.replicationlab.testing.RealRedis;
import com.replicationlab.testing.Tools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import redis.clients.jedis.Jedis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static com.replicationlab.replication.rdb.CompactEncodings.asEntries;
import static com.replicationlab.replication.rdb.CompactEncodings.intset;
import static com.replicationlab.replication.rdb.CompactEncodings.listpack;
import static com.replicationlab.replication.rdb.CompactEncodings.ziplist;
import static com.replicationlab.replication.rdb.CompactEncodings.zipmap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs against the real redis-server and redis-check-rdb; skipped when absent unless CI=true. */
@DisplayName("RDB interoperability with a real redis-server 7.0.15")
class RdbRealRedisInteropTest {
    private static final String OURS = "ours.rdb";
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] KEY = "k".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESTORED = "restored".getBytes(StandardCharsets.US_ASCII);
    private static final RdbAux AUX = new RdbAux(1_767_225_600L, 1_000_000L,
            "27e4b0afdf959af85d2356d25cb946b4e67c597b", 3735L, 0);

    @TempDir
    Path dir;

    @BeforeEach
    void redisInstalled() {
        RealRedis.assumeInstalled("redis-check-rdb");
    }

    @ParameterizedTest(name = "compression={0}, checksum={1}")
    @CsvSource({"true, true", "false, false"})
    @DisplayName("redis-check-rdb says our snapshot looks OK and counts every key")
    void checkRdbAcceptsOurSnapshot(boolean compression, boolean checksum) throws Exception {
        Keyspace keyspace = SampleKeyspaces.everything(true);
        Path file = write(keyspace, new RdbWriteOptions(compression, checksum), "check.rdb");

        Tools.Run check = Tools.run("redis-check-rdb", file.toString());

        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("\\o/ RDB looks OK! \\o/"), check.output());
        assertTrue(check.output().contains("[info] " + keyspace.totalKeys() + " keys read"), check.output());
        assertTrue(check.output().contains("[info] 2 already expired"), check.output());
    }

    @Test
    @DisplayName("redis-server loads our snapshot: every key, value and expiry time reads back through commands")
    void redisServerLoadsOurSnapshot() throws Exception {
        Keyspace keyspace = SampleKeyspaces.everything(false);

        try (RealRedis server = serve(keyspace); Jedis jedis = server.client()) {
            assertEquals("replication offset ".repeat(40), jedis.get("str:lzf"));
            assertEquals(List.of("a", "1", "", "-7", "a"), jedis.lrange("list:small", 0, -1));
            assertEquals(SampleKeyspaces.FAR_FUTURE_MS + 1, jedis.pexpireTime("list:small"));
            assertEquals(KeyspaceDump.of(keyspace), KeyspaceDump.of(RedisContents.read(jedis)));
            assertTrue(server.logText().contains("Done loading RDB, keys loaded: " + keyspace.totalKeys()),
                    server.logText());
        }
    }

    @Test
    @DisplayName("what redis-server saves from our snapshot (its own compact encodings) reads back equal")
    void ourReaderLoadsWhatRedisSavesFromOurSnapshot() throws Exception {
        Keyspace keyspace = SampleKeyspaces.everything(false);

        try (RealRedis server = serve(keyspace); Jedis jedis = server.client()) {
            Files.delete(dir.resolve(OURS)); // loaded: what SAVE writes next is Redis's own
            jedis.save();
        }

        Keyspace loaded = Values.replicaKeyspace();
        RdbReader.load(Files.readAllBytes(dir.resolve(OURS)), loaded);
        assertEquals(KeyspaceDump.of(keyspace), KeyspaceDump.of(loaded));
    }

    @Test
    @DisplayName("hand-made zipmap, ziplist, quicklist, intset and listpack values load the same in redis-server and RdbReader")
    void legacyEncodingsAgreeWithRedis() throws Exception {
        String[] values = {"a", "0", "12", "13", "-1", "300", "-40000", "8388608", "4294967296", "", "x".repeat(70)};
        byte[] rdb = RdbBytes.version(10)
                .key(RdbType.HASH_ZIPMAP, "zipmap").blob(zipmap(3, "f", "v", "long", "L".repeat(300)))
                .key(RdbType.LIST_ZIPLIST, "ziplist-list").blob(ziplist(asEntries(values)))
                .key(RdbType.LIST_QUICKLIST, "quicklist").length(2).blob(ziplist("n1", 1L)).blob(ziplist("n2", 2L))
                .key(RdbType.SET_INTSET, "intset").blob(intset(8, Long.MIN_VALUE, -1, 0, 70000, Long.MAX_VALUE))
                .key(RdbType.HASH_ZIPLIST, "ziplist-hash").blob(ziplist("f", "v", "n", 5L))
                .key(RdbType.HASH_LISTPACK, "listpack-hash").blob(listpack("f", "v", "n", -4097L))
                .key(RdbType.LIST_QUICKLIST_2, "quicklist-2").length(2).length(1).string("plain")
                .length(2).lzf(listpack(asEntries(values)))
                .eof();
        Files.write(dir.resolve("legacy.rdb"), rdb);
        Keyspace ours = Values.replicaKeyspace();
        RdbReader.load(rdb, ours);

        try (RealRedis server = RealRedis.startIn(dir, "--dbfilename", "legacy.rdb");
             Jedis jedis = server.client()) {
            assertEquals(KeyspaceDump.of(ours), KeyspaceDump.of(RedisContents.read(jedis)));
        }
    }

    @Test
    @DisplayName("string encodings equal Redis's byte for byte (DUMP): integer forms, raw, LZF")
    void stringEncodingsMatchRedis() throws Exception {
        String[] texts = {"-1", "300", "70000", "-2147483648", "12345678901", "007", "", "b".repeat(20),
            "b".repeat(21), "a".repeat(100), "0123456789abcdef0123456789z", "0123456789abcdef01234567890123456789",
            "replica offset ".repeat(30), "x".repeat(5000)};

        try (RealRedis server = RealRedis.start(); Jedis jedis = server.client()) {
            for (String text : texts) {
                byte[] s = text.getBytes(StandardCharsets.UTF_8);
                jedis.set(KEY, s);
                assertEquals(HEX.formatHex(dumpedValue(jedis.dump(KEY))), HEX.formatHex(encode(s)), text);
            }
        }
    }

    @Test
    @DisplayName("for 300 seeded strings, Redis restores our encoding and we decode Redis's (LZF both ways)")
    void stringEncodingsInteroperate() throws Exception {
        Random random = new Random(70015);
        try (RealRedis server = RealRedis.start(); Jedis jedis = server.client()) {
            for (int i = 0; i < 300; i++) {
                byte[] s = LzfTest.repetitive(random, 1 + random.nextInt(i < 200 ? 200 : 20_000));
                jedis.set(KEY, s);
                RdbInput redisEncoding = new RdbInput(dumpedValue(jedis.dump(KEY)));
                assertArrayEquals(s, redisEncoding.readString(), "ours decoding Redis's, string " + i);
                assertTrue(redisEncoding.atEnd());

                assertEquals("OK", jedis.restore(RESTORED, 0, dumpPayload(encode(s))));
                assertArrayEquals(s, jedis.get(RESTORED), "Redis decoding ours, string " + i);
                jedis.del(RESTORED);
            }
        }
    }

    private static byte[] encode(byte[] s) {
        RdbOutput out = new RdbOutput(true, 16);
        out.writeString(s);
        return out.toByteArray();
    }

    /** DUMP is the type byte, the value as in an RDB, the RDB version (2 bytes LE) and a CRC-64. */
    private static byte[] dumpedValue(byte[] dump) {
        return Arrays.copyOfRange(dump, 1, dump.length - 10);
    }

    private static byte[] dumpPayload(byte[] stringValue) {
        byte[] payload = new byte[1 + stringValue.length + 10];
        System.arraycopy(stringValue, 0, payload, 1, stringValue.length);
        payload[1 + stringValue.length] = (byte) RdbWriter.RDB_VERSION;
        long crc = Crc64.update(0, payload, 0, payload.length - 8);
        for (int i = 0; i < 8; i++) {
            payload[payload.length - 8 + i] = (byte) (crc >>> (8 * i));
        }
        return payload;
    }

    /** A redis-server started on our snapshot of {@code keyspace}. */
    private RealRedis serve(Keyspace keyspace) throws Exception {
        write(keyspace, RdbWriteOptions.DEFAULTS, OURS);
        return RealRedis.startIn(dir, "--dbfilename", OURS);
    }

    private Path write(Keyspace keyspace, RdbWriteOptions options, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, new RdbWriter(options).write(keyspace, AUX));
        return file;
    }
}
