package com.replicationlab.replication;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Replication backlog (ring buffer of repl-backlog-size bytes)")
class ReplicationBacklogTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    @DisplayName("a new backlog starts after the master offset with nothing held (first byte = offset + 1)")
    void startsEmpty() {
        ReplicationBacklog backlog = new ReplicationBacklog(100, 28);
        assertEquals(28, backlog.masterOffset());
        assertEquals(0, backlog.histlen());
        assertEquals(29, backlog.firstByteOffset());
        assertTrue(backlog.canServeFrom(29), "offset + 1 means nothing is missing");
        assertFalse(backlog.canServeFrom(28));
    }

    @Test
    @DisplayName("the worked example: SET key value is 33 bytes, offsets 201..233")
    void workedExample() {
        ReplicationBacklog backlog = new ReplicationBacklog(1024, 200);
        byte[] set = bytes("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n");
        assertEquals(33, set.length);
        backlog.append(set);
        assertEquals(233, backlog.masterOffset());
        assertArrayEquals(set, backlog.read(201, 233));
        assertArrayEquals(set, backlog.readFrom(201));
    }

    @Test
    @DisplayName("bytes appended from a buffer are taken from where they stand in it: a heap slice, a direct buffer")
    void appendsFromABuffer() {
        ReplicationBacklog backlog = new ReplicationBacklog(20, 0);
        ByteBuf heap = Unpooled.wrappedBuffer(bytes("xxabcdefghyy")).slice(1, 10); // "xabcdefghy", array offset 1
        backlog.append(heap, 1, 8);
        ByteBuf direct = Unpooled.directBuffer().writeBytes(bytes("--ijklm"));
        backlog.append(direct, 2, 5);
        direct.release();
        assertEquals(13, backlog.masterOffset());
        assertArrayEquals(bytes("abcdefghijklm"), backlog.readFrom(1));
        assertArrayEquals(new long[] {1, 9}, backlog.writeStarts(), "each append is one write");
        assertEquals(0, heap.readerIndex(), "the buffer's indexes are left as they were");
    }

    @Nested
    @DisplayName("when the ring wraps around")
    class WrapAround {
        @Test
        @DisplayName("keeps exactly the last size bytes and moves the first byte offset")
        void keepsLastBytes() {
            ReplicationBacklog backlog = new ReplicationBacklog(10, 0);
            backlog.append(bytes("abcdefgh"));
            backlog.append(bytes("ijklm"));
            assertEquals(13, backlog.masterOffset());
            assertEquals(10, backlog.histlen());
            assertEquals(4, backlog.firstByteOffset());
            assertArrayEquals(bytes("defghijklm"), backlog.readFrom(4));
            assertArrayEquals(bytes("jkl"), backlog.read(10, 12));
        }

        @Test
        @DisplayName("a write larger than the ring keeps only its tail")
        void hugeWrite() {
            ReplicationBacklog backlog = new ReplicationBacklog(4, 5);
            backlog.append(bytes("0123456789"));
            assertEquals(15, backlog.masterOffset());
            assertArrayEquals(bytes("6789"), backlog.readFrom(12));
        }

        @Test
        @DisplayName("PSYNC's range test: first <= offset <= master offset + 1")
        void rangeTest() {
            ReplicationBacklog backlog = new ReplicationBacklog(10, 0);
            backlog.append(bytes("0123456789abcdef"));
            assertFalse(backlog.canServeFrom(6), "already overwritten");
            assertTrue(backlog.canServeFrom(7));
            assertTrue(backlog.canServeFrom(16));
            assertTrue(backlog.canServeFrom(17));
            assertFalse(backlog.canServeFrom(18), "beyond the master's offset");
            assertThrows(IllegalArgumentException.class, () -> backlog.read(6, 8));
        }
    }

    @Test
    @DisplayName("resizing keeps the most recent bytes that fit")
    void resize() {
        ReplicationBacklog backlog = new ReplicationBacklog(8, 0);
        backlog.append(bytes("abcdefghij"));
        backlog.resize(4);
        assertEquals(10, backlog.masterOffset());
        assertEquals(7, backlog.firstByteOffset());
        assertArrayEquals(bytes("ghij"), backlog.readFrom(7));
        backlog.resize(16);
        backlog.append(bytes("kl"));
        assertArrayEquals(bytes("ghijkl"), backlog.readFrom(7));
    }

    @Test
    @DisplayName("positions in the ring follow offset modulo size, for drawing it")
    void positions() {
        ReplicationBacklog backlog = new ReplicationBacklog(10, 0);
        assertEquals(0, backlog.positionOf(1));
        assertEquals(9, backlog.positionOf(10));
        assertEquals(0, backlog.positionOf(11));
    }
}
