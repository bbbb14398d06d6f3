package com.replicationlab.replication.rdb;

import com.replicationlab.replication.rdb.RdbLoadResult.Checksum;
import com.replicationlab.store.Keyspace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("RdbReader on payloads observed from a real Redis 7.0.15 (reference section 10)")
class RdbReaderObservedSamplesTest {

    private static final String DISK_PAYLOAD_KEYS = """
            db0 "a1" string "1"
            db0 "big" string "{a*100}"
            db0 "ex" string "val" expires-at-ms=1795544491349
            db0 "foo" string "bar"
            db0 "k1" string "v1"
            db0 "k2" string "v2"
            db0 "n" string "12345"
            db0 "w" string "after"
            """;

    private static final String SAMPLE_KEYS = """
            db0 "big64" string "12345678901"
            db0 "empty" string ""
            db0 "i16" string "300"
            db0 "i32" string "70000"
            db0 "i8" string "-1"
            db0 "l64" string "ieqh524yng5by1a2rogubbb8ayn1b7o259owoo3sb09glshv616mts56zc4pz0lx"
            db0 "lead0" string "007"
            db0 "pxk" string "v" expires-at-ms=1795544744493
            db0 "rnd21" string "q8#Zk!2@LmN0pX$7vR&c"
            db0 "s20" string "{b*20}"
            db0 "s21" string "{b*21}"
            db1 "indb1" string "x"
            """;

    private final Keyspace keyspace = Values.replicaKeyspace();

    @Nested
    @DisplayName("full-resync payloads captured from a master")
    class MasterPayloads {
        @Test
        @DisplayName("rdb_disk.bin ($251 disk form): eight string keys, one with an expiry, and the replication AUX fields")
        void diskForm() {
            RdbLoadResult result = RdbReader.load(Samples.observed("rdb_disk.bin"), keyspace);

            assertEquals(DISK_PAYLOAD_KEYS, KeyspaceDump.of(keyspace));
            assertEquals(10, result.rdbVersion());
            assertEquals(Checksum.VERIFIED, result.checksum());
            assertEquals(Map.of(0, 8L), result.keysLoadedPerDb());
            assertEquals(List.of(), result.warnings());
            Map<String, String> aux = new LinkedHashMap<>();
            aux.put("redis-ver", "7.0.15");
            aux.put("redis-bits", "64");
            aux.put("ctime", "1795544216");
            aux.put("used-mem", "1207952");
            aux.put("repl-stream-db", "0");
            aux.put("repl-id", "27e4b0afdf959af85d2356d25cb946b4e67c597b");
            aux.put("repl-offset", "3735");
            aux.put("aof-base", "0");
            assertEquals(List.copyOf(aux.entrySet()), List.copyOf(result.auxFields().entrySet()));
        }

        @Test
        @DisplayName("rdb_eof.bin ($EOF: diskless form, marker already stripped): same keys, its own offset")
        void eofForm() {
            byte[] rdb = Samples.observed("rdb_eof.bin");
            assertEquals("REDIS0010", new String(rdb, 0, 9), "the stored file holds no framing");

            RdbLoadResult result = RdbReader.load(rdb, keyspace);

            assertEquals(DISK_PAYLOAD_KEYS, KeyspaceDump.of(keyspace));
            assertEquals("3777", result.auxFields().get("repl-offset"));
            assertEquals(Checksum.VERIFIED, result.checksum());
        }
    }

    @Nested
    @DisplayName("files saved with SAVE (no replication AUX fields)")
    class SavedFiles {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"sample_compress.rdb", "sample_nocompress.rdb"})
        @DisplayName("int8/16/32, a 64-bit number as text, \"007\", empty, 20/21-byte, 14-bit length, PX expiry, db1")
        void samples(String name) {
            RdbLoadResult result = RdbReader.load(Samples.observed(name), keyspace);

            assertEquals(SAMPLE_KEYS, KeyspaceDump.of(keyspace));
            assertEquals(Map.of(0, 11L, 1, 1L), result.keysLoadedPerDb());
            assertEquals(List.of("redis-ver", "redis-bits", "ctime", "used-mem", "aof-base"),
                    List.copyOf(result.auxFields().keySet()));
            assertEquals(Checksum.VERIFIED, result.checksum());
        }
    }

    @Nested
    @DisplayName("the hand-made payloads a real 7.0.15 replica was fed (reference 10.1 table)")
    class ReplicaExperiments {
        private static final String T1 = "524544495330303130 fe00 00 03666f6f 03626172 ff";

        @Test
        @DisplayName("T1: minimal, checksum 0 → accepted, 'checksum disabled' warning, key foo")
        void minimalWithZeroChecksum() {
            RdbLoadResult result = RdbReader.load(hex(T1 + "0000000000000000"), keyspace);

            assertEquals("db0 \"foo\" string \"bar\"\n", KeyspaceDump.of(keyspace));
            assertEquals(Checksum.DISABLED_BY_WRITER, result.checksum());
            assertEquals(List.of("RDB file was saved with checksum disabled: no check performed."), result.warnings());
        }

        @Test
        @DisplayName("T2: the same with its real CRC (7be7313cb4020172 stored) → accepted")
        void minimalWithRealChecksum() {
            RdbLoadResult result = RdbReader.load(hex(T1 + "7be7313cb4020172"), keyspace);

            assertEquals(Checksum.VERIFIED, result.checksum());
            assertEquals(1, result.keysLoaded());
        }

        @Test
        @DisplayName("T3: the CRC with its lowest bit flipped → Redis's 'Wrong RDB checksum' message")
        void flippedChecksum() {
            RdbFormatException e = assertThrows(RdbFormatException.class,
                    () -> RdbReader.load(hex(T1 + "7ae7313cb4020172"), keyspace));
            assertEquals("Wrong RDB checksum expected: (720102b43c31e77b) but got (720102b43c31e77a)"
                    + " at byte offset 21", e.getMessage());
        }

        @Test
        @DisplayName("T4: REDIS0011 (what 7.2 writes) → \"Can't handle RDB format version 11\"")
        void version11() {
            RdbFormatException e = assertThrows(RdbFormatException.class,
                    () -> RdbReader.load(hex("524544495330303131 fe00 00 03666f6f 03626172 ff 0000000000000000"),
                            keyspace));
            assertTrue(e.getMessage().startsWith("Can't handle RDB format version 11"), e.getMessage());
        }

        @Test
        @DisplayName("T5: no SELECTDB → the key goes to db 0")
        void noSelectDb() {
            RdbReader.load(RdbBytes.version(10).key(0, "foo").string("bar").eof(), keyspace);

            assertEquals("db0 \"foo\" string \"bar\"\n", KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("T6: REDIS0009 with AUX, RESIZEDB, int8/16/32, LZF, FC future and past, FD, db3")
        void version9Mix() {
            byte[] rdb = RdbBytes.version(9)
                    .hex("fa").string("redis-ver").string("5.0.0")
                    .hex("fe00 fb 06 02")
                    .key(0, "i8").hex("c0 7b")
                    .key(0, "i16").hex("c1 3930")
                    .key(0, "i32").hex("c2 15cd5b07")
                    .key(0, "lzf").hex("c3 09 4064 016161e05700016161")
                    .hex("fc 00da677bd7010000").key(0, "future").string("f")
                    .hex("fc 0100000000000000").key(0, "past").string("p")
                    .hex("fe03 fd 00e1f505").key(0, "secs").string("s")
                    .eof();

            RdbReader.load(rdb, keyspace);

            assertEquals("""
                    db0 "future" string "f" expires-at-ms=2025000000000
                    db0 "i16" string "12345"
                    db0 "i32" string "123456789"
                    db0 "i8" string "123"
                    db0 "lzf" string "{a*100}"
                    db0 "past" string "p" expires-at-ms=1
                    db3 "secs" string "s" expires-at-ms=100000000000
                    """, KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("T7: REDIS0003 ends at FF, with no checksum bytes")
        void version3WithoutChecksum() {
            RdbLoadResult result = RdbReader.load(hex("524544495330303033 fe00 00 03666f6f 03626172 ff"), keyspace);

            assertEquals(Checksum.ABSENT_BEFORE_VERSION_5, result.checksum());
            assertEquals(1, result.keysLoaded());
        }

        @Test
        @DisplayName("T9: the smallest payload, REDIS0010 FF and 8 zero bytes (18 bytes) → 0 keys")
        void empty() {
            RdbLoadResult result = RdbReader.load(hex("524544495330303130ff0000000000000000"), keyspace);

            assertEquals(0, result.keysLoaded());
            assertEquals(0, keyspace.totalKeys());
        }

        @Test
        @DisplayName("T11: a 100-byte value with a 14-bit length (40 64)")
        void fourteenBitLength() {
            byte[] rdb = RdbBytes.version(10).hex("00 046c6f6e67 4064").ascii("L".repeat(100)).eof();

            RdbReader.load(rdb, keyspace);

            assertEquals("db0 \"long\" string \"{L*100}\"\n", KeyspaceDump.of(keyspace));
        }
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}
