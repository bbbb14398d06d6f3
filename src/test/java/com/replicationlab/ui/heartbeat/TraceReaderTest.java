package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Reading the window's trace in batches")
class TraceReaderTest {

    /** What a reader was handed, in order: "restart" marks, then records' indexes. */
    private static final class Seen implements TraceReader.Reader {
        final List<String> events = new ArrayList<>();

        @Override
        public void restarted(List<TraceRecord> all) {
            events.add("restart");
            all.forEach(r -> events.add(Long.toString(r.index())));
        }

        @Override
        public void added(List<? extends TraceRecord> news) {
            news.forEach(r -> events.add(Long.toString(r.index())));
        }
    }

    private static List<TraceRecord> records(long from, long to) {
        List<TraceRecord> out = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            out.add(new TraceRecord(i, i * 10, TraceKind.SENT, "master", "#" + i + " master->replica-1 PING", i));
        }
        return out;
    }

    /** The window's way of taking in a batch: the oldest go past its capacity, then the news is appended. */
    private static void deliver(ObservableList<TraceRecord> trace, List<TraceRecord> batch, int capacity) {
        int overflow = trace.size() + batch.size() - capacity;
        if (overflow > 0) {
            trace.remove(0, Math.min(overflow, trace.size()));
        }
        trace.addAll(batch);
    }

    @Test
    @DisplayName("one read after many batches hands over the same records, in the same order, as a read after each")
    void batchedEqualsRecordByRecord() {
        ObservableList<TraceRecord> trace = FXCollections.observableArrayList(records(0, 4));
        Seen eachBatch = new Seen();
        Seen once = new Seen();
        TraceReader eager = new TraceReader(trace, eachBatch);
        TraceReader lazy = new TraceReader(trace, once);
        eager.read();
        for (long start = 5; start < 60; start += 7) {
            deliver(trace, records(start, start + 6), 1_000);
            eager.read();
        }
        lazy.read();
        assertEquals(eachBatch.events, once.events);
        List<String> expected = new ArrayList<>(List.of("restart"));
        records(0, 60).forEach(r -> expected.add(Long.toString(r.index())));
        assertEquals(expected, once.events, "a restart with the first records, then every record once");
    }

    @Test
    @DisplayName("a reader far behind gets the records the window still holds, oldest first, and none twice")
    void farBehindGetsTheTail() {
        ObservableList<TraceRecord> trace = FXCollections.observableArrayList(records(0, 9));
        Seen seen = new Seen();
        TraceReader reader = new TraceReader(trace, seen);
        reader.read();
        seen.events.clear();
        deliver(trace, records(10, 29), 10);
        deliver(trace, records(30, 34), 10);
        reader.read();
        reader.read();
        assertEquals(records(25, 34).stream().map(r -> Long.toString(r.index())).toList(), seen.events);
    }

    @Test
    @DisplayName("a new lab's trace (reset, step back) is handed over whole, as a restart")
    void newLabRestarts() {
        ObservableList<TraceRecord> trace = FXCollections.observableArrayList(records(0, 9));
        Seen seen = new Seen();
        TraceReader reader = new TraceReader(trace, seen);
        reader.read();
        seen.events.clear();
        trace.setAll(records(0, 2));
        deliver(trace, records(3, 4), 1_000);
        reader.read();
        assertEquals(List.of("restart", "0", "1", "2", "3", "4"), seen.events);
    }
}
