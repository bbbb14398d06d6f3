package com.replicationlab.ui.heartbeat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Heartbeat: the saw-tooth of seconds since the last ACK")
class LagPictureTest {

    private static void assertPoints(long[][] expected, List<long[]> actual) {
        assertEquals(expected.length, actual.size(), "points");
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual.get(i), "point " + i);
        }
    }

    @Test
    @DisplayName("climbs one ms per ms and falls to zero at each ACK; ends where the snapshot says")
    void sawTooth() {
        LagPicture.Line line = new LagPicture.Line("replica-1", List.of(500L, 1500L, 2500L), 300);
        assertPoints(new long[][] {{1000, 500}, {1500, 1000}, {1500, 0}, {1500, 0}, {2500, 1000}, {2500, 0}, {2800, 300}},
                line.points(1000, 2800));
        assertEquals(1000, line.peakMs(1000, 2800));
    }

    @Test
    @DisplayName("a replica that stopped acknowledging climbs on past its last ACK")
    void silentReplica() {
        LagPicture.Line line = new LagPicture.Line("replica-2", List.of(1000L), 4000);
        assertPoints(new long[][] {{1000, 0}, {5000, 4000}}, line.points(0, 5000));
        assertEquals(4000, line.peakMs(0, 5000));
    }

    @Test
    @DisplayName("with no ACK in the window, the line starts at the window's edge at its height there")
    void longSilence() {
        LagPicture.Line line = new LagPicture.Line("replica-2", List.of(), 70_000);
        assertPoints(new long[][] {{10_000, 10_000}, {70_000, 70_000}}, line.points(10_000, 70_000));
    }

    @Test
    @DisplayName("replicas keep their colour, dashes and short name wherever they are drawn")
    void marks() {
        assertEquals(0, ReplicaMarks.index("replica-1"));
        assertEquals(7, ReplicaMarks.index("replica-8"));
        assertEquals("r3", ReplicaMarks.shortName("replica-3"));
        assertEquals("127.0.0.1:7000", ReplicaMarks.shortName("127.0.0.1:7000"));
        assertArrayEquals(new double[0], ReplicaMarks.dashes("replica-1", 2));
        assertArrayEquals(new double[] {18, 10}, ReplicaMarks.dashes("replica-2", 2));
    }
}
