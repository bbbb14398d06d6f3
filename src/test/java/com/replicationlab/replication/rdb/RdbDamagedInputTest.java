package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Keyspace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

@DisplayName("RdbReader on truncated and damaged payloads: RdbFormatException and nothing else")
class RdbDamagedInputTest {

    @Test
    @DisplayName("every proper prefix of a writer payload with every type fails with RdbFormatException")
    void prefixesOfWriterOutput() {
        Keyspace small = SampleKeyspaces.everything(true);
        small.db(0).remove(ByteKey.of("list:big"));
        small.db(0).remove(ByteKey.of("set:big"));
        small.db(0).remove(ByteKey.of("hash:big"));
        byte[] rdb = new RdbWriter(RdbWriteOptions.DEFAULTS).write(small, RdbAux.withoutReplication(1, 2));

        assertEveryPrefixFails(rdb);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rdb_disk.bin", "rdb_eof.bin", "sample_compress.rdb", "sample_nocompress.rdb"})
    @DisplayName("every proper prefix of each observed 7.0.15 payload fails with RdbFormatException")
    void prefixesOfObservedPayloads(String name) {
        assertEveryPrefixFails(Samples.observed(name));
    }

    @Test
    @DisplayName("every proper prefix of a payload with every compact encoding (types 9 to 20) fails with RdbFormatException")
    void prefixesOfCompactEncodings() {
        byte[] rdb = RdbBytes.version(10)
                .hex("fa").string("repl-offset").hex("c2 40420f00")
                .hex("fe00 fb 08 01")
                .key(RdbType.HASH_ZIPMAP, "h9").blob(CompactEncodings.zipmap(1, "f", "v"))
                .key(RdbType.LIST_ZIPLIST, "l10").blob(CompactEncodings.ziplist("a", 300L))
                .hex("fc 0100000000000000").key(RdbType.SET_INTSET, "s11").blob(CompactEncodings.intset(4, -5, 70000))
                .key(RdbType.ZSET_ZIPLIST, "z12").blob(CompactEncodings.ziplist("m", 1L))
                .key(RdbType.HASH_ZIPLIST, "h13").blob(CompactEncodings.ziplist("f", -1L))
                .key(RdbType.LIST_QUICKLIST, "l14").length(1).blob(CompactEncodings.ziplist("q"))
                .key(RdbType.HASH_LISTPACK, "h16").lzf(CompactEncodings.listpack("field", "v".repeat(40)))
                .key(RdbType.ZSET_LISTPACK, "z17").blob(CompactEncodings.listpack("m", 2L))
                .key(RdbType.LIST_QUICKLIST_2, "l18").length(2).length(1).string("plain").length(2)
                .blob(CompactEncodings.listpack(1L, "x"))
                .key(RdbType.SET_LISTPACK, "s20").blob(CompactEncodings.listpack("a", 1L))
                .eof();

        assertEveryPrefixFails(rdb);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {RealRedisFixtures.COMPRESSED, RealRedisFixtures.UNCOMPRESSED})
    @DisplayName("prefixes of each redis-server fixture (every byte to 1 KB, then every 7th) fail with RdbFormatException")
    void prefixesOfFixtures(String name) {
        byte[] rdb = Samples.fixture(name);
        for (int length = 0; length < rdb.length; length += length < 1024 ? 1 : 7) {
            assertPrefixFails(rdb, length);
        }
        assertPrefixFails(rdb, rdb.length - 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {RealRedisFixtures.COMPRESSED, RealRedisFixtures.UNCOMPRESSED})
    @DisplayName("randomly damaged bytes (checksum not checked) load or fail with RdbFormatException, seeded")
    void randomDamage(String name) {
        byte[] original = withoutChecksum(Samples.fixture(name));
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 3000; round++) {
            byte[] damaged = original.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                damaged[9 + random.nextInt(damaged.length - 9)] = (byte) random.nextInt(256);
            }
            try {
                RdbReader.load(damaged, Values.replicaKeyspace());
            } catch (RdbFormatException expected) {
                // a clean refusal is the point
            } catch (RuntimeException | Error e) {
                fail("round " + round + " threw " + e, e);
            }
        }
    }

    private static void assertEveryPrefixFails(byte[] rdb) {
        for (int length = 0; length < rdb.length; length++) {
            assertPrefixFails(rdb, length);
        }
    }

    private static void assertPrefixFails(byte[] rdb, int length) {
        byte[] prefix = Arrays.copyOf(rdb, length);
        assertThrows(RdbFormatException.class, () -> RdbReader.load(prefix, Values.replicaKeyspace()),
                "prefix of " + length + " bytes");
    }

    /** The same payload with 8 zero checksum bytes, so damage is parsed instead of caught by the CRC. */
    private static byte[] withoutChecksum(byte[] rdb) {
        byte[] copy = rdb.clone();
        Arrays.fill(copy, copy.length - 8, copy.length, (byte) 0);
        return copy;
    }
}
