package com.replicationlab.lab;

import com.replicationlab.resp.RespValue;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Packets: what they carry and what they are called")
class LabPacketsTest {

    /** A lab whose replicas are in sync and whose stream has its SELECT behind it. */
    private static Lab syncedLab(int replicas) {
        Lab lab = Lab.create(new ClusterSpec(replicas, 10, 1, 1024 * 1024, "resend"));
        lab.advance(2000);
        lab.command("master", List.of("SET", "first", "write"));
        lab.advance(100);
        return lab;
    }

    private static Packet inFlightTo(Lab lab, String to) {
        return lab.packetsInFlight().stream().map(InFlightPacket::packet).filter(p -> p.to().equals(to))
                .findFirst().orElseThrow();
    }

    private static List<String> sentTexts(Lab lab) {
        return lab.trace().records().stream().filter(r -> r.kind() == TraceKind.SENT).map(TraceRecord::text).toList();
    }

    @Test
    @DisplayName("a write goes to every replica as the same bytes, one array shared by their packets, not a copy each")
    void replicasShareTheBytesOfAWrite() {
        Lab lab = syncedLab(2);
        lab.command("master", List.of("SET", "key", "value"));
        Packet toFirst = inFlightTo(lab, "replica-1");
        Packet toSecond = inFlightTo(lab, "replica-2");
        assertSame(toFirst.bytes(), toSecond.bytes());
        assertEquals("SET key value · 33 B", toFirst.label());
        lab.advance(100);
        assertEquals(RespValue.bulk("value"), lab.command("replica-2", List.of("GET", "key")));
        assertEquals("SET key value · 33 B", toFirst.label(), "delivering never changes a packet's bytes");
    }

    @Test
    @DisplayName("the replicas' packets of one write are described once; a doubled packet and a re-send are named as before")
    void packetsOfOneWriteShareTheirDescription() {
        Lab lab = syncedLab(3);
        lab.command("master", List.of("SET", "key", "value"));
        Packet toFirst = inFlightTo(lab, "replica-1");
        Packet toThird = inFlightTo(lab, "replica-3");
        assertEquals("SET key value · 33 B", toThird.label());
        assertSame(toFirst.label(), toThird.label(), "one description, not one per replica");
        assertEquals(PacketKind.WRITE, toThird.kind());
        lab.advance(100);
        lab.duplicateNext("master", "replica-2");
        lab.command("master", List.of("SET", "key", "other"));
        List<String> labels = lab.packetsInFlight().stream().map(f -> f.packet().to() + " " + f.packet().label()).toList();
        assertEquals(List.of("replica-1 SET key other · 33 B", "replica-2 SET key other · 33 B",
                "replica-2 SET key other · 33 B (copy)", "replica-3 SET key other · 33 B"), labels);
        lab.advance(100);
        lab.dropNext("master", "replica-1");
        lab.command("master", List.of("SET", "key", "third"));
        lab.advance(3000);
        assertTrue(sentTexts(lab).stream().anyMatch(t -> t.contains("master->replica-1 re-send ")), sentTexts(lab).toString());
    }

    @Test
    @DisplayName("a buffer the lab cannot own (a slice, a pooled buffer) is copied, so its reuse never changes a packet")
    void buffersThatAreNotWholeArraysAreCopied() {
        ByteBuf whole = Unpooled.wrappedBuffer("xxSETyy".getBytes(StandardCharsets.US_ASCII));
        byte[] fromSlice = LabOutbound.bytesOf(whole.slice(2, 3));
        whole.setByte(2, 'Z');
        assertArrayEquals("SET".getBytes(StandardCharsets.US_ASCII), fromSlice);

        ByteBuf pooled = PooledByteBufAllocator.DEFAULT.heapBuffer(3, 3).writeBytes(new byte[] {'a', 'b', 'c'});
        byte[] fromPool = LabOutbound.bytesOf(pooled);
        pooled.setByte(0, 'z');
        assertArrayEquals(new byte[] {'a', 'b', 'c'}, fromPool);
        pooled.release();

        byte[] array = "PING".getBytes(StandardCharsets.US_ASCII);
        assertSame(array, LabOutbound.bytesOf(Unpooled.wrappedBuffer(array)));
        assertNotSame(array, LabOutbound.bytesOf(Unpooled.wrappedBuffer(array).skipBytes(1)));
    }

    @Test
    @DisplayName("a doubled packet is named as its original's copy, and a copy of that copy twice over")
    void copiesAreNamedAfterTheirOriginal() {
        Lab lab = syncedLab(1);
        lab.command("master", List.of("SET", "key", "value"));
        Packet original = inFlightTo(lab, "replica-1");
        lab.duplicatePacket(original.id());
        Packet copy = lab.packetsInFlight().stream().map(InFlightPacket::packet)
                .filter(p -> p.id() > original.id()).findFirst().orElseThrow();
        lab.duplicatePacket(copy.id());
        assertEquals(PacketKind.WRITE, copy.kind());
        assertEquals(List.of("#" + original.id() + " master->replica-1 SET key value · 33 B",
                        "#" + copy.id() + " master->replica-1 SET key value · 33 B (copy)",
                        "#" + (copy.id() + 1) + " master->replica-1 SET key value · 33 B (copy) (copy)"),
                sentTexts(lab).subList(sentTexts(lab).size() - 3, sentTexts(lab).size()));
    }

    @Test
    @DisplayName("a closing connection's FIN is named as such, though it carries no bytes to describe")
    void finIsNamed() {
        Lab lab = syncedLab(1);
        lab.command("replica-1", List.of("REPLICAOF", "NO", "ONE"));
        assertTrue(sentTexts(lab).stream().anyMatch(t -> t.matches("#\\d+ replica-1->master FIN \\(connection closed\\)")),
                sentTexts(lab).toString());
    }

    @Test
    @DisplayName("the trace shows a console command as it was sent, even if the caller's list changes afterwards")
    void commandTextIsTheCommandSent() {
        Lab lab = syncedLab(1);
        List<String> args = new ArrayList<>(List.of("SET", "key", "value"));
        lab.command("master", args);
        args.set(2, "changed");
        TraceRecord last = lab.trace().records().stream().filter(r -> r.kind() == TraceKind.COMMAND)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("master> SET key value", last.text());
    }
}
