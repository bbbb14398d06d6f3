package com.replicationlab.ui.topology;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("A packet's bytes, as a person reads RESP")
class PacketTextTest {

    @Test
    @DisplayName("CR and LF show as \\r and \\n; binary as \\xNN; a backslash is doubled")
    void escapes() {
        byte[] bytes = "*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("*1\\r\\n$4\\r\\nPING\\r\\n", PacketText.escaped(bytes, 100));
        assertEquals("REDIS\\x00\\xff\\\\", PacketText.escaped(new byte[] {'R', 'E', 'D', 'I', 'S', 0, (byte) 0xff, '\\'}, 100));
    }

    @Test
    @DisplayName("long packets are cut with an ellipsis")
    void cuts() {
        assertEquals("abcd…", PacketText.escaped("abcdefgh".getBytes(StandardCharsets.US_ASCII), 4));
    }
}
