package com.replicationlab.replication;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * The master's replication backlog, drawn as the classic ring buffer of exactly
 * {@code repl-backlog-size} bytes (the Redis 2.8–6.2 model; 7.0 keeps blocks but serves PSYNC by
 * the same rule). It remembers the most recent bytes of the replication stream so that a replica
 * which missed some can be given just those bytes instead of a full copy of the dataset.
 *
 * <p>Offsets are stream positions: the first byte ever fed has offset 1, so after n bytes the
 * master's offset is n. The backlog holds offsets {@code firstByteOffset() .. masterOffset()}.
 */
public final class ReplicationBacklog {
    private byte[] ring;
    /** Offset of the last byte written (master_repl_offset). */
    private long masterOffset;
    /** Number of valid bytes held (repl_backlog_histlen), at most ring.length. */
    private long histlen;
    /** Offsets where each appended write began, still held: command boundaries for drawing. */
    private final OffsetQueue writeStarts = new OffsetQueue();

    /** A new, empty backlog that starts after {@code masterOffset} (Redis: first byte = offset + 1). */
    public ReplicationBacklog(int sizeBytes, long masterOffset) {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("backlog size must be positive: " + sizeBytes);
        }
        this.ring = new byte[sizeBytes];
        this.masterOffset = masterOffset;
    }

    public int sizeBytes() {
        return ring.length;
    }

    public long masterOffset() {
        return masterOffset;
    }

    public long histlen() {
        return histlen;
    }

    /** repl_backlog_first_byte_offset: the oldest offset still held. */
    public long firstByteOffset() {
        return masterOffset - histlen + 1;
    }

    /** Appends stream bytes (one write: a command, or a proxied chunk), overwriting the oldest when full. */
    public void append(byte[] bytes, int from, int length) {
        if (length > 0) {
            writeStarts.addLast(masterOffset + 1);
        }
        int size = ring.length;
        if (length >= size) {
            // Only the last `size` bytes can survive.
            from += length - size;
            masterOffset += length - size;
            length = size;
        }
        int pos = positionOf(masterOffset + 1);
        int first = Math.min(length, size - pos);
        System.arraycopy(bytes, from, ring, pos, first);
        System.arraycopy(bytes, from + first, ring, 0, length - first);
        masterOffset += length;
        histlen = Math.min(size, histlen + length);
        while (!writeStarts.isEmpty() && writeStarts.first() < firstByteOffset()) {
            writeStarts.removeFirst();
        }
    }

    /**
     * Appends {@code length} bytes of {@code buffer} from {@code index}: from the array behind a heap
     * buffer where it has one (a lab replica's input), else through a copy.
     */
    public void append(ByteBuf buffer, int index, int length) {
        if (buffer.hasArray()) {
            append(buffer.array(), buffer.arrayOffset() + index, length);
        } else {
            append(ByteBufUtil.getBytes(buffer, index, length), 0, length);
        }
    }

    /** Start offsets of the writes whose first byte is still held, oldest first, in a new array. */
    public long[] writeStarts() {
        return writeStarts.toArray();
    }

    public void append(byte[] bytes) {
        append(bytes, 0, bytes.length);
    }

    /**
     * Whether a replica that needs offsets from {@code offset} on can be served from here: Redis's
     * range test {@code first <= offset <= first + histlen} (offset = master offset + 1 means
     * "nothing missing").
     */
    public boolean canServeFrom(long offset) {
        return histlen > 0 ? offset >= firstByteOffset() && offset <= masterOffset + 1
                : offset == masterOffset + 1;
    }

    /** The bytes from {@code offset} to the end; requires {@link #canServeFrom}. */
    public byte[] readFrom(long offset) {
        return read(offset, masterOffset);
    }

    /** The bytes of offsets {@code fromOffset..toOffset} inclusive, all of which must be held. */
    public byte[] read(long fromOffset, long toOffset) {
        if (toOffset < fromOffset) {
            return new byte[0];
        }
        byte[] out = new byte[Math.toIntExact(toOffset - fromOffset + 1)];
        copy(fromOffset, toOffset, out, 0);
        return out;
    }

    /** Copies the bytes of offsets {@code fromOffset..toOffset} inclusive, all held, into {@code into} at {@code at}. */
    public void copy(long fromOffset, long toOffset, byte[] into, int at) {
        if (fromOffset < firstByteOffset() || toOffset > masterOffset) {
            throw new IllegalArgumentException("offsets " + fromOffset + ".." + toOffset
                    + " are not in the backlog (" + firstByteOffset() + ".." + masterOffset + ")");
        }
        int length = Math.toIntExact(toOffset - fromOffset + 1);
        int pos = positionOf(fromOffset);
        int first = Math.min(length, ring.length - pos);
        System.arraycopy(ring, pos, into, at, first);
        System.arraycopy(ring, 0, into, at + first, length - first);
    }

    /** Changes the size, keeping the most recent bytes that still fit. */
    public void resize(int newSizeBytes) {
        if (newSizeBytes == ring.length) {
            return;
        }
        long keep = Math.min(histlen, newSizeBytes);
        byte[] recent = read(masterOffset - keep + 1, masterOffset);
        long[] starts = writeStarts.toArray();
        ring = new byte[newSizeBytes];
        long end = masterOffset;
        masterOffset = end - keep;
        histlen = 0;
        append(recent);
        writeStarts.clear();
        for (long start : starts) {
            if (start >= firstByteOffset()) {
                writeStarts.addLast(start);
            }
        }
    }

    /** Index in the ring where the byte with stream offset {@code offset} lives. */
    public int positionOf(long offset) {
        return (int) Math.floorMod(offset - 1, (long) ring.length);
    }
}
