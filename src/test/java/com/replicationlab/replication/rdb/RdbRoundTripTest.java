package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.RedisObject.HashValue;
import com.replicationlab.store.RedisObject.SetValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@DisplayName("RdbWriter → RdbReader round trips")
class RdbRoundTripTest {
    private static final RdbAux AUX = new RdbAux(1_767_225_600L, 1_000_000L, "a".repeat(40), 12345L, 3);

    @ParameterizedTest(name = "compression={0}, checksum={1}")
    @CsvSource({"true, true", "true, false", "false, true", "false, false"})
    @DisplayName("every type, encoding, expiry and database comes back equal")
    void everything(boolean compression, boolean checksum) {
        Keyspace original = SampleKeyspaces.everything(true);

        Keyspace loaded = Values.replicaKeyspace();
        RdbLoadResult result = RdbReader.load(new RdbWriter(new RdbWriteOptions(compression, checksum))
                .write(original, AUX), loaded);

        assertEquals(KeyspaceDump.of(original), KeyspaceDump.of(loaded));
        assertEquals(original.totalKeys(), result.keysLoaded());
        assertEquals(Map.of(0, (long) original.db(0).size(), 1, 1L, 9, 1L, 15, 1L), result.keysLoadedPerDb());
        assertEquals("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", result.auxFields().get("repl-id"));
        assertEquals("12345", result.auxFields().get("repl-offset"));
        assertEquals("3", result.auxFields().get("repl-stream-db"));
    }

    @Test
    @DisplayName("sets and hashes keep their member and field order (plain types are written in order)")
    void containerOrder() {
        Keyspace original = SampleKeyspaces.everything(false);

        Keyspace loaded = Values.replicaKeyspace();
        RdbReader.load(new RdbWriter(RdbWriteOptions.DEFAULTS).write(original, AUX), loaded);

        for (String key : new String[] {"set:big", "set:mixed"}) {
            assertEquals(new ArrayList<>(((SetValue) value(original, key)).members()),
                    new ArrayList<>(((SetValue) value(loaded, key)).members()), key);
        }
        assertEquals(new ArrayList<>(((HashValue) value(original, "hash:big")).fields().keySet()),
                new ArrayList<>(((HashValue) value(loaded, "hash:big")).fields().keySet()));
    }

    @Test
    @DisplayName("loaded then written again gives the same bytes")
    void stableBytes() {
        RdbWriter writer = new RdbWriter(RdbWriteOptions.DEFAULTS);
        byte[] first = writer.write(SampleKeyspaces.everything(true), AUX);
        Keyspace loaded = Values.replicaKeyspace();
        RdbReader.load(first, loaded);

        assertArrayEquals(first, writer.write(loaded, AUX));
    }

    @Test
    @DisplayName("1,000,000 small keys: written and read back well within seconds")
    void millionKeys() {
        Keyspace original = SampleKeyspaces.smallKeys(1_000_000);
        Keyspace loaded = Values.replicaKeyspace();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            byte[] rdb = new RdbWriter(RdbWriteOptions.DEFAULTS).write(original, AUX);
            RdbReader.load(rdb, loaded);
        });

        assertEquals(1_000_000, loaded.db(0).size());
        assertEquals(value(original, "key:999999"), value(loaded, "key:999999"));
    }

    private static Object value(Keyspace keyspace, String key) {
        ByteKey wanted = ByteKey.of(key);
        return keyspace.db(0).entries().stream().filter(e -> e.getKey().equals(wanted))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }
}
