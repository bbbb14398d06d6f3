package com.replicationlab.lab;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The packets in flight, in the order they were sent. A packet joins at the end when it is sent and
 * leaves from wherever it stands when it arrives or is lost. Each {@link InFlight} holds its two
 * neighbours, so joining and leaving cost no search and no object: a map keyed by packet id cost
 * an entry and two boxed ids for every packet, the busiest path of a lab. Finding a packet by its
 * id walks the line; only an action by hand does that.
 */
final class FlightLine implements Iterable<InFlight> {
    private InFlight first;
    private InFlight last;
    private int size;

    void add(InFlight flight) {
        flight.previous = last;
        flight.next = null;
        if (last == null) {
            first = flight;
        } else {
            last.next = flight;
        }
        last = flight;
        size++;
    }

    /** Takes {@code flight} out of the line; nothing happens if it is not in it. */
    void remove(InFlight flight) {
        if (!contains(flight)) {
            return;
        }
        if (flight.previous == null) {
            first = flight.next;
        } else {
            flight.previous.next = flight.next;
        }
        if (flight.next == null) {
            last = flight.previous;
        } else {
            flight.next.previous = flight.previous;
        }
        flight.previous = null;
        flight.next = null;
        size--;
    }

    /** Puts {@code now} where {@code before} stands (the same packet with a new fate). */
    void replace(InFlight before, InFlight now) {
        now.previous = before.previous;
        now.next = before.next;
        if (before.previous == null) {
            first = now;
        } else {
            before.previous.next = now;
        }
        if (before.next == null) {
            last = now;
        } else {
            before.next.previous = now;
        }
        before.previous = null;
        before.next = null;
    }

    /** The packet in flight with this id, or null. */
    InFlight find(long packetId) {
        for (InFlight flight : this) {
            if (flight.packet.id() == packetId) {
                return flight;
            }
        }
        return null;
    }

    /** A copy, so that the caller may change the line while it goes through the copy. */
    List<InFlight> toList() {
        List<InFlight> copy = new ArrayList<>(size);
        forEach(copy::add);
        return copy;
    }

    int size() {
        return size;
    }

    private boolean contains(InFlight flight) {
        return flight == first || flight.previous != null;
    }

    @Override
    public Iterator<InFlight> iterator() {
        return new Iterator<>() {
            private InFlight next = first;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public InFlight next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                InFlight current = next;
                next = current.next;
                return current;
            }
        };
    }
}
