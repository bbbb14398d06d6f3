package com.replicationlab.replication.rdb;

import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Keyspace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("RdbReader: opcodes")
class RdbReaderOpcodesTest {
    private final Keyspace keyspace = Values.replicaKeyspace();

    @Test
    @DisplayName("AUX fields are kept in file order, unknown ones included, integer values as decimal")
    void auxFields() {
        RdbLoadResult result = RdbReader.load(RdbBytes.version(10)
                .hex("fa").string("lua").string("return 1")
                .hex("fa").string("repl-offset").hex("c2 40420f00")
                .hex("fa").string("aof-preamble").hex("c0 00")
                .eof(), keyspace);

        assertEquals(List.of(Map.entry("lua", "return 1"), Map.entry("repl-offset", "1000000"),
                Map.entry("aof-preamble", "0")), List.copyOf(result.auxFields().entrySet()));
    }

    @Test
    @DisplayName("SELECTDB switches databases; RESIZEDB is only a hint")
    void selectAndResize() {
        RdbLoadResult result = RdbReader.load(RdbBytes.version(10)
                .hex("fe05 fb 40ff 00").key(0, "five").string("5")
                .hex("fe0f fb 00 00").key(0, "fifteen").string("15")
                .hex("fe00").key(0, "zero").string("0")
                .eof(), keyspace);

        assertEquals("""
                db0 "zero" string "0"
                db5 "five" string "5"
                db15 "fifteen" string "15"
                """, KeyspaceDump.of(keyspace));
        assertEquals(List.of(Map.entry(0, 1L), Map.entry(5, 1L), Map.entry(15, 1L)),
                List.copyOf(result.keysLoadedPerDb().entrySet()));
    }

    @Test
    @DisplayName("an expiry (FC ms or FD seconds) belongs to the next key only; past ones load as they are")
    void expiryAppliesToNextKeyOnly() {
        RdbReader.load(RdbBytes.version(10)
                .hex("fc 0100000000000000").key(0, "past").string("p")
                .key(0, "none").string("n")
                .hex("fd ffffffff").key(0, "secs").string("s")
                .eof(), keyspace);

        assertEquals("""
                db0 "none" string "n"
                db0 "past" string "p" expires-at-ms=1
                db0 "secs" string "s" expires-at-ms=-1000
                """, KeyspaceDump.of(keyspace));
        assertEquals(3, keyspace.db(0).size());
    }

    @Test
    @DisplayName("IDLE (F8) and FREQ (F9) eviction hints are read and ignored")
    void evictionHints() {
        RdbReader.load(RdbBytes.version(10)
                .hex("f8 4001").key(0, "lru").string("a")
                .hex("f9 05").key(0, "lfu").string("b")
                .eof(), keyspace);

        assertEquals(List.of(ByteKey.of("lfu"), ByteKey.of("lru")), keyspace.db(0).keys());
    }

    @Test
    @DisplayName("a function library (F5) is skipped with a warning; the keys after it load")
    void functionLibrarySkipped() {
        RdbLoadResult result = RdbReader.load(RdbBytes.version(10)
                .hex("f5").string("#!lua name=mylib\nredis.register_function('f', function() return 1 end)")
                .key(0, "k").string("v")
                .eof(), keyspace);

        assertEquals(1, result.keysLoaded());
        assertEquals(List.of("skipped a function library at byte offset 9: the lab has no functions"), result.warnings());
    }

    @Test
    @DisplayName("module auxiliary data (F7) is an error")
    void moduleAux() {
        RdbFormatException e = assertThrows(RdbFormatException.class,
                () -> RdbReader.load(RdbBytes.version(10).hex("f7 01 02").eof(), keyspace));

        assertEquals("module auxiliary data (opcode 0xF7) is not supported at byte offset 9", e.getMessage());
    }

    @Test
    @DisplayName("the pre-release function opcode (F6) is an error, as in 7.0.15")
    void preReleaseFunction() {
        RdbFormatException e = assertThrows(RdbFormatException.class,
                () -> RdbReader.load(RdbBytes.version(10).hex("f6").eof(), keyspace));

        assertEquals("Pre-release function format not supported at byte offset 9", e.getMessage());
    }
}
