package com.replicationlab.lab;

/**
 * What one node wrote and flushed on one connection: real RESP bytes, with when they left, when
 * they are due, and — for replication stream bytes — the stream offsets they cover.
 *
 * @param streamFirst offset of the first stream byte, or -1 if these are not stream bytes
 */
public record Packet(long id, long connectionId, String from, String to, byte[] bytes, long sentMs, long dueMs,
                     long streamFirst, boolean resend, PacketKind kind, String label) {

    public int size() {
        return bytes.length;
    }

    public boolean isStream() {
        return streamFirst >= 0;
    }

    /** Offset of the last stream byte (meaningful for stream packets). */
    public long streamLast() {
        return streamFirst + bytes.length - 1;
    }

    /** "master->replica-1": the link direction the packet travels. */
    public String direction() {
        return from + "->" + to;
    }
}
