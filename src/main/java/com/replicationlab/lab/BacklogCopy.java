package com.replicationlab.lab;

import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.replication.ReplicationBacklog;

/**
 * A master's backlog bytes as its snapshots hand them over: one array that successive snapshots
 * share, to which each snapshot appends only the stream bytes that came since the last. Copying a
 * whole 1 MB backlog into every snapshot, sixty a second, was most of what a snapshot allocated
 * (bench window, 8 replicas, 1,000 writes/s).
 *
 * <p>A snapshot holds a range of the array, and nothing in that range is written again: new bytes
 * go after it, and when the array is full the bytes still held move to a new array, leaving the old
 * one to the snapshots that point into it. The stream's bytes at an offset never change within one
 * backlog (it only appends, and a resize keeps the bytes it keeps), so the copy is started over only
 * for another backlog (a new replication history) or when bytes were dropped unseen in between.
 */
final class BacklogCopy {
    private ReplicationBacklog source;
    private byte[] stream = new byte[0];
    /** Stream offset of {@code stream[0]}. */
    private long firstOffset;
    /** Bytes copied so far: offsets firstOffset .. firstOffset + length - 1. */
    private int length;

    BacklogView view(ReplicationBacklog backlog) {
        long first = backlog.firstByteOffset();
        long lastCopied = firstOffset + length - 1;
        boolean continues = backlog == source && first >= firstOffset && first <= lastCopied + 1
                && backlog.masterOffset() >= lastCopied;
        if (!continues) {
            source = backlog;
            stream = new byte[2 * backlog.sizeBytes()];
            firstOffset = first;
            length = 0;
        } else if (length + (backlog.masterOffset() - lastCopied) > stream.length) {
            moveToNewArray(backlog, first);
        }
        long from = firstOffset + length;
        if (backlog.masterOffset() >= from) {
            backlog.copy(from, backlog.masterOffset(), stream, length);
            length += (int) (backlog.masterOffset() - from + 1);
        }
        return new BacklogView(backlog.sizeBytes(), first, backlog.histlen(), backlog.masterOffset(), stream,
                (int) (first - firstOffset), backlog.writeStarts());
    }

    /** Moves the bytes still held to a new array with room for a backlog's worth more. */
    private void moveToNewArray(ReplicationBacklog backlog, long first) {
        int held = (int) (firstOffset + length - first);
        byte[] larger = new byte[2 * Math.max(backlog.sizeBytes(), held)];
        System.arraycopy(stream, (int) (first - firstOffset), larger, 0, held);
        stream = larger;
        firstOffset = first;
        length = held;
    }
}
