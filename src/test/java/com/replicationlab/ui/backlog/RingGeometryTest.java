package com.replicationlab.ui.backlog;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Backlog: where offsets fall on the ring")
class RingGeometryTest {
    private final RingGeometry ring = new RingGeometry(300);

    @Test
    @DisplayName("offset 1 starts at the top; offset 300 ends where 301 starts, a whole turn on")
    void wrapsAround() {
        assertEquals(0.0, ring.before(1));
        assertEquals(0.0, ring.after(300));
        assertEquals(0.0, ring.before(301));
        assertEquals(0.5, ring.before(151));
        assertEquals(ring.after(334), ring.before(335));
    }

    @Test
    @DisplayName("a span is its share of the ring, never more than a turn")
    void spans() {
        assertEquals(0.1, ring.span(30), 1e-12);
        assertEquals(1.0, ring.span(900));
    }

    @Test
    @DisplayName("turns become angles clockwise from the top")
    void angles() {
        assertEquals(-Math.PI / 2, RingGeometry.radians(0), 1e-12);
        assertEquals(0, RingGeometry.radians(0.25), 1e-12);
        assertEquals(90, RingGeometry.arcStart(0), 1e-12);
        assertEquals(0, RingGeometry.arcStart(0.25), 1e-12);
    }

    @Test
    @DisplayName("sizes in words")
    void sizes() {
        assertEquals("300 B", ByteSize.text(300));
        assertEquals("16 KB", ByteSize.text(16 * 1024));
        assertEquals("1.5 KB", ByteSize.text(1536));
        assertEquals("1 MB", ByteSize.text(1024 * 1024));
    }
}
