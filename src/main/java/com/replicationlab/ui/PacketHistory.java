package com.replicationlab.ui;

import com.replicationlab.lab.snapshot.PacketView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The packets seen in flight lately, by id, so that a view can still show a packet after it left
 * the network (the bytes of a delivered write, where a lost packet was when it fell). Bounded.
 */
final class PacketHistory {
    private final int capacity;
    private final Map<Long, PacketView> seen;

    PacketHistory(int capacity) {
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, PacketView> eldest) {
                return size() > PacketHistory.this.capacity;
            }
        };
    }

    void remember(PacketView packet) {
        seen.put(packet.id(), packet);
    }

    Optional<PacketView> find(long id) {
        return Optional.ofNullable(seen.get(id));
    }

    void clear() {
        seen.clear();
    }
}
