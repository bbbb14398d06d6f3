package com.replicationlab.lab;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The receiving replica's view of the replication stream over a lab link that can lose packets.
 * It passes bytes on strictly in offset order and never twice: bytes it already has are thrown
 * away, bytes past a gap are held (up to a bound) until the gap is filled — or, in "reconnect"
 * mode, a gap ends the connection, as a broken TCP stream would.
 *
 * <p>It learns where the stream starts from the handshake it sees: the offset in +FULLRESYNC, or
 * the offset the replica asked for in PSYNC when the master answers +CONTINUE.
 */
final class StreamReassembly {
    static final long MAX_HELD_BYTES = 1024 * 1024;

    /**
     * What to do with one arriving stream packet, and a note for the trace when it is news: in
     * English, and as a wording for the window (its arguments leave out the replica, which the
     * trace line names first).
     */
    record Outcome(List<byte[]> deliver, String note, Wording noteWording, boolean closeConnection) {

        static Outcome quiet(List<byte[]> deliver) {
            return new Outcome(deliver, null, null, false);
        }

        static Outcome noted(List<byte[]> deliver, boolean closeConnection, String note, String key, Object... args) {
            return new Outcome(deliver, note, new Wording(key, args), closeConnection);
        }
    }

    private long next = -1;
    private long requestedOffset = -1;
    private final TreeMap<Long, byte[]> held = new TreeMap<>();
    private long heldBytes;

    /** Bytes this end sent: remembers the offset of a PSYNC request. */
    void observeOutbound(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int psync = text.indexOf("PSYNC\r\n");
        if (psync < 0) {
            return;
        }
        String[] lines = text.substring(psync).split("\r\n");
        if (lines.length >= 5) {
            try {
                requestedOffset = Long.parseLong(lines[4]);
            } catch (NumberFormatException e) {
                requestedOffset = -1;
            }
        }
    }

    /** Bytes that arrived outside the stream: +FULLRESYNC or +CONTINUE fix where the stream starts. */
    void observeInbound(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1).strip();
        if (text.startsWith("+FULLRESYNC ")) {
            String[] parts = text.split("[ \r\n]+");
            if (parts.length >= 3) {
                startAt(Long.parseLong(parts[2]) + 1);
            }
        } else if (text.startsWith("+CONTINUE") && requestedOffset > 0) {
            startAt(requestedOffset);
        }
    }

    long nextOffset() {
        return next;
    }

    private void startAt(long offset) {
        next = offset;
        held.headMap(offset).clear();
        heldBytes = held.values().stream().mapToLong(b -> b.length).sum();
    }

    /**
     * Takes stream bytes that are the very next ones, with nothing held: the usual case, which
     * needs no outcome (one for every stream packet was a tenth of the lab network's allocation).
     * Returns false, taking nothing, for anything else: that goes to {@link #accept}.
     */
    boolean takeNext(long first, byte[] bytes) {
        if (first != next || bytes.length == 0 || !held.isEmpty()) {
            return false;
        }
        next = first + bytes.length;
        return true;
    }

    /**
     * What to do with stream bytes starting at offset {@code first}. {@code closeOnGap} (whether a
     * gap ends the connection) is asked only when there is a gap, which is rare.
     */
    Outcome accept(long first, byte[] bytes, BooleanSupplier closeOnGap) {
        if (takeNext(first, bytes)) {
            return Outcome.quiet(List.of(bytes));
        }
        long last = first + bytes.length - 1;
        String from = Long.toString(first);
        String to = Long.toString(last);
        if (next >= 0 && last < next) {
            String size = Integer.toString(bytes.length);
            return Outcome.noted(List.of(), false, "discards " + size + " bytes it already has (" + from + ".." + to + ")",
                    "discardsBytesItHas", size, from, to);
        }
        if (next < 0 || first > next) {
            String expected = Long.toString(next);
            if (next >= 0 && closeOnGap.getAsBoolean()) {
                return Outcome.noted(List.of(), true, "sees a gap: expected offset " + expected + ", got " + from
                        + " — drops the connection", "gapDropsConnection", expected, from);
            }
            if (heldBytes + bytes.length > MAX_HELD_BYTES) {
                return Outcome.noted(List.of(), false, "has no room to hold " + from + ".." + to + ": discards it",
                        "noRoomToHold", from, to);
            }
            held.put(first, bytes);
            heldBytes += bytes.length;
            return next < 0
                    ? Outcome.noted(List.of(), false, "holds " + from + ".." + to + " until it knows where the stream starts",
                            "holdsUntilStreamStart", from, to)
                    : Outcome.noted(List.of(), false, "holds " + from + ".." + to + " past a gap at " + expected,
                            "holdsPastGap", from, to, expected);
        }
        boolean overlaps = first < next;
        List<byte[]> deliver = new ArrayList<>();
        deliver.add(trim(first, bytes));
        next = last + 1;
        drainHeld(deliver);
        if (deliver.size() > 1) {
            String upTo = Long.toString(next - 1);
            return Outcome.noted(deliver, false, "fills the gap: passes on held bytes up to " + upTo, "fillsGap", upTo);
        }
        if (overlaps) {
            String lackedFrom = Long.toString(last - deliver.get(0).length + 1);
            return Outcome.noted(deliver, false, "keeps only the bytes it lacked, from " + lackedFrom,
                    "keepsBytesItLacked", lackedFrom);
        }
        return Outcome.quiet(deliver);
    }

    private void drainHeld(List<byte[]> deliver) {
        while (!held.isEmpty()) {
            Map.Entry<Long, byte[]> first = held.firstEntry();
            long start = first.getKey();
            long end = start + first.getValue().length - 1;
            if (start > next) {
                return;
            }
            held.pollFirstEntry();
            heldBytes -= first.getValue().length;
            if (end >= next) {
                deliver.add(trim(start, first.getValue()));
                next = end + 1;
            }
        }
    }

    /** The part of bytes starting at {@code first} that is at or after {@link #next}. */
    private byte[] trim(long first, byte[] bytes) {
        int skip = (int) Math.max(0, next - first);
        if (skip == 0) {
            return bytes;
        }
        byte[] rest = new byte[bytes.length - skip];
        System.arraycopy(bytes, skip, rest, 0, rest.length);
        return rest;
    }
}
