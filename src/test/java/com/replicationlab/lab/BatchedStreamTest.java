package com.replicationlab.lab;

import com.replicationlab.replication.ReplicationBacklog;
import com.replicationlab.resp.RespEncoder;
import com.replicationlab.resp.RespValue;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The master writes its replicas' streams once per turn, as Redis does in beforeSleep: the commands
 * of one batch of input (a client's pipelined requests) leave in one packet per replica.
 */
@DisplayName("The replication stream, flushed once per turn")
class BatchedStreamTest {
    private static final int BATCH = 16;

    /** A lab with two replicas online, past the first write (its SELECT), at a quiet moment. */
    private static Lab syncedLab() {
        Lab lab = Lab.create(new ClusterSpec(2, 10, 7, 1024 * 1024, "resend"));
        lab.advance(1500);
        lab.command("master", List.of("SET", "warm", "up"));
        lab.advance(100);
        return lab;
    }

    /** The bytes of {@code BATCH} SETs, key:1 .. key:16, as a client pipelines them in one write. */
    private static byte[] pipelinedSets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= BATCH; i++) {
            out.writeBytes(RespEncoder.commandBytes(List.of("SET".getBytes(), ("key:" + i).getBytes(), ("v" + i).getBytes())));
        }
        return out.toByteArray();
    }

    /** A client outside the lab (as redis-benchmark is, through a served lab) that sends one read's worth. */
    private static void sendAsOneRead(Lab lab, byte[] bytes) {
        List<ByteBuf> replies = new ArrayList<>();
        Bridge bridge = bridgedClient(lab, 45000, replies);
        bridge.receive(Unpooled.wrappedBuffer(bytes));
        replies.forEach(ByteBuf::release);
    }

    /** A client outside the lab whose replies are kept in {@code replies}. */
    private static Bridge bridgedClient(Lab lab, int port, List<ByteBuf> replies) {
        return lab.openBridge("master", new InetSocketAddress("127.0.0.1", port), new ClientEnd() {
            @Override
            public void write(ByteBuf reply) {
                replies.add(reply);
            }

            @Override
            public void flush() {
            }

            @Override
            public long unsentBytes() {
                return 0;
            }

            @Override
            public void close() {
            }
        });
    }

    private static List<Packet> streamPacketsInFlight(Lab lab) {
        return lab.packetsInFlight().stream().map(InFlightPacket::packet).filter(Packet::isStream).toList();
    }

    private static long offset(Lab lab, String node) {
        return Long.parseLong(lab.field(node, "offset"));
    }

    @Test
    @DisplayName("a pipelined batch of 16 SETs leaves as one packet per replica carrying all 16, at their offsets")
    void pipelinedBatchIsOnePacketPerReplica() {
        Lab lab = syncedLab();
        long before = offset(lab, "master");
        byte[] sets = pipelinedSets();
        sendAsOneRead(lab, sets);

        List<Packet> packets = streamPacketsInFlight(lab);
        assertEquals(List.of("replica-1", "replica-2"), packets.stream().map(Packet::to).toList());
        for (Packet packet : packets) {
            assertArrayEquals(sets, packet.bytes(), "the 16 commands, in order, as the master fed them");
            assertEquals(before + 1, packet.streamFirst());
            assertEquals(offset(lab, "master"), packet.streamLast());
            assertEquals(BATCH, PacketCommands.of(packet.bytes()).size());
        }
        lab.advance(100);
        assertEquals(offset(lab, "master"), offset(lab, "replica-1"));
        assertEquals(RespValue.bulk("v16"), lab.command("replica-2", List.of("GET", "key:16")));
    }

    @Test
    @DisplayName("clients read in one pass of a served lab's event loop: their writes leave as one packet per replica when the pass ends")
    void readsOfOnePassAreOnePacketPerReplica() {
        Lab lab = syncedLab();
        long before = offset(lab, "master");
        List<ByteBuf> replies = new ArrayList<>();
        List<Bridge> clients = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 1; i <= 3; i++) {
            Bridge client = bridgedClient(lab, 45000 + i, replies);
            clients.add(client);
            byte[] set = RespEncoder.commandBytes(List.of("SET".getBytes(), ("key:" + i).getBytes(), ("v" + i).getBytes()));
            stream.writeBytes(set);
            client.read(Unpooled.wrappedBuffer(set));
        }
        assertEquals(List.of(), streamPacketsInFlight(lab), "nothing leaves while the pass reads");
        assertEquals(List.of(), replies, "nor are replies written");

        clients.forEach(Bridge::readComplete);
        List<Packet> packets = streamPacketsInFlight(lab);
        assertEquals(List.of("replica-1", "replica-2"), packets.stream().map(Packet::to).toList());
        for (Packet packet : packets) {
            assertArrayEquals(stream.toByteArray(), packet.bytes(), "the three clients' SETs in the order they were read");
            assertEquals(before + 1, packet.streamFirst());
        }
        assertEquals(3, replies.size(), "each client its +OK");
        replies.forEach(ByteBuf::release);
    }

    @Test
    @DisplayName("a single console command still leaves as one packet per replica holding just its bytes")
    void singleCommandIsOnePacket() {
        Lab lab = syncedLab();
        long before = offset(lab, "master");
        lab.command("master", List.of("SET", "key", "value"));

        List<Packet> packets = streamPacketsInFlight(lab);
        assertEquals(2, packets.size());
        for (Packet packet : packets) {
            assertArrayEquals(RespEncoder.commandBytes(List.of("SET".getBytes(), "key".getBytes(), "value".getBytes())),
                    packet.bytes());
            assertEquals(before + 1, packet.streamFirst());
            assertEquals("SET key value · 33 B", packet.label());
            assertEquals(lab.clock().elapsedMs() + 10, packet.dueMs(), "sent now, due one link latency later");
        }
    }

    @Test
    @DisplayName("a lost batch packet loses all its commands; the heartbeat finds them and the backlog re-sends them")
    void droppedBatchIsRepaired() {
        Lab lab = syncedLab();
        lab.dropNext("master", "replica-1");
        sendAsOneRead(lab, pipelinedSets());
        lab.advance(100);
        assertEquals(RespValue.NIL, lab.command("replica-1", List.of("GET", "key:1")));
        assertEquals(RespValue.bulk("v16"), lab.command("replica-2", List.of("GET", "key:16")));

        lab.advance(3000);
        assertEquals(offset(lab, "master"), offset(lab, "replica-1"));
        for (int i = 1; i <= BATCH; i++) {
            assertEquals(RespValue.bulk("v" + i), lab.command("replica-1", List.of("GET", "key:" + i)));
        }
        assertTrue(lab.trace().records().stream().anyMatch(r -> r.kind() == TraceKind.SENT
                && r.text().contains("master->replica-1 re-send")), "repaired from the backlog, not by a full resync");
        assertEquals("2", lab.field("master", "sync_full"), "the two first syncs, no full resync since");
    }

    @Test
    @DisplayName("MULTI ... EXEC reaches each replica as one packet, as Redis writes it")
    void transactionIsOnePacket() {
        Lab lab = syncedLab();
        lab.command("master", List.of("MULTI"));
        lab.command("master", List.of("SET", "a", "1"));
        lab.command("master", List.of("SET", "b", "2"));
        lab.command("master", List.of("EXEC"));
        List<Packet> packets = streamPacketsInFlight(lab);
        assertEquals(2, packets.size());
        assertEquals(List.of("MULTI", "SET a 1", "SET b 2", "EXEC"), PacketCommands.of(packets.get(0).bytes()));
        assertEquals("MULTI … +3 more · 83 B", packets.get(0).label());
    }

    @Test
    @DisplayName("a replica's backlog holds its master's stream byte for byte, from single commands and from a batch")
    void replicaBacklogHoldsTheStream() {
        Lab lab = syncedLab();
        lab.command("master", List.of("SET", "one", "1"));
        sendAsOneRead(lab, pipelinedSets());
        lab.command("master", List.of("DEL", "one"));
        lab.advance(100);
        ReplicationBacklog master = lab.node("master").redis().masterSide().backlog();
        for (String replica : List.of("replica-1", "replica-2")) {
            ReplicationBacklog backlog = lab.node(replica).redis().masterSide().backlog();
            assertEquals(master.masterOffset(), backlog.masterOffset(), replica);
            long from = Math.max(master.firstByteOffset(), backlog.firstByteOffset());
            assertArrayEquals(master.readFrom(from), backlog.readFrom(from), replica);
        }
    }

    @Test
    @DisplayName("a chained replica passes a batch on as it got it: one packet to its own replica")
    void chainedReplicaPassesTheBatchOn() {
        Lab lab = syncedLab();
        lab.command("replica-2", List.of("REPLICAOF", "127.0.0.1", Integer.toString(lab.node("replica-1").port())));
        lab.advance(2000);
        assertEquals("replica-1", lab.masterOf("replica-2"));
        byte[] sets = pipelinedSets();
        sendAsOneRead(lab, sets);
        lab.runUntil(() -> streamPacketsInFlight(lab).stream().anyMatch(p -> p.to().equals("replica-2")), 100);

        List<Packet> passedOn = streamPacketsInFlight(lab).stream().filter(p -> p.to().equals("replica-2")).toList();
        assertEquals(1, passedOn.size());
        assertArrayEquals(sets, passedOn.get(0).bytes());
    }
}
