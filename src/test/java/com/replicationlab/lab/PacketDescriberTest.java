package com.replicationlab.lab;

import com.replicationlab.resp.RespEncoder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Packet labels")
class PacketDescriberTest {

    private static byte[] commands(List<List<String>> commands) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        commands.forEach(c -> out.writeBytes(RespEncoder.commandBytes(c.stream().map(String::getBytes).toList())));
        return out.toByteArray();
    }

    private static String label(byte[] bytes, long streamFirst) {
        return PacketDescriber.describe(bytes, streamFirst, false).label();
    }

    @Test
    @DisplayName("one command: its words and the size")
    void oneCommand() {
        assertEquals("SET key value · 33 B", label(commands(List.of(List.of("SET", "key", "value"))), 1));
    }

    @Test
    @DisplayName("two commands (a write after its SELECT): both named")
    void twoCommands() {
        byte[] bytes = commands(List.of(List.of("SELECT", "0"), List.of("SET", "key", "value")));
        assertEquals("SELECT 0 + SET key value · 56 B", label(bytes, 1));
        assertEquals(PacketKind.WRITE, PacketDescriber.describe(bytes, 1, false).kind());
    }

    @Test
    @DisplayName("a batch of sixteen: the first named, the others counted")
    void batch() {
        List<List<String>> sets = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            sets.add(List.of("SET", "key:" + i, "v" + i));
        }
        byte[] bytes = commands(sets);
        assertEquals("SET key:1 v1 … +15 more · " + bytes.length + " B", label(bytes, 1));
        assertEquals(16, PacketCommands.of(bytes).size());
        assertEquals("SET key:16 v16", PacketCommands.of(bytes).get(15));
    }

    @Test
    @DisplayName("a long first command is cut short, so the count still shows")
    void longFirstCommand() {
        byte[] bytes = commands(List.of(List.of("SET", "k", "x".repeat(100)), List.of("INCR", "n"), List.of("INCR", "n")));
        assertEquals("SET k xxxxxxxxxxxxxxxxxxxxxxxxx… … +2 more · " + bytes.length + " B", label(bytes, 1));
    }
}
