package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.TraceRecord;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Reads the window's trace for a view model, in batches: each {@link #read()} hands over the records
 * that came since the last one, in one list. The first read, and the first after the lab was
 * replaced (reset, step back), hands over the whole trace as a restart. Between reads it does no
 * work, so a view model reads when it chooses (once a frame, only while its panel is shown) and
 * gets the same records, in the same order, as if it had read each batch as it came. It holds the
 * list it reads, because the model's read-only view of the trace listens to its source only weakly.
 */
public final class TraceReader {

    /** What a view model does with the trace. */
    public interface Reader {
        /** The whole trace of a lab, from its start: forget what was read before. */
        void restarted(List<TraceRecord> all);

        /** Records that happened since the last read, oldest first. */
        void added(List<? extends TraceRecord> news);
    }

    private final ObservableList<TraceRecord> trace;
    private final Reader reader;
    private boolean restartPending = true;
    /** The index of the last record handed over (records' indexes grow within one lab's trace). */
    private long lastRead = -1;

    public TraceReader(ObservableList<TraceRecord> trace, Reader reader) {
        this.trace = trace;
        this.reader = reader;
        trace.addListener((ListChangeListener<TraceRecord>) change -> {
            while (change.next()) {
                if (change.wasReplaced() && change.getFrom() == 0) {
                    restartPending = true;
                }
            }
        });
    }

    /** Hands the reader what the trace gained since the last read (nothing if it gained nothing). */
    public void read() {
        // A new lab's records count from 0 again: older than the last read means a new lab.
        if (restartPending || !trace.isEmpty() && trace.get(trace.size() - 1).index() < lastRead) {
            restartPending = false;
            List<TraceRecord> all = List.copyOf(trace);
            lastRead = all.isEmpty() ? -1 : all.get(all.size() - 1).index();
            reader.restarted(all);
            return;
        }
        // The news is at the end: walk back to the last record read (or to the oldest the window
        // still holds, if more came since than it keeps).
        int from = trace.size();
        while (from > 0 && trace.get(from - 1).index() > lastRead) {
            from--;
        }
        if (from == trace.size()) {
            return;
        }
        List<TraceRecord> news = List.copyOf(trace.subList(from, trace.size()));
        lastRead = news.get(news.size() - 1).index();
        reader.added(news);
    }

    /** The trace as the window holds it now, oldest first. */
    public List<TraceRecord> records() {
        return trace;
    }
}
