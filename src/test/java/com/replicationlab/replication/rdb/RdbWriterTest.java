package com.replicationlab.replication.rdb;

import com.replicationlab.replication.rdb.RdbLoadResult.Checksum;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HexFormat;

import static com.replicationlab.replication.rdb.Values.bytes;
import static com.replicationlab.replication.rdb.Values.hash;
import static com.replicationlab.replication.rdb.Values.list;
import static com.replicationlab.replication.rdb.Values.set;
import static com.replicationlab.replication.rdb.Values.string;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("RdbWriter")
class RdbWriterTest {
    private static final HexFormat HEX = HexFormat.of();
    /** The AUX values of the observed payload rdb_disk.bin. */
    private static final RdbAux OBSERVED_AUX =
            new RdbAux(1795544216L, 1207952L, "27e4b0afdf959af85d2356d25cb946b4e67c597b", 3735L, 0);
    private static final RdbAux PLAIN_AUX = RdbAux.withoutReplication(1795544621L, 964992L);

    private final Keyspace keyspace = Values.replicaKeyspace();
    private final RdbWriter writer = new RdbWriter(RdbWriteOptions.DEFAULTS);

    @Nested
    @DisplayName("layout, byte for byte against real 7.0.15 payloads")
    class Layout {
        @Test
        @DisplayName("header and AUX fields with replication info equal the observed master payload's, up to SELECTDB")
        void headerAndReplicationAux() {
            fillAsObservedPayload();
            byte[] observed = Samples.observed("rdb_disk.bin");
            int selectDbAt = indexOf(observed, HEX.parseHex("fe00fb0801"));

            byte[] written = writer.write(keyspace, OBSERVED_AUX);

            assertEquals(HEX.formatHex(observed, 0, selectDbAt + 5), HEX.formatHex(written, 0, selectDbAt + 5));
        }

        @Test
        @DisplayName("the observed payload's keyspace is written with the same records and length (257 bytes), keys sorted")
        void observedPayloadRecords() {
            fillAsObservedPayload();

            byte[] written = writer.write(keyspace, OBSERVED_AUX);

            assertEquals(257, written.length);
            String hex = HEX.formatHex(written);
            String sortedRecords = String.join("",
                    "00026131c001",
                    "0003626967" + "c3094064016161e05700016161",
                    "fc55a5ca0ea2010000" + "00026578" + "0376616c",
                    "0003666f6f03626172",
                    "00026b31027631",
                    "00026b32027632",
                    "00016ec13930",
                    "000177" + "056166746572",
                    "ff");
            assertTrue(hex.contains("fe00fb0801" + sortedRecords), hex);
            assertEquals(Crc64.update(0, written, 0, 249), littleEndianLong(written, 249));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"sample_compress.rdb, true", "sample_nocompress.rdb, false"})
        @DisplayName("a SAVE without replication info: same AUX fields and the same size as Redis's file")
        void plainSave(String sample, boolean compression) {
            byte[] observed = Samples.observed(sample);
            RdbReader.load(observed, keyspace);

            byte[] written = new RdbWriter(new RdbWriteOptions(compression, true)).write(keyspace,
                    RdbAux.withoutReplication(1795544621L, compression ? 964992L : 1014368L));

            int selectDbAt = indexOf(observed, HEX.parseHex("fe00fb0b01"));
            assertEquals(HEX.formatHex(observed, 0, selectDbAt), HEX.formatHex(written, 0, selectDbAt));
            assertEquals(observed.length, written.length);
            assertTrue(HEX.formatHex(written).contains("fe01fb0100" + "0005696e646231" + "0178" + "ff"));
        }

        @Test
        @DisplayName("an empty keyspace is the header, the AUX fields, FF and the CRC")
        void emptyKeyspace() {
            byte[] written = writer.write(keyspace, PLAIN_AUX);

            byte[] observed = Samples.observed("sample_compress.rdb");
            int auxEnd = indexOf(observed, HEX.parseHex("fe00"));
            assertEquals(HEX.formatHex(observed, 0, auxEnd) + "ff", HEX.formatHex(written, 0, auxEnd + 1));
            assertEquals(auxEnd + 1 + 8, written.length);
        }

        @Test
        @DisplayName("databases in order, empty ones left out; RESIZEDB counts keys and keys with expiry")
        void databases() {
            keyspace.db(7).put(ByteKey.of("x"), string("1"));
            keyspace.db(2).put(ByteKey.of("b"), string("2"));
            keyspace.db(2).put(ByteKey.of("a"), string("3"));
            keyspace.db(2).setExpiresAt(ByteKey.of("b"), 1000);

            String hex = HEX.formatHex(writer.write(keyspace, PLAIN_AUX));

            String db2 = "fe02" + "fb0201" + "000161c003" + "fce803000000000000" + "000162c002";
            String db7 = "fe07" + "fb0100" + "000178c001";
            assertTrue(hex.contains(db2 + db7 + "ff"), hex);
        }

        @Test
        @DisplayName("lists, sets and hashes use the plain types 1, 2 and 4, elements in their order")
        void containerTypes() {
            keyspace.db(0).put(ByteKey.of("l"), list("a", "1", "a"));
            keyspace.db(0).put(ByteKey.of("s"), set("y", "x"));
            keyspace.db(0).put(ByteKey.of("h"), hash("f", "v", "n", "7"));

            String hex = HEX.formatHex(writer.write(keyspace, PLAIN_AUX));

            assertTrue(hex.contains("0401" + "68" + "02" + "0166" + "0176" + "016e" + "c007"
                    + "0101" + "6c" + "03" + "0161" + "c001" + "0161"
                    + "0201" + "73" + "02" + "0179" + "0178" + "ff"), hex);
        }

        @Test
        @DisplayName("with checksums off the last 8 bytes are zero, and a reader reports 'not checked'")
        void checksumOff() {
            keyspace.db(0).put(ByteKey.of("k"), string("v"));

            byte[] written = new RdbWriter(new RdbWriteOptions(true, false)).write(keyspace, PLAIN_AUX);

            assertArrayEquals(new byte[8], Arrays.copyOfRange(written, written.length - 8, written.length));
            assertEquals(Checksum.DISABLED_BY_WRITER, RdbReader.load(written, Values.replicaKeyspace()).checksum());
        }

        @Test
        @DisplayName("used-mem above 2^31 is written as decimal text, as rdbSaveAuxFieldStrInt does")
        void largeUsedMemory() {
            String hex = HEX.formatHex(writer.write(keyspace, RdbAux.withoutReplication(1, 3_000_000_000L)));

            assertTrue(hex.contains("fa08" + HEX.formatHex(bytes("used-mem")) + "0a" + HEX.formatHex(bytes("3000000000"))));
        }

        @Test
        @DisplayName("the same keyspace gives the same bytes, whatever order its keys were added in")
        void deterministic() {
            Keyspace other = Values.replicaKeyspace();
            for (int i = 0; i < 200; i++) {
                keyspace.db(i % 3).put(ByteKey.of("key" + i), string("v" + i));
                other.db((199 - i) % 3).put(ByteKey.of("key" + (199 - i)), string("v" + (199 - i)));
            }

            assertArrayEquals(writer.write(keyspace, OBSERVED_AUX), writer.write(other, OBSERVED_AUX));
        }
    }

    @Nested
    @DisplayName("strings and lengths (rdbSaveRawString, rdbSaveLen)")
    class Encodings {
        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "-1|c0ff",
            "0|c000",
            "127|c07f",
            "-128|c080",
            "128|c18000",
            "300|c12c01",
            "-32768|c10080",
            "32768|c200800000",
            "70000|c270110100",
            "2147483647|c2ffffff7f",
            "-2147483648|c200000080",
            "2147483648|0a32313437343833363438",
            "12345678901|0b3132333435363738393031",
            "007|03303037",
            "-0|022d30",
            "+1|022b31",
            "'1 '|023120",
            "''|00",
            "bbbbbbbbbbbbbbbbbbbb|14" + "6262626262626262626262626262626262626262",
            "bbbbbbbbbbbbbbbbbbbbb|c306150162" + "62e00a00",
        })
        @DisplayName("integer-encoded only when canonical and 32-bit; LZF above 20 bytes")
        void strings(String text, String hex) {
            assertEquals(hex, encode(true, bytes(text)));
        }

        @Test
        @DisplayName("\"a\"*100 → C3 09 40 64 01 61 61 E0 57 00 01 61 61, and raw with compression off")
        void lzf() {
            byte[] text = bytes("a".repeat(100));
            assertEquals("c30940640161" + "61e05700016161", encode(true, text));
            assertEquals("4064" + "61".repeat(100), encode(false, text));
        }

        @Test
        @DisplayName("LZF is kept only when it saves at least 4 bytes and liblzf's own margin (as Redis stores them)")
        void lzfMustSaveFourBytes() {
            // Compresses to 23 of 27 bytes, but liblzf wants a little room to spare within len - 4.
            byte[] almost = bytes("0123456789abcdef0123456789z");
            assertEquals("1b" + HEX.formatHex(almost), encode(true, almost));
            byte[] enough = bytes("0123456789abcdef01234567890123456789");
            assertEquals("c31a24" + "10" + HEX.formatHex(bytes("0123456789abcdef0")) + "e0000f" + "c009" + "013839",
                    encode(true, enough));
        }

        @Test
        @DisplayName("keys go through the same routine: key \"123\" is C0 7B")
        void integerKey() {
            keyspace.db(0).put(ByteKey.of("123"), string("x"));

            assertTrue(HEX.formatHex(writer.write(keyspace, PLAIN_AUX)).contains("fb0100" + "00c07b0178ff"));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "0, 00",
            "63, 3f",
            "64, 4040",
            "16383, 7fff",
            "16384, 8000004000",
            "4294967295, 80ffffffff",
            "4294967296, 810000000100000000",
        })
        @DisplayName("lengths: 6-bit, 14-bit big-endian, 0x80 + 32-bit, 0x81 + 64-bit")
        void lengths(long length, String hex) {
            RdbOutput out = new RdbOutput(true, 16);
            out.writeLength(length);
            assertEquals(hex, HEX.formatHex(out.toByteArray()));
        }

        private String encode(boolean compression, byte[] text) {
            RdbOutput out = new RdbOutput(compression, 16);
            out.writeString(text);
            return HEX.formatHex(out.toByteArray());
        }
    }

    private void fillAsObservedPayload() {
        Database db = keyspace.db(0);
        db.put(ByteKey.of("k2"), string("v2"));
        db.put(ByteKey.of("foo"), string("bar"));
        db.put(ByteKey.of("big"), string("a".repeat(100)));
        db.put(ByteKey.of("a1"), string("1"));
        db.put(ByteKey.of("w"), string("after"));
        db.put(ByteKey.of("n"), string("12345"));
        db.put(ByteKey.of("ex"), string("val"));
        db.setExpiresAt(ByteKey.of("ex"), 1795544491349L);
        db.put(ByteKey.of("k1"), string("v1"));
    }

    private static long littleEndianLong(byte[] bytes, int at) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (bytes[at + i] & 0xff);
        }
        return value;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        int at = HEX.formatHex(haystack).indexOf(HEX.formatHex(needle));
        assertTrue(at >= 0 && at % 2 == 0, "pattern not found");
        return at / 2;
    }
}
