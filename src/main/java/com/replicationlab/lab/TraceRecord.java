package com.replicationlab.lab;

import java.util.Locale;
import java.util.Objects;

/**
 * One event of the lab, immutable: when (virtual ms since start), what kind, which node, what
 * happened in words, and the packet it concerns (0 if none). The words are made when read;
 * a window in another language words the record from its {@link #wording()}. A packet's record
 * (sent, delivered: two for nearly every packet) keeps the packet rather than words of its own,
 * and says what its kind says of the packet.
 */
public final class TraceRecord {
    private final long index;
    private final long timeMs;
    private final TraceKind kind;
    private final String node;
    /** What the record says; null for a packet's record. */
    private final Words words;
    /** The packet a packet's record tells of; null for any other record. */
    private final Packet packet;
    private final long packetId;

    public TraceRecord(long index, long timeMs, TraceKind kind, String node, String text, long packetId) {
        this(index, timeMs, kind, node, Words.data(text), packetId);
    }

    TraceRecord(long index, long timeMs, TraceKind kind, String node, Words words, long packetId) {
        this.index = index;
        this.timeMs = timeMs;
        this.kind = kind;
        this.node = node;
        this.words = words;
        this.packet = null;
        this.packetId = packetId;
    }

    /** A packet's record: {@code kind} is {@link TraceKind#SENT} or {@link TraceKind#DELIVERED}. */
    TraceRecord(long index, long timeMs, TraceKind kind, String node, Packet packet) {
        if (kind != TraceKind.SENT && kind != TraceKind.DELIVERED) {
            throw new IllegalArgumentException("a packet's record tells that it was sent or delivered, not " + kind);
        }
        this.index = index;
        this.timeMs = timeMs;
        this.kind = kind;
        this.node = node;
        this.words = null;
        this.packet = packet;
        this.packetId = packet.id();
    }

    public long index() {
        return index;
    }

    public long timeMs() {
        return timeMs;
    }

    public TraceKind kind() {
        return kind;
    }

    public String node() {
        return node;
    }

    public String text() {
        return words().text();
    }

    /** The text as a message key and arguments, made now; null when the text is data (shown as it is). */
    public Wording wording() {
        return words().wording();
    }

    /** The record's own words, or what a packet's record says of its packet, made now. */
    private Words words() {
        if (words != null) {
            return words;
        }
        return kind == TraceKind.SENT ? PacketWords.sent(packet) : PacketWords.delivered(packet);
    }

    public long packetId() {
        return packetId;
    }

    /** The stable text form: the same run prints the same lines, byte for byte. */
    public String format() {
        return line(kind.name().toLowerCase(Locale.ROOT), node, text());
    }

    /**
     * This record's line with its kind, node and words given (a window words them in its own
     * language): time in seconds, kind, node and words in the columns of {@link #format}. Laid out
     * by hand, not by String.format: the event log lays out every line it shows each time it
     * scrolls, and the format string's parse made most of a line's garbage.
     */
    public String line(String kindWords, String nodeWords, String words) {
        StringBuilder line = new StringBuilder(80);
        long millis = timeMs % 1000;
        padLeft(line, timeMs / 1000 + "." + (millis < 100 ? "0" : "") + (millis < 10 ? "0" : "") + millis, 10);
        line.append("  ");
        padRight(line, kindWords, 9);
        line.append(' ');
        padRight(line, nodeWords, 10);
        return line.append(' ').append(words).toString();
    }

    private static void padLeft(StringBuilder line, String text, int width) {
        line.append(" ".repeat(Math.max(0, width - text.length()))).append(text);
    }

    private static void padRight(StringBuilder line, String text, int width) {
        line.append(text).append(" ".repeat(Math.max(0, width - text.length())));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TraceRecord r && index == r.index && timeMs == r.timeMs && kind == r.kind
                && node.equals(r.node) && text().equals(r.text()) && packetId == r.packetId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, timeMs, kind, node, text(), packetId);
    }

    @Override
    public String toString() {
        return "TraceRecord[index=" + index + ", timeMs=" + timeMs + ", kind=" + kind + ", node=" + node + ", text="
                + text() + ", packetId=" + packetId + "]";
    }
}
