package com.replicationlab.ui.backlog;

import com.replicationlab.lab.snapshot.BacklogView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("Backlog: the commands read out of the ring's bytes")
class StreamCommandsTest {
    private static final String SELECT = "*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n";
    private static final String SET = "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n";

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    @DisplayName("each write start begins a command, labelled with its arguments and its exact offsets")
    void commandsAtWriteStarts() {
        byte[] bytes = ascii(SELECT + SET);
        BacklogView backlog = new BacklogView(1024, 1, bytes.length, bytes.length, bytes, List.of(1L, 24L));
        assertEquals(List.of(new StreamCommand(1, 23, "SELECT 0", false), new StreamCommand(24, 50, "SET k v", false)),
                StreamCommands.of(backlog));
    }

    @Test
    @DisplayName("a command whose beginning the ring overwrote keeps only its tail, marked cut")
    void overwrittenStart() {
        String held = SET.substring(10);
        byte[] bytes = ascii(held + SET);
        // The first SET began at offset 100; the ring now starts 10 bytes into it.
        BacklogView backlog = new BacklogView(64, 110, bytes.length, 109 + bytes.length, bytes, List.of(100L, 127L));
        List<StreamCommand> commands = StreamCommands.of(backlog);
        assertEquals(new StreamCommand(110, 126, "…", true), commands.get(0));
        assertEquals(new StreamCommand(127, 153, "SET k v", false), commands.get(1));
    }

    @Test
    @DisplayName("long arguments and many arguments are cut short; what is not RESP says so with its size")
    void labels() {
        String value = "x".repeat(30);
        byte[] longValue = ascii("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$30\r\n" + value + "\r\n");
        assertEquals("SET k " + "x".repeat(24) + "…", StreamCommands.label(longValue, 0, longValue.length));
        byte[] many = ascii("*8\r\n$5\r\nRPUSH\r\n$1\r\nl\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n$1\r\ne\r\n$1\r\nf\r\n");
        assertEquals("RPUSH l a b c d …", StreamCommands.label(many, 0, many.length));
        byte[] junk = ascii("hello");
        assertEquals("? · 5 B", StreamCommands.label(junk, 0, junk.length));
    }

    @Test
    @DisplayName("the bytes of an offset range, or none once the ring no longer holds them all")
    void bytesOfARange() {
        byte[] bytes = ascii(SELECT + SET);
        BacklogView backlog = new BacklogView(1024, 1, bytes.length, bytes.length, bytes, List.of(1L, 24L));
        assertArrayEquals(ascii(SET), StreamCommands.bytes(backlog, 24, 50));
        assertNull(StreamCommands.bytes(backlog, 0, 10));
        assertNull(StreamCommands.bytes(backlog, 40, 51));
    }

    @Test
    @DisplayName("no backlog, or an empty one, holds no commands")
    void empty() {
        assertEquals(List.of(), StreamCommands.of(null));
        assertEquals(List.of(), StreamCommands.of(new BacklogView(300, 1, 0, 0, new byte[0], List.of())));
    }
}
