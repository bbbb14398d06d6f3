package com.replicationlab.lab;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("The trace's recent records: the last ones up to the bound, oldest first, across chunks")
class RecentRecordsTest {
    private static final int CHUNK = RecentRecords.CHUNK_RECORDS;

    private static TraceRecord record(long index) {
        return new TraceRecord(index, index, TraceKind.NODE, "master", "record " + index, 0);
    }

    private static List<Long> indexes(RecentRecords recent) {
        return recent.toList().stream().map(TraceRecord::index).toList();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
    }

    @Test
    @DisplayName("for bounds below, at and above a chunk, after any number of records, exactly the last ones are kept")
    void keepsTheLastOnes() {
        for (int capacity : List.of(1, 3, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5)) {
            RecentRecords recent = new RecentRecords(capacity);
            for (long added = 0; added < 4L * CHUNK + 7; added++) {
                recent.add(record(added));
                long count = added + 1;
                if (count % 97 == 0 || count % CHUNK <= 1 || count <= capacity + 1) {
                    assertEquals(range(Math.max(0, count - capacity), count), indexes(recent),
                            "capacity " + capacity + " after " + count);
                }
                assertEquals((int) Math.min(count, capacity), recent.size());
            }
        }
    }

    @Test
    @DisplayName("an empty trace keeps nothing; the list it gives cannot be changed")
    void emptyAndUnchangeable() {
        RecentRecords recent = new RecentRecords(10);
        assertEquals(List.of(), recent.toList());
        recent.add(record(0));
        assertThrows(UnsupportedOperationException.class, () -> recent.toList().add(record(1)));
    }

    @Test
    @DisplayName("the trace keeps its bound and tells its listeners of every record")
    void traceKeepsItsBound() {
        Trace trace = new Trace(new VirtualClock(), 5);
        long[] told = new long[1];
        trace.addListener(r -> told[0]++);
        for (int i = 0; i < 2 * CHUNK; i++) {
            trace.add(TraceKind.NODE, "master", "record " + i);
        }
        assertEquals(range(2 * CHUNK - 5, 2 * CHUNK), trace.records().stream().map(TraceRecord::index).toList());
        assertEquals(2 * CHUNK, told[0]);
        assertEquals(2 * CHUNK, trace.size());
    }
}
