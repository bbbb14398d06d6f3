package com.replicationlab.lab;

/**
 * What one node wrote and flushed on one connection: real RESP bytes, with when they left, when
 * they are due, and — for replication stream bytes — the stream offsets they cover. Its kind and
 * label are worked out from the bytes when first asked for: most packets are never looked at (a
 * headless run, a served lab), so the packet keeps what to work them out from, not a closure.
 */
public final class Packet {
    private final long id;
    private final long connectionId;
    private final String from;
    private final String to;
    private final byte[] bytes;
    private final long sentMs;
    private final long dueMs;
    private final long streamFirst;
    private final boolean resend;
    /** The packet this one is a copy of (a doubled packet is labelled as the original's copy), or null. */
    private final Packet original;
    /**
     * An earlier packet with the same bytes, stream offset and re-send flag, whose description this
     * one shares, or null: a master's write goes to each of its replicas as one shared array, and the
     * window asks for every packet's label (eight replicas' copies of each write were described
     * eight times: half of what a snapshot allocated).
     */
    private final Packet alike;
    /** Made when first asked for, unless given (a FIN has no bytes to describe). */
    private PacketDescriber.Description description;

    /**
     * @param streamFirst offset of the first stream byte, or -1 if these are not stream bytes
     * @param original the packet this one is a copy of, or null
     * @param alike an earlier packet with the same bytes, offset and re-send flag, or null
     * @param description what the packet is, or null to work it out from the bytes when asked
     */
    Packet(long id, long connectionId, String from, String to, byte[] bytes, long sentMs, long dueMs, long streamFirst,
           boolean resend, Packet original, Packet alike, PacketDescriber.Description description) {
        this.id = id;
        this.connectionId = connectionId;
        this.from = from;
        this.to = to;
        this.bytes = bytes;
        this.sentMs = sentMs;
        this.dueMs = dueMs;
        this.streamFirst = streamFirst;
        this.resend = resend;
        this.original = original;
        this.alike = alike;
        this.description = description;
    }

    public long id() {
        return id;
    }

    public long connectionId() {
        return connectionId;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public byte[] bytes() {
        return bytes;
    }

    public long sentMs() {
        return sentMs;
    }

    public long dueMs() {
        return dueMs;
    }

    public long streamFirst() {
        return streamFirst;
    }

    public boolean resend() {
        return resend;
    }

    /** The earlier packet whose description this one shares, or null. */
    Packet alike() {
        return alike;
    }

    /** Whether this is the FIN of a closing connection (known without describing the packet). */
    public boolean isClose() {
        return bytes.length == 0 && streamFirst < 0 && kind() == PacketKind.CLOSE;
    }

    public PacketKind kind() {
        return description().kind();
    }

    /** A short label for people, such as "SET key value · 33 B" or "ACK 200". */
    public String label() {
        return description().label();
    }

    /** The label's words for another language, or null when the label is data only (commands, replies). */
    public Wording labelWording() {
        return description().wording();
    }

    /** The label as an argument of another wording: its own wording, or the label itself where it is data. */
    Object labelArgument() {
        Wording wording = labelWording();
        return wording == null ? label() : wording;
    }

    /** Synchronized: the window may ask from its own thread while the lab runs. */
    private synchronized PacketDescriber.Description description() {
        if (description == null) {
            if (original != null) {
                description = new PacketDescriber.Description(original.kind(), original.label() + " (copy)",
                        new Wording("copy", original.labelArgument()));
            } else {
                description = alike != null ? alike.description() : PacketDescriber.describe(bytes, streamFirst, resend);
            }
        }
        return description;
    }

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
