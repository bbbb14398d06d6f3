package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Keyspace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.function.Supplier;

import static com.replicationlab.replication.rdb.CompactEncodings.intset;
import static com.replicationlab.replication.rdb.CompactEncodings.listpack;
import static com.replicationlab.replication.rdb.CompactEncodings.ziplist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("RdbReader: corrupt input is an RdbFormatException saying what and where")
class RdbReaderCorruptInputTest {
    private final Keyspace keyspace = Values.replicaKeyspace();

    @Nested
    @DisplayName("header and trailer")
    class HeaderAndTrailer {
        @Test
        @DisplayName("a wrong magic string")
        void signature() {
            assertError("Wrong signature trying to load DB from file at byte offset 0",
                    () -> new RdbBytes().ascii("RADIS0010").eof());
        }

        @ParameterizedTest(name = "REDIS{0} → version {1}")
        @CsvSource({"0000, 0", "0011, 11", "0012, 12", "abcd, 0", "0x10, 0"})
        @DisplayName("versions outside 1..10 (read like atoi)")
        void versions(String digits, int version) {
            assertError("Can't handle RDB format version " + version + " at byte offset 5",
                    () -> new RdbBytes().ascii("REDIS" + digits).eof());
        }

        @Test
        @DisplayName("bytes after the checksum")
        void trailingBytes() {
            byte[] rdb = RdbBytes.version(10).eof();
            byte[] longer = Arrays.copyOf(rdb, rdb.length + 2);
            RdbFormatException e = assertThrows(RdbFormatException.class, () -> RdbReader.load(longer, keyspace));
            assertEquals("2 bytes follow the end of the RDB at byte offset 18", e.getMessage());
        }

        @Test
        @DisplayName("a database index beyond the 16 the lab has")
        void dbIndex() {
            assertError("DB index 16 is out of range: the lab has 16 databases at byte offset 10",
                    () -> RdbBytes.version(10).hex("fe 10").eof());
        }
    }

    @Nested
    @DisplayName("lengths and strings")
    class LengthsAndStrings {
        @Test
        @DisplayName("a string longer than what is left (1 GB declared) fails before allocating it")
        void hugeString() {
            assertError("string of 1073741824 bytes runs past the end of the data (14 bytes left) at byte offset 12",
                    () -> RdbBytes.version(10).key(0, "k").hex("80 40000000").ascii("short"));
        }

        @Test
        @DisplayName("a 64-bit length beyond any int")
        void huge64BitLength() {
            assertError("64-bit length 18446744073709551615 is too large at byte offset 12",
                    () -> RdbBytes.version(10).key(0, "k").hex("81 ffffffffffffffff"));
        }

        @Test
        @DisplayName("a list claiming 4 billion elements stops cleanly at the first byte that is no element")
        void hugeCount() {
            assertError("Unknown RDB string encoding type 63 at byte offset 21",
                    () -> RdbBytes.version(10).key(RdbType.LIST, "k").hex("80 ffffffff").string("a").string("b"));
        }

        @Test
        @DisplayName("an LZF string claiming more than LZF can expand to fails before allocating it")
        void lzfClaimsTooMuch() {
            assertError("LZF string claims 2147483647 bytes from 3 compressed bytes, more than LZF can expand to"
                    + " at byte offset 12", () -> RdbBytes.version(10).key(0, "k").hex("c3 03 80 7fffffff 016161"));
        }

        @Test
        @DisplayName("LZF data that reaches back before its start")
        void lzfBadReference() {
            assertError("Invalid LZF compressed string: back-reference at compressed byte 2 reaches 33 bytes back"
                    + " from output position 1 at byte offset 12",
                    () -> RdbBytes.version(10).key(0, "k").hex("c3 04 0a 0061 2020"));
        }

        @Test
        @DisplayName("an unknown length encoding (0x82) and an unknown string encoding (0xC4)")
        void unknownEncodings() {
            assertError("Unknown length encoding 130 in rdbLoadLen() at byte offset 12",
                    () -> RdbBytes.version(10).key(0, "k").hex("82 00"));
            assertError("Unknown RDB string encoding type 4 at byte offset 12",
                    () -> RdbBytes.version(10).key(0, "k").hex("c4 00"));
        }

        @Test
        @DisplayName("a string encoding where a count belongs")
        void encodingAsCount() {
            assertError("expected a length but found string encoding 0xc0 at byte offset 12",
                    () -> RdbBytes.version(10).key(RdbType.LIST, "k").hex("c0 01"));
        }
    }

    @Nested
    @DisplayName("keys and members")
    class Duplicates {
        @Test
        @DisplayName("the same key twice in one database (Redis: 'RDB has duplicated key')")
        void duplicateKey() {
            assertError("RDB has duplicated key 'k' in DB 0 at byte offset 17",
                    () -> RdbBytes.version(10).key(0, "k").string("1").key(0, "k").string("2"));
        }

        @Test
        @DisplayName("a key the keyspace already holds (the caller must flush first)")
        void keyAlreadyPresent() {
            keyspace.db(0).put(ByteKey.of("k"), Values.string("old"));
            assertError("RDB has duplicated key 'k' in DB 0 at byte offset 12",
                    () -> RdbBytes.version(10).key(0, "k").string("new"));
        }

        @Test
        @DisplayName("a set member twice, in plain and listpack sets")
        void duplicateMember() {
            assertError("Duplicate set members detected: 'm' in key 's' at byte offset 12",
                    () -> RdbBytes.version(10).key(RdbType.SET, "s").length(2).string("m").string("m"));
            assertError("Duplicate set members detected: '1' in key 's' at byte offset 12",
                    () -> RdbBytes.version(10).key(RdbType.SET_LISTPACK, "s").blob(listpack(1L, "1")));
        }

        @Test
        @DisplayName("a hash field twice, and a field without a value")
        void badHashes() {
            assertError("Duplicate hash fields detected: 'f' in key 'h' at byte offset 12",
                    () -> RdbBytes.version(10).key(RdbType.HASH_LISTPACK, "h").blob(listpack("f", "1", "f", "2")));
            assertError("hash 'h' has a field without a value (3 entries) at byte offset 12",
                    () -> RdbBytes.version(10).key(RdbType.HASH_ZIPLIST, "h").blob(ziplist("f", "1", "g")));
        }
    }

    @Nested
    @DisplayName("encoded values: the message names the encoding, the key and where the value is")
    class EncodedValues {
        private static final String WHERE_ZIPLIST = " of the ziplist of key 'l' (read at byte offset 12)";
        private static final String WHERE_LISTPACK = " of the listpack of key 'h' (read at byte offset 12)";

        @Test
        @DisplayName("ziplist: total size, previous-entry size, tail offset, count, trailing bytes, encodings")
        void ziplists() {
            byte[] good = ziplist("a", "b");
            assertZiplistError("ziplist header says 99 bytes but it has 17 at byte 0", patch(good, 0, 99));
            assertZiplistError("ziplist entry says the previous entry has 7 bytes but it has 3 at byte 13",
                    patch(good, 13, 7));
            assertZiplistError("ziplist tail offset 10 is not the last entry's 13 at byte 4", patch(good, 4, 10));
            assertZiplistError("ziplist header counts 3 entries but it has 2 at byte 8", patch(good, 8, 3));
            assertZiplistError("unknown ziplist integer encoding 0xc1 at byte 11", patch(ziplist(5L), 11, 0xC1));
            byte[] withGarbage = Arrays.copyOf(good, good.length + 1);
            withGarbage[0]++;
            assertZiplistError("1 bytes after the ziplist end marker at byte 17", withGarbage);
        }

        @Test
        @DisplayName("listpack: total size, back length, count, unknown encoding, entry cut off")
        void listpacks() {
            byte[] good = listpack("f", "v");
            assertListpackError("listpack header says 1 bytes but it has 13 at byte 0", patch(good, 0, 1));
            assertListpackError("listpack entry's back length says 9 bytes but it has 2 at byte 8", patch(good, 8, 9));
            assertListpackError("listpack header counts 5 entries but it has 2 at byte 4", patch(good, 4, 5));
            assertListpackError("unknown listpack entry encoding 0xf5 at byte 6", patch(good, 6, 0xF5));
            assertListpackError("truncated: needs 60 more bytes but only 6 are left at byte 7", patch(good, 6, 0x80 | 60));
        }

        @Test
        @DisplayName("intset: element width, size against count, order")
        void intsets() {
            assertIntsetError("intset element width 3 is not 2, 4 or 8 at byte 0", patch(intset(2, 1, 2), 0, 3));
            assertIntsetError("intset of 5 elements of 2 bytes does not fill its 4 bytes at byte 4",
                    patch(intset(2, 1, 2), 4, 5));
            assertIntsetError("intset element 1 does not follow 2 in increasing order at byte 10", intset(2, 2, 1));
            assertIntsetError("intset element 2 does not follow 2 in increasing order at byte 10", intset(2, 2, 2));
        }

        @Test
        @DisplayName("quicklist 2: a node container other than plain (1) or packed (2)")
        void quicklistContainer() {
            assertError("Quicklist integrity check failed: node container 3 of key 'l' is neither plain (1) nor"
                    + " packed (2) at byte offset 13",
                    () -> RdbBytes.version(10).key(RdbType.LIST_QUICKLIST_2, "l").length(1).length(3).string("x"));
        }

        private void assertZiplistError(String problem, byte[] blob) {
            assertError(problem + WHERE_ZIPLIST, () -> RdbBytes.version(10).key(RdbType.LIST_ZIPLIST, "l").blob(blob));
        }

        private void assertListpackError(String problem, byte[] blob) {
            assertError(problem + WHERE_LISTPACK, () -> RdbBytes.version(10).key(RdbType.HASH_LISTPACK, "h").blob(blob));
        }

        private void assertIntsetError(String problem, byte[] blob) {
            assertError(problem + " of the intset of key 's' (read at byte offset 12)",
                    () -> RdbBytes.version(10).key(RdbType.SET_INTSET, "s").blob(blob));
        }
    }

    /** {@code bytes} with the bytes from {@code at} replaced by {@code values}. */
    private static byte[] patch(byte[] bytes, int at, int... values) {
        byte[] copy = Arrays.copyOf(bytes, Math.max(bytes.length, at + values.length));
        for (int i = 0; i < values.length; i++) {
            copy[at + i] = (byte) values[i];
        }
        return copy;
    }

    private void assertError(String message, Supplier<Object> rdb) {
        Object built = rdb.get();
        byte[] bytes = built instanceof RdbBytes b ? b.eof() : (byte[]) built;
        RdbFormatException e = assertThrows(RdbFormatException.class, () -> RdbReader.load(bytes, keyspace));
        assertEquals(message, e.getMessage());
    }
}
