package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.TraceRecord;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Reads the window's trace for a view model: the records so far, then each batch of new ones; when
 * the lab is replaced (reset, step back) the whole new trace, as a restart. It holds the list it
 * reads, because the model's read-only view of the trace listens to its source only weakly.
 */
public final class TraceReader {

    /** What a view model does with the trace. */
    public interface Reader {
        /** The whole trace of a lab, from its start: forget what was read before. */
        void restarted(List<TraceRecord> all);

        /** Records that just happened. */
        void added(List<? extends TraceRecord> news);
    }

    private final ObservableList<TraceRecord> trace;

    public TraceReader(ObservableList<TraceRecord> trace, Reader reader) {
        this.trace = trace;
        reader.restarted(List.copyOf(trace));
        trace.addListener((ListChangeListener<TraceRecord>) change -> {
            while (change.next()) {
                if (change.wasReplaced() && change.getFrom() == 0) {
                    reader.restarted(List.copyOf(this.trace));
                    return;
                }
                if (change.wasAdded()) {
                    reader.added(List.copyOf(change.getAddedSubList()));
                }
            }
        });
    }

    /** The trace as the window holds it now, oldest first. */
    public List<TraceRecord> records() {
        return trace;
    }
}
