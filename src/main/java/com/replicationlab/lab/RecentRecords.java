package com.replicationlab.lab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * The most recent trace records, at most a given number, oldest first. They are kept in chunks of
 * {@value #CHUNK_RECORDS}, a new chunk started when the last is full and the oldest dropped when
 * all its records are past the bound; not in one ring of the whole size. With the JVM's default
 * collector (G1), storing a new object into an array that has lived through a collection costs a
 * memory fence (its write barrier): in a 200,000-record ring that was every record, 7 % of the lab
 * thread's samples in bench lab. The chunk being filled is nearly always new itself.
 */
final class RecentRecords {
    static final int CHUNK_RECORDS = 1024;

    private final int capacity;
    private final Deque<TraceRecord[]> chunks = new ArrayDeque<>();
    /** Where the oldest kept record stands in the first chunk (those before it are past the bound). */
    private int firstKept;
    /** How many records the last chunk holds. */
    private int lastFilled;
    private int size;

    RecentRecords(int capacity) {
        this.capacity = capacity;
    }

    void add(TraceRecord record) {
        if (chunks.isEmpty() || lastFilled == CHUNK_RECORDS) {
            chunks.addLast(new TraceRecord[CHUNK_RECORDS]);
            lastFilled = 0;
        }
        chunks.getLast()[lastFilled++] = record;
        size++;
        if (size > capacity) {
            // The oldest goes; its chunk goes with its last record (until then it holds fewer
            // than a chunk's worth of records past the bound).
            firstKept++;
            size--;
            if (firstKept == CHUNK_RECORDS) {
                chunks.removeFirst();
                firstKept = 0;
            }
        }
    }

    int size() {
        return size;
    }

    /** The kept records, oldest first, in a list of their own that cannot change. */
    List<TraceRecord> toList() {
        List<TraceRecord> records = new ArrayList<>(size);
        int from = firstKept;
        for (TraceRecord[] chunk : chunks) {
            int to = chunk == chunks.getLast() ? lastFilled : CHUNK_RECORDS;
            for (int i = from; i < to; i++) {
                records.add(chunk[i]);
            }
            from = 0;
        }
        return Collections.unmodifiableList(records);
    }
}
