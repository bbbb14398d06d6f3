package com.replicationlab.ui.sequence;

import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.Wording;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every packet's trip, read from the trace: a SENT record starts one ("#27 master->replica-1 SET k v
 * · 27 B"); DELIVERED, DROPPED and DISCARDED records of the same packet end it; HELD records hold and
 * release it. Kinds come from the packets the window has seen in flight; a packet that crossed the
 * network between two frames gets the kind its label names. Bounded: the oldest trips go first.
 */
public final class PacketTrips {
    public static final int CAPACITY = 6_000;
    private static final Pattern SENT = Pattern.compile("^#(\\d+) (\\S+)->(\\S+) (.*)$");

    private final Map<Long, PacketTrip> trips = new LinkedHashMap<>();
    private final LongFunction<Optional<PacketKind>> seenKind;

    /** @param seenKind the kind of a packet the window saw in flight */
    public PacketTrips(LongFunction<Optional<PacketKind>> seenKind) {
        this.seenKind = seenKind;
    }

    public void clear() {
        trips.clear();
    }

    /** Takes in one trace record; records about no packet are passed over. */
    public void consider(TraceRecord record) {
        if (record.packetId() <= 0) {
            return;
        }
        PacketTrip trip = trips.get(record.packetId());
        switch (record.kind()) {
            case SENT -> started(record);
            case DELIVERED -> end(trip, PacketTrip.Fate.DELIVERED, record.timeMs());
            case DROPPED -> end(trip, PacketTrip.Fate.LOST, record.timeMs());
            case DISCARDED -> end(trip, PacketTrip.Fate.DISCARDED, record.timeMs());
            case HELD -> {
                if (trip != null && !trip.ended()) {
                    trips.put(trip.id(), trip.holding(record.text().endsWith("held in flight")));
                }
            }
            default -> {
                // other records name a packet without changing its trip (delivered by hand: its DELIVERED follows)
            }
        }
    }

    private void started(TraceRecord record) {
        Matcher sent = SENT.matcher(record.text());
        if (!sent.matches()) {
            return;
        }
        String label = sent.group(4);
        PacketKind kind = seenKind.apply(record.packetId()).orElse(null);
        trips.put(record.packetId(), new PacketTrip(record.packetId(), sent.group(2), sent.group(3), label,
                labelWording(record), kind, record.timeMs(), -1, PacketTrip.Fate.IN_FLIGHT, false));
        if (trips.size() > CAPACITY) {
            Iterator<Long> oldest = trips.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** The wording of the packet's label, which a SENT record's wording holds after its number and direction. */
    private static Wording labelWording(TraceRecord record) {
        Wording sent = record.wording();
        return sent != null && sent.args().size() == 3 && sent.args().get(2) instanceof Wording label ? label : null;
    }

    /** The first ending counts: a duplicate's second arrival does not move the arrow. */
    private void end(PacketTrip trip, PacketTrip.Fate fate, long atMs) {
        if (trip != null && !trip.ended()) {
            trips.put(trip.id(), trip.ending(fate, atMs));
        }
    }

    /** Gives trips whose kind is not known yet the kind the window has seen since, or else the one their label names. */
    public void learnKinds() {
        for (Map.Entry<Long, PacketTrip> entry : trips.entrySet()) {
            PacketTrip trip = entry.getValue();
            if (trip.kind() == null) {
                PacketKind kind = seenKind.apply(trip.id()).orElse(trip.ended() ? guess(trip.label()) : null);
                if (kind != null) {
                    entry.setValue(trip.knownAs(kind));
                }
            }
        }
    }

    /** The kind a label names, for a packet the window never saw in flight. */
    static PacketKind guess(String label) {
        if (label.startsWith("ACK ")) {
            return PacketKind.ACK;
        }
        if (label.startsWith("GETACK")) {
            return PacketKind.GETACK;
        }
        if (label.startsWith("re-send")) {
            return PacketKind.RESEND;
        }
        if (label.startsWith("FIN")) {
            return PacketKind.CLOSE;
        }
        if (label.equalsIgnoreCase("ping") || label.startsWith("ping ") || label.startsWith("PING ")) {
            return PacketKind.PING;
        }
        if (label.startsWith("+") || label.startsWith("REPLCONF") || label.startsWith("PSYNC") || label.startsWith("SYNC")) {
            return PacketKind.SYNC;
        }
        if (label.startsWith("RDB")) {
            return PacketKind.RDB;
        }
        // Left with a size: a command of the replication stream ("SET k v · 27 B").
        return label.contains(" · ") && label.endsWith(" B") ? PacketKind.WRITE : PacketKind.OTHER;
    }

    public List<PacketTrip> all() {
        return new ArrayList<>(trips.values());
    }

    public Optional<PacketTrip> find(long id) {
        return Optional.ofNullable(trips.get(id));
    }
}
