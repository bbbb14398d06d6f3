package com.replicationlab.replication;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The backlog's queue of write offsets")
class OffsetQueueTest {

    @Test
    @DisplayName("keeps offsets in order while it wraps around and grows, as a deque would")
    void behavesAsADeque() {
        OffsetQueue queue = new OffsetQueue();
        List<Long> expected = new ArrayList<>();
        long next = 1;
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 7 * round + 3; i++) {
                queue.addLast(next);
                expected.add(next++);
            }
            for (int i = 0; i < 5 * round && !expected.isEmpty(); i++) {
                assertEquals(expected.remove(0), queue.first());
                queue.removeFirst();
            }
            assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(), queue.toArray());
        }
        queue.clear();
        assertTrue(queue.isEmpty());
        assertArrayEquals(new long[0], queue.toArray());
    }
}
