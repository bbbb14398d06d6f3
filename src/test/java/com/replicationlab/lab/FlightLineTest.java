package com.replicationlab.lab;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

@DisplayName("The line of packets in flight: in the order they were sent, leaving from anywhere")
class FlightLineTest {

    private static InFlight flight(long packetId) {
        Packet packet = new Packet(packetId, 1, "master", "replica-1", new byte[0], 0, 1, -1, false, null, null, null);
        return new InFlight(packet, null, InFlight.Fate.DELIVER, null);
    }

    private static List<Long> ids(FlightLine line) {
        return line.toList().stream().map(f -> f.packet.id()).toList();
    }

    @Test
    @DisplayName("packets stand in the order they were sent; one leaving from the middle, the front or the back leaves the rest in order")
    void leavesFromAnywhere() {
        FlightLine line = new FlightLine();
        InFlight[] flights = {flight(1), flight(2), flight(3), flight(4), flight(5)};
        for (InFlight f : flights) {
            line.add(f);
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(line));

        line.remove(flights[2]);
        assertEquals(List.of(1L, 2L, 4L, 5L), ids(line));
        line.remove(flights[0]);
        assertEquals(List.of(2L, 4L, 5L), ids(line));
        line.remove(flights[4]);
        assertEquals(List.of(2L, 4L), ids(line));

        line.add(flight(6));
        assertEquals(List.of(2L, 4L, 6L), ids(line));
        assertEquals(3, line.size());
    }

    @Test
    @DisplayName("a packet that is not in the line (it left already) is not taken out again, and nothing else is")
    void removingTwiceChangesNothing() {
        FlightLine line = new FlightLine();
        InFlight first = flight(1);
        InFlight second = flight(2);
        line.add(first);
        line.add(second);
        line.remove(first);
        line.remove(first);
        assertEquals(List.of(2L), ids(line));
        line.remove(second);
        line.remove(second);
        assertEquals(List.of(), ids(line));
        assertEquals(0, line.size());
    }

    @Test
    @DisplayName("a packet in flight says what its next event will do to it, as PacketWords says it")
    void saysItsNextEvent() {
        Packet packet = new Packet(12, 1, "master", "replica-1", "+OK\r\n".getBytes(), 0, 1, -1, false, null, null, null);
        InFlight delivering = new InFlight(packet, null, InFlight.Fate.DELIVER, null);
        InFlight losing = new InFlight(packet, null, InFlight.Fate.LOSE, Loss.LINK_CUT);
        assertEquals(PacketWords.deliver(packet).text(), delivering.text());
        assertEquals("deliver #12 master->replica-1 " + packet.label(), delivering.text());
        assertEquals(PacketWords.deliver(packet).wording(), delivering.wording());
        assertEquals("lose #12 master->replica-1 " + packet.label(), losing.text());
        assertEquals(PacketWords.lose(packet).wording(), losing.wording());
    }

    @Test
    @DisplayName("a packet is found by its id; a packet given a new fate keeps its place")
    void findsAndReplaces() {
        FlightLine line = new FlightLine();
        InFlight first = flight(1);
        InFlight second = flight(2);
        InFlight third = flight(3);
        line.add(first);
        line.add(second);
        line.add(third);
        assertSame(second, line.find(2));
        assertNull(line.find(7));

        InFlight now = new InFlight(second.packet, null, InFlight.Fate.LOSE, null);
        line.replace(second, now);
        assertSame(now, line.find(2));
        assertEquals(List.of(1L, 2L, 3L), ids(line));

        line.remove(second);
        assertEquals(List.of(1L, 2L, 3L), ids(line), "the packet's old entry is no longer in the line");
        line.remove(now);
        assertEquals(List.of(1L, 3L), ids(line));

        InFlight last = new InFlight(third.packet, null, InFlight.Fate.LOSE, null);
        line.replace(third, last);
        line.add(flight(4));
        assertEquals(List.of(1L, 3L, 4L), ids(line));
        assertSame(last, line.find(3));
    }
}
