package com.replicationlab.replication.rdb;

import com.replicationlab.replication.rdb.RdbLoadResult.Checksum;
import com.replicationlab.replication.rdb.RdbLoadResult.SkippedKey;
import com.replicationlab.store.Keyspace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("RdbReader on files a real redis-server 7.0.15 saved (src/test/resources/rdb/)")
class RdbReaderRealRedisFixturesTest {
    private static final HexFormat HEX = HexFormat.of();

    private final Keyspace keyspace = Values.replicaKeyspace();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {RealRedisFixtures.COMPRESSED, RealRedisFixtures.UNCOMPRESSED})
    @DisplayName("loads exactly the dataset that was put in; sorted sets skipped with warnings")
    void loadsTheDataset(String name) {
        RdbLoadResult result = RdbReader.load(Samples.fixture(name), keyspace);

        assertEquals(KeyspaceDump.of(RealRedisFixtures.expectedKeyspace()), KeyspaceDump.of(keyspace));
        assertEquals(Map.of("zset:big", "sorted sets are not supported (RDB type 5, zset-2)",
                        "zset:small", "sorted sets are not supported (RDB type 17, zset-listpack)"),
                result.skippedKeys().stream().collect(Collectors.toMap(k -> k.key().toString(), SkippedKey::reason)));
        assertEquals(Map.of(0, 23L, 1, 1L, 5, 1L, 15, 1L), result.keysLoadedPerDb());
        assertEquals(List.of("redis-ver", "redis-bits", "ctime", "used-mem", "aof-base"),
                List.copyOf(result.auxFields().keySet()));
        assertEquals("7.0.15", result.auxFields().get("redis-ver"));
    }

    @Test
    @DisplayName("the default file is checksummed; the other was saved with rdbchecksum no")
    void checksums() {
        assertEquals(Checksum.VERIFIED, RdbReader.load(Samples.fixture(RealRedisFixtures.COMPRESSED),
                Values.replicaKeyspace()).checksum());
        assertEquals(Checksum.DISABLED_BY_WRITER, RdbReader.load(Samples.fixture(RealRedisFixtures.UNCOMPRESSED),
                Values.replicaKeyspace()).checksum());
    }

    @Test
    @DisplayName("the files exercise the encodings 7.0.15 writes: quicklist 2, listpack and plain hashes, intsets, plain sets")
    void encodingsCovered() {
        byte[] rdb = Samples.fixture(RealRedisFixtures.COMPRESSED);
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("list:small", 18), Map.entry("list:many", 18), Map.entry("list:big-element", 18),
                Map.entry("list:plain-node", 18), Map.entry("hash:small", 16), Map.entry("hash:big", 4),
                Map.entry("hash:long-value", 4), Map.entry("set:int16", 11), Map.entry("set:int32", 11),
                Map.entry("set:int64", 11), Map.entry("set:strings", 2), Map.entry("set:big-ints", 2),
                Map.entry("zset:small", 17), Map.entry("zset:big", 5), Map.entry("str:lzf", 0)));
        Map<String, Integer> found = new TreeMap<>();
        expected.keySet().forEach(key -> found.put(key, typeBefore(rdb, key)));

        assertEquals(expected, found);
    }

    @Test
    @DisplayName("the big element pushed under a 1000-byte packed threshold is a plain quicklist node (container 1)")
    void plainNode() {
        String hex = HEX.formatHex(Samples.fixture(RealRedisFixtures.UNCOMPRESSED));

        assertTrue(hex.contains("01" + "47d0" + HEX.formatHex(RealRedisFixtures.PLAIN_ELEMENT.getBytes())));
    }

    /** The type byte stored before a key: type, 6-bit length, key. */
    private static int typeBefore(byte[] rdb, String key) {
        String hex = HEX.formatHex(rdb);
        byte[] k = key.getBytes(StandardCharsets.US_ASCII);
        int at = hex.indexOf(String.format("%02x", k.length) + HEX.formatHex(k));
        assertTrue(at > 0 && at % 2 == 0, key);
        return rdb[at / 2 - 1] & 0xff;
    }
}
