package com.replicationlab.ui.heartbeat;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each replica's ACKs reached its master, read from the trace ("#33 replica-1->master ACK 64",
 * delivered): the instants the master's "seconds since the last ACK" fell back to zero. Keeps the
 * last {@link #KEEP_MS} of virtual time, and at most {@link #MAX_PER_REPLICA} ACKs a replica.
 */
public final class AckHistory {
    static final long KEEP_MS = 120_000;
    static final int MAX_PER_REPLICA = 4_000;
    private static final Pattern ACK = Pattern.compile("^#\\d+ (\\S+)->(\\S+) ACK (\\d+)");

    /** One ACK as its master received it. */
    public record Ack(long atMs, long offset) {
    }

    private final Map<String, Deque<Ack>> byLink = new LinkedHashMap<>();

    /** Takes in a trace record; anything but a delivered ACK is passed over. */
    public void consider(TraceRecord record) {
        if (record.kind() != TraceKind.DELIVERED) {
            return;
        }
        Matcher ack = ACK.matcher(record.text());
        if (!ack.find()) {
            return;
        }
        Deque<Ack> acks = byLink.computeIfAbsent(key(ack.group(1), ack.group(2)), k -> new ArrayDeque<>());
        acks.addLast(new Ack(record.timeMs(), Long.parseLong(ack.group(3))));
        while (acks.size() > MAX_PER_REPLICA || acks.peekFirst().atMs() < record.timeMs() - KEEP_MS) {
            acks.removeFirst();
        }
    }

    public void clear() {
        byLink.clear();
    }

    /** The ACKs {@code master} received from {@code replica} since {@code fromMs}, oldest first, with the one just before. */
    public List<Ack> since(String replica, String master, long fromMs) {
        Deque<Ack> acks = byLink.get(key(replica, master));
        List<Ack> out = new ArrayList<>();
        if (acks == null) {
            return out;
        }
        Ack before = null;
        for (Ack ack : acks) {
            if (ack.atMs() < fromMs) {
                before = ack;
            } else {
                out.add(ack);
            }
        }
        if (before != null) {
            out.add(0, before);
        }
        return out;
    }

    private static String key(String replica, String master) {
        return replica + "->" + master;
    }
}
