package com.replicationlab.replication.rdb;

import com.replicationlab.replication.rdb.RdbLoadResult.SkippedKey;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Keyspace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.replicationlab.replication.rdb.CompactEncodings.intset;
import static com.replicationlab.replication.rdb.CompactEncodings.listpack;
import static com.replicationlab.replication.rdb.CompactEncodings.ziplist;
import static com.replicationlab.replication.rdb.CompactEncodings.zipmap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("RdbReader: every value type")
class RdbReaderTypesTest {
    private static final String LONG_4096 = "x".repeat(4096);
    private static final String LONG_16384 = "y".repeat(16384);

    private final Keyspace keyspace = Values.replicaKeyspace();

    @Nested
    @DisplayName("lists")
    class Lists {
        @Test
        @DisplayName("type 1 (plain): length, then each element")
        void plain() {
            load(RdbBytes.version(10).key(RdbType.LIST, "l").length(3).string("a").hex("c1 2c01").string(""));

            assertEquals("db0 \"l\" list [\"a\",\"300\",\"\"]\n", KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("type 10 (ziplist): every string and integer entry form")
        void ziplistEntries() {
            byte[] zl = ziplist("", "a".repeat(63), "b".repeat(64), LONG_16384, 0L, 12L, 13L, -1L, 127L, -128L, 300L,
                    -32768L, 40000L, 8388607L, -8388608L, 8388608L, 2147483647L, 2147483648L,
                    Long.MIN_VALUE, Long.MAX_VALUE);

            load(RdbBytes.version(9).key(RdbType.LIST_ZIPLIST, "l").blob(zl));

            assertEquals("db0 \"l\" list [\"\",\"{a*63}\",\"{b*64}\",\"{y*16384}\",\"0\",\"12\",\"13\",\"-1\","
                    + "\"127\",\"-128\",\"300\",\"-32768\",\"40000\",\"8388607\",\"-8388608\",\"8388608\","
                    + "\"2147483647\",\"2147483648\",\"-9223372036854775808\",\"9223372036854775807\"]\n",
                    KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("type 10: an entry after one of 254+ bytes stores the previous size in 5 bytes")
        void ziplistBigPrevlen() {
            load(RdbBytes.version(9).key(RdbType.LIST_ZIPLIST, "l").blob(ziplist("z".repeat(300), "after")));

            assertEquals("db0 \"l\" list [\"{z*300}\",\"after\"]\n", KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("type 14 (quicklist of ziplists): nodes in order; an empty node is skipped")
        void quicklist() {
            load(RdbBytes.version(9).key(RdbType.LIST_QUICKLIST, "l").length(3)
                    .blob(ziplist("a", 1L)).blob(ziplist()).blob(ziplist("b")));

            assertEquals("db0 \"l\" list [\"a\",\"1\",\"b\"]\n", KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("type 18 (quicklist 2): packed listpack nodes (one LZF-compressed) and a plain node")
        void quicklist2() {
            load(RdbBytes.version(10).key(RdbType.LIST_QUICKLIST_2, "l").length(3)
                    .length(2).blob(listpack("a", 5L))
                    .length(1).string("plain element")
                    .length(2).lzf(listpack("c".repeat(100), "c".repeat(100))));

            assertEquals("db0 \"l\" list [\"a\",\"5\",\"plain element\",\"{c*100}\",\"{c*100}\"]\n",
                    KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("listpack entries: 7-bit, 13-bit, 16/24/32/64-bit integers; 6-bit, 12-bit, 32-bit strings")
        void listpackEntries() {
            byte[] lp = listpack(0L, 127L, 128L, -1L, 4095L, -4096L, 4096L, -4097L, 32767L, -32768L, 32768L,
                    8388607L, -8388608L, 8388608L, -2147483648L, 2147483648L, Long.MIN_VALUE,
                    "", "s".repeat(63), "t".repeat(64), "u".repeat(4095), LONG_4096);

            load(RdbBytes.version(10).key(RdbType.LIST_QUICKLIST_2, "l").length(1).length(2).blob(lp));

            assertEquals("db0 \"l\" list [\"0\",\"127\",\"128\",\"-1\",\"4095\",\"-4096\",\"4096\",\"-4097\","
                    + "\"32767\",\"-32768\",\"32768\",\"8388607\",\"-8388608\",\"8388608\",\"-2147483648\","
                    + "\"2147483648\",\"-9223372036854775808\",\"\",\"{s*63}\",\"{t*64}\",\"{u*4095}\",\"{x*4096}\"]\n",
                    KeyspaceDump.of(keyspace));
        }
    }

    @Nested
    @DisplayName("sets")
    class Sets {
        @Test
        @DisplayName("type 2 (plain)")
        void plain() {
            load(RdbBytes.version(10).key(RdbType.SET, "s").length(2).string("m1").hex("c0 07"));

            assertEquals("db0 \"s\" set \"7\",\"m1\"\n", KeyspaceDump.of(keyspace));
        }

        @ParameterizedTest(name = "{0}-byte elements")
        @CsvSource({"2, -32768, 32767", "4, -2147483648, 2147483647", "8, -9223372036854775808, 9223372036854775807"})
        @DisplayName("type 11 (intset), each element width")
        void intsetWidths(int width, long min, long max) {
            load(RdbBytes.version(10).key(RdbType.SET_INTSET, "s").blob(intset(width, min, -1, 0, max)));

            assertEquals(String.format("db0 \"s\" set \"-1\",\"%d\",\"0\",\"%d\"%n", min, max).replace("\r", ""),
                    KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("type 20 (listpack set, 7.2)")
        void listpackSet() {
            load(RdbBytes.version(10).key(RdbType.SET_LISTPACK, "s").blob(listpack("a", 10L, "b")));

            assertEquals("db0 \"s\" set \"10\",\"a\",\"b\"\n", KeyspaceDump.of(keyspace));
        }
    }

    @Nested
    @DisplayName("hashes")
    class Hashes {
        @Test
        @DisplayName("type 4 (plain): field, value pairs")
        void plain() {
            load(RdbBytes.version(10).key(RdbType.HASH, "h").length(2).string("f1").string("v1").string("n").hex("c0 05"));

            assertEquals("db0 \"h\" hash \"f1\"=\"v1\",\"n\"=\"5\"\n", KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("type 9 (zipmap): unused bytes after values are skipped; a long value has a 5-byte length")
        void zipmapHash() {
            load(RdbBytes.version(5).key(RdbType.HASH_ZIPMAP, "h").blob(zipmap(2, "f", "v", "long", "L".repeat(300))));

            assertEquals("db0 \"h\" hash \"f\"=\"v\",\"long\"=\"{L*300}\"\n", KeyspaceDump.of(keyspace));
        }

        @Test
        @DisplayName("type 13 (ziplist) and type 16 (listpack): alternating fields and values")
        void compactHashes() {
            load(RdbBytes.version(10)
                    .key(RdbType.HASH_ZIPLIST, "hz").blob(ziplist("f", "v", "n", 7L))
                    .key(RdbType.HASH_LISTPACK, "hl").blob(listpack("f", "v", "n", -7L)));

            assertEquals("""
                    db0 "hl" hash "f"="v","n"="-7"
                    db0 "hz" hash "f"="v","n"="7"
                    """, KeyspaceDump.of(keyspace));
        }
    }

    @Nested
    @DisplayName("what the lab does not keep")
    class NotKept {
        @Test
        @DisplayName("sorted sets of types 3, 5, 12 and 17 are skipped with a warning naming key and type")
        void sortedSetsSkipped() {
            RdbLoadResult result = load(RdbBytes.version(10)
                    .key(RdbType.ZSET, "z3").length(3).string("a").hex("03").ascii("1.5")
                    .string("b").hex("fe").string("c").hex("fd")
                    .key(RdbType.ZSET_2, "z5").length(1).string("a").hex("000000000000f83f")
                    .key(RdbType.ZSET_ZIPLIST, "z12").blob(ziplist("a", 1L))
                    .key(RdbType.ZSET_LISTPACK, "z17").blob(listpack("a", 1L))
                    .key(RdbType.STRING, "after").string("kept"));

            assertEquals("db0 \"after\" string \"kept\"\n", KeyspaceDump.of(keyspace));
            assertEquals(List.of(
                    new SkippedKey(0, ByteKey.of("z3"), "sorted sets are not supported (RDB type 3, zset)"),
                    new SkippedKey(0, ByteKey.of("z5"), "sorted sets are not supported (RDB type 5, zset-2)"),
                    new SkippedKey(0, ByteKey.of("z12"), "sorted sets are not supported (RDB type 12, zset-ziplist)"),
                    new SkippedKey(0, ByteKey.of("z17"), "sorted sets are not supported (RDB type 17, zset-listpack)")),
                    result.skippedKeys());
            assertEquals("skipped key 'z17' in DB 0: sorted sets are not supported (RDB type 17, zset-listpack)",
                    result.warnings().get(3));
        }

        @ParameterizedTest(name = "type {0} ({1})")
        @CsvSource({"6, module-pre-ga", "7, module-2", "15, stream-listpacks", "19, stream-listpacks-2",
            "21, stream-listpacks-3"})
        @DisplayName("streams and module values are an error naming the type and the key")
        void unsupported(int type, String name) {
            RdbFormatException e = assertThrows(RdbFormatException.class,
                    () -> load(RdbBytes.version(10).hex("fe00").key(type, "k").string("whatever")));

            assertEquals("unsupported RDB type " + type + " (" + name + ") for key 'k' at byte offset 11", e.getMessage());
        }

        @ParameterizedTest(name = "type {0}")
        @ValueSource(ints = {8, 22, 100, 0xF4})
        @DisplayName("a type byte that is no type is an error")
        void unknownType(int type) {
            RdbFormatException e = assertThrows(RdbFormatException.class,
                    () -> load(RdbBytes.version(10).key(type, "k")));

            assertEquals("Unknown RDB encoding type " + type + " at byte offset 9", e.getMessage());
        }

        @Test
        @DisplayName("empty lists, sets and hashes are skipped as Redis skips them")
        void emptyContainers() {
            RdbLoadResult result = load(RdbBytes.version(10)
                    .key(RdbType.LIST, "l").length(0)
                    .key(RdbType.SET_INTSET, "s").blob(intset(2))
                    .key(RdbType.HASH_LISTPACK, "h").blob(listpack())
                    .key(RdbType.LIST_QUICKLIST_2, "q").length(1).length(2).blob(listpack()));

            assertEquals(0, keyspace.totalKeys());
            assertEquals(List.of("empty list value", "empty set-intset value", "empty hash-listpack value",
                    "empty list-quicklist-2 value"), result.skippedKeys().stream().map(SkippedKey::reason).toList());
        }
    }

    private RdbLoadResult load(RdbBytes rdb) {
        return RdbReader.load(rdb.eof(), keyspace);
    }
}
