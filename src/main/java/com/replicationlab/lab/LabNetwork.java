package com.replicationlab.lab;

import com.replicationlab.replication.LossyLink;
import com.replicationlab.server.ClientPipeline;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPromise;
import io.netty.channel.DefaultChannelPromise;
import io.netty.util.concurrent.ImmediateEventExecutor;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The simulated network between lab nodes. Connections are pairs of lab channels; what a node
 * flushes becomes a packet that arrives after the link's latency (and jitter), in order, unless a
 * fault loses, doubles or holds it. Each direction of each node pair has its own faults.
 */
final class LabNetwork {
    static final String LOOPBACK = "127.0.0.1";
    private static final int FIRST_EPHEMERAL_PORT = 50001;
    private static final int LAST_EPHEMERAL_PORT = 65535;

    private final Lab lab;
    private final SplittableRandom random;
    private final long defaultLatencyMs;
    private final Map<String, LinkFaults> links = new TreeMap<>();
    private final List<LabConnection> connections = new ArrayList<>();
    private final FlightLine inFlight = new FlightLine();
    private long nextPacketId = 1;
    /** The last packet put on the wire that is not a copy: the next one may be alike (see {@link Packet}). */
    private Packet lastSent;
    private long nextConnectionId = 1;
    private int nextEphemeralPort = FIRST_EPHEMERAL_PORT;
    /** Packets held in flight right now (so the common case needs no search). */
    private int heldPackets;

    LabNetwork(Lab lab, SplittableRandom random, long defaultLatencyMs) {
        this.lab = lab;
        this.random = random;
        this.defaultLatencyMs = defaultLatencyMs;
    }

    // ----- links -----

    /** The faults of one direction, created with the default latency on first use. */
    LinkFaults link(String from, String to) {
        return links.computeIfAbsent(from + "->" + to, k -> new LinkFaults(defaultLatencyMs));
    }

    /**
     * The faults of the direction {@code from} sends in. A direction's faults never change identity,
     * so each channel looks them up once, not by a "from->to" key built for every packet.
     */
    private LinkFaults faultsFrom(LabChannel from, LabChannel to) {
        if (from.outgoingFaults() == null) {
            from.setOutgoingFaults(link(from.node(), to.node()));
        }
        return from.outgoingFaults();
    }

    Map<String, LinkFaults> links() {
        return Map.copyOf(links);
    }

    // ----- connections -----

    /**
     * The next client port, round-robin through the range as a kernel does: a lab that runs for a
     * whole lecture, with links reset again and again, opens more connections than there are ports.
     */
    private int nextEphemeralPort() {
        int port = nextEphemeralPort;
        nextEphemeralPort = port == LAST_EPHEMERAL_PORT ? FIRST_EPHEMERAL_PORT : port + 1;
        return port;
    }

    /**
     * {@code node} connects to {@code host:port}. The connection opens one link latency later (the
     * SYN arriving); to a node that is down it is refused; across a cut link it never opens.
     */
    ChannelFuture connect(String node, String host, int port, ChannelHandler handler) {
        InetSocketAddress local = new InetSocketAddress(LOOPBACK, nextEphemeralPort());
        LabChannel channel = new LabChannel(node, local, new InetSocketAddress(LOOPBACK, port));
        ChannelPromise promise = new DefaultChannelPromise(channel, ImmediateEventExecutor.INSTANCE);
        LabNode target = lab.nodeAt(host, port);
        if (target == null || !target.isUp()) {
            lab.trace().add(TraceKind.NODE, node, Words.worded("connection to " + host + ":" + port + " refused",
                    "connectionRefused", host, Integer.toString(port)));
            promise.setFailure(new ConnectException("Connection refused: " + host + ":" + port));
            return promise;
        }
        LinkFaults faults = link(node, target.name());
        Words connect = Words.worded(node + ": connect to " + target.name(), "connect", node, target.name());
        lab.events().add(lab.clock().nowMs() + faults.latencyMs(), node, connect, () -> {
            if (link(node, target.name()).dead() || !target.isUp() || !lab.node(node).isUp()) {
                lab.trace().add(TraceKind.DROPPED, node, Words.worded("connection attempt to " + target.name() + " lost",
                        "connectionAttemptLost", target.name()));
                return;
            }
            open(channel, handler, target, local, promise);
        });
        return promise;
    }

    private void open(LabChannel channel, ChannelHandler handler, LabNode target, InetSocketAddress local,
                      ChannelPromise promise) {
        LabChannel accepting = new LabChannel(target.name(), new InetSocketAddress(LOOPBACK, target.port()), local);
        LabConnection connection = new LabConnection(nextConnectionId++, channel, accepting);
        // Closed connections go now, not only when a snapshot asks: a headless lab (a soak, a served
        // lab) may never ask, and each one holds its node's pipeline, a crashed node's whole keyspace.
        connections.removeIf(c -> !c.isOpen());
        connections.add(connection);
        prepare(channel, handler);
        prepare(accepting, ClientPipeline.forLab(target.redis()));
        lab.trace().add(TraceKind.NODE, channel.node(), Words.worded(channel.node() + " connected to " + target.name()
                + " (connection " + connection.id() + ")", "connected", channel.node(), target.name(),
                Long.toString(connection.id())));
        register(accepting);
        register(channel);
        promise.setSuccess();
    }

    private void prepare(LabChannel channel, ChannelHandler handler) {
        channel.closeFuture().addListener(f -> discardHeldIfGone(channel.connection()));
        StreamReassembly stream = new StreamReassembly();
        channel.pipeline().addLast("lab-out", new LabOutbound(this, channel, stream));
        channel.pipeline().addLast("lab-in", new LabInbound(lab, channel, stream));
        channel.pipeline().addLast(handler);
        LossyLink.mark(channel);
    }

    private static void register(LabChannel channel) {
        try {
            channel.register();
        } catch (Exception e) {
            throw new IllegalStateException("could not open a lab channel", e);
        }
    }

    List<LabConnection> connections() {
        connections.removeIf(c -> !c.isOpen());
        return List.copyOf(connections);
    }

    // ----- packets -----

    /** A node flushed {@code bytes} on {@code from}: put a packet on the wire, applying the link's faults. */
    void send(LabChannel from, byte[] bytes, long streamFirst, boolean resend) {
        LabConnection connection = from.connection();
        LabChannel to = connection.peerOf(from);
        if (!to.isOpen() && connection.wasReset()) {
            return; // both ends were reset at once: there is no connection left to write to
        }
        LinkFaults faults = faultsFrom(from, to);
        Loss loss = faults.dead() ? Loss.LINK_CUT : faults.takeDrop() ? Loss.DROP_NEXT
                : faults.dropRatePercent() > 0 && random.nextInt(100) < faults.dropRatePercent()
                ? Loss.dropRate(faults.dropRatePercent()) : null;
        boolean duplicate = loss == null && faults.takeDuplicate();
        boolean hold = loss == null && faults.takeHold();
        Packet packet = dispatch(from, to, connection, faults, bytes, streamFirst, resend, null, loss, hold);
        if (duplicate) {
            dispatch(from, to, connection, faults, bytes, streamFirst, resend, packet, null, false);
        }
    }

    /**
     * The packet whose description a new one with these bytes can share, or null: the last one sent,
     * if it carried the very same array (a master's write, shared by its replicas' packets) from the
     * same offset, both re-sent or neither. It gives the first of such a run, so a description is
     * never looked up through a chain.
     */
    private Packet alikeOfLastSent(byte[] bytes, long streamFirst, boolean resend) {
        if (lastSent == null || lastSent.bytes() != bytes || lastSent.streamFirst() != streamFirst
                || lastSent.resend() != resend) {
            return null;
        }
        return lastSent.alike() != null ? lastSent.alike() : lastSent;
    }

    /** Puts a packet on its way; {@code original} is the packet it is a copy of, or null. Returns it. */
    private Packet dispatch(LabChannel from, LabChannel to, LabConnection connection, LinkFaults faults, byte[] bytes,
                            long streamFirst, boolean resend, Packet original, Loss loss, boolean hold) {
        long now = lab.clock().nowMs();
        long jitter = faults.jitterMs() > 0 ? random.nextLong(faults.jitterMs() + 1) : 0;
        long due = now + faults.latencyMs() + jitter;
        if (loss == null) {
            due = connection.fifoDue(from, due);
        }
        Packet packet = new Packet(nextPacketId++, connection.id(), from.node(), to.node(), bytes,
                lab.clock().elapsedMs(), due - VirtualClock.START_MS, streamFirst, resend, original,
                original == null ? alikeOfLastSent(bytes, streamFirst, resend) : null, null);
        if (original == null) {
            lastSent = packet;
        }
        InFlight flight = new InFlight(packet, to, loss == null ? InFlight.Fate.DELIVER : InFlight.Fate.LOSE, loss);
        inFlight.add(flight);
        lab.trace().add(TraceKind.SENT, from.node(), packet);
        InFlight blocker = loss == null ? heldHandshakeAhead(packet) : null;
        if (hold || blocker != null) {
            setHeld(flight, true);
            lab.trace().add(TraceKind.HELD, from.node(), heldWords(packet.id(), hold ? null : blocker), packet.id());
            return packet;
        }
        // A lost packet travels half way before it disappears, so it can be seen falling.
        long at = loss == null ? due : now + (due - now) / 2;
        schedule(flight, at);
        return packet;
    }

    /**
     * A held handshake or RDB packet blocks everything sent after it on the same connection: there
     * the order is the protocol (a reply, then the RDB, then the stream), as on a real byte stream.
     * Other packets run on past a held one: ACKs stand alone, and stream bytes are put back in
     * order by offset at the replica.
     */
    private InFlight heldHandshakeAhead(Packet packet) {
        if (heldPackets == 0) {
            return null; // the usual case: nothing is held anywhere
        }
        for (InFlight flight : inFlight) {
            Packet ahead = flight.packet;
            boolean ordered = ahead.kind() == PacketKind.SYNC || ahead.kind() == PacketKind.RDB;
            if (flight.held && ordered && ahead.connectionId() == packet.connectionId()
                    && ahead.from().equals(packet.from()) && ahead.id() < packet.id()) {
                return flight;
            }
        }
        return null;
    }

    private void schedule(InFlight flight, long atMs) {
        flight.event = lab.events().add(atMs, flight.packet.to(), flight, () -> arrive(flight));
    }

    private void arrive(InFlight flight) {
        inFlight.remove(flight);
        Packet p = flight.packet;
        if (flight.fate == InFlight.Fate.LOSE) {
            lab.trace().add(TraceKind.DROPPED, p.from(), Words.worded("#" + p.id() + " " + p.direction() + " lost ("
                    + flight.loss.reason() + ")", flight.loss.key(), Long.toString(p.id()), p.direction(),
                    flight.loss.ratePercent()), p.id());
            return;
        }
        if (!flight.target.isOpen()) {
            lab.trace().add(TraceKind.DISCARDED, p.to(), Words.worded("#" + p.id() + " arrived at a closed connection",
                    "arrivedAtClosedConnection", Long.toString(p.id())), p.id());
            if (!p.isClose()) {
                answerWithReset(flight);
            }
            return;
        }
        lab.trace().add(TraceKind.DELIVERED, p.to(), p);
        // writeInbound ends the read (channelReadComplete) and runs the tasks it left, as an
        // event loop would after a socket read: nothing more to run here.
        flight.target.writeInbound(p);
    }

    /**
     * Bytes reached a connection its receiver had closed (its FIN lost on a cut link): like a TCP
     * stack, the receiver answers with a reset, and the sender sees its connection close when the
     * reset arrives.
     */
    private void answerWithReset(InFlight flight) {
        LabChannel sender = flight.target.connection().peerOf(flight.target);
        if (!sender.isOpen()) {
            return;
        }
        LinkFaults back = faultsFrom(flight.target, sender);
        if (back.dead()) {
            return;
        }
        Packet p = flight.packet;
        Words reset = Words.worded("reset #" + p.id(), "reset", Long.toString(p.id()));
        lab.events().add(lab.clock().nowMs() + back.latencyMs(), sender.node(), reset, () -> {
            if (sender.isOpen()) {
                lab.trace().add(TraceKind.DELIVERED, sender.node(), Words.worded(sender.node() + " gets a reset: "
                        + p.to() + " had closed this connection", "getsReset", sender.node(), p.to()), p.id());
                flight.target.connection().markReset();
                sender.close();
            }
        });
    }

    /** A node closes its end: the other end learns it when the FIN arrives (never, across a cut link). */
    void closing(LabChannel end) {
        LabConnection connection = end.connection();
        if (connection == null) {
            return;
        }
        LabChannel peer = connection.peerOf(end);
        if (!peer.isOpen() || !end.isOpen() || connection.wasReset()) {
            return;
        }
        LinkFaults faults = faultsFrom(end, peer);
        Packet fin = new Packet(nextPacketId++, connection.id(), end.node(), peer.node(), new byte[0],
                lab.clock().elapsedMs(), lab.clock().elapsedMs() + faults.latencyMs(), -1, false, null, null,
                new PacketDescriber.Description(PacketKind.CLOSE, "FIN (connection closed)", new Wording("fin")));
        InFlight flight = new InFlight(fin, peer, faults.dead() ? InFlight.Fate.LOSE : InFlight.Fate.DELIVER,
                Loss.LINK_CUT);
        inFlight.add(flight);
        lab.trace().add(TraceKind.SENT, end.node(), fin);
        schedule(flight, connection.fifoDue(end, lab.clock().nowMs() + faults.latencyMs()));
    }

    /** close link: both ends see the connection reset now. */
    void reset(String a, String b) {
        for (LabConnection c : connections()) {
            if (c.involves(a) && c.involves(b)) {
                lab.trace().add(TraceKind.FAULT, a, Words.worded("connection " + c.id() + " between " + a + " and " + b
                        + " reset", "connectionReset", Long.toString(c.id()), a, b));
                c.markReset();
                c.accepting().close();
                c.connecting().close();
            }
        }
    }

    /** Closes every connection of a crashed node; the peers see a reset when it reaches them. */
    void closeAllOf(String node) {
        for (LabConnection c : connections()) {
            if (c.involves(node)) {
                (c.connecting().node().equals(node) ? c.connecting() : c.accepting()).close();
            }
        }
    }

    // ----- packets in flight, by hand -----

    List<InFlight> inFlight() {
        return inFlight.toList();
    }

    /** release from->to: held packets go on (arriving no earlier than they were due). */
    void release(String from, String to) {
        for (InFlight flight : inFlight()) {
            Packet p = flight.packet;
            if (flight.held && p.from().equals(from) && p.to().equals(to)) {
                setHeld(flight, false);
                lab.trace().add(TraceKind.HELD, from, Words.worded("#" + p.id() + " released", "released",
                        Long.toString(p.id())), p.id());
                schedule(flight, Math.max(lab.clock().nowMs(), p.dueMs() + VirtualClock.START_MS));
            }
        }
    }

    /** Delivers a chosen packet in flight now (ahead of its turn). */
    void deliverNow(long packetId) {
        InFlight flight = require(packetId);
        if (flight.event != null) {
            flight.event.cancel();
        }
        setHeld(flight, false);
        lab.trace().add(TraceKind.ACTION, flight.packet.from(), Words.worded("#" + packetId + " delivered by hand",
                "deliveredByHand", Long.toString(packetId)), packetId);
        InFlight now = new InFlight(flight.packet, flight.target, InFlight.Fate.DELIVER, null);
        inFlight.replace(flight, now);
        arrive(now);
    }

    /** Loses a chosen packet in flight now. */
    void dropNow(long packetId) {
        InFlight flight = require(packetId);
        if (flight.event != null) {
            flight.event.cancel();
        }
        setHeld(flight, false);
        inFlight.remove(flight);
        String direction = flight.packet.direction();
        lab.trace().add(TraceKind.DROPPED, flight.packet.from(), Words.worded("#" + packetId + " " + direction
                + " dropped by hand", "droppedByHand", Long.toString(packetId), direction), packetId);
    }

    /** Holds a chosen packet in flight until its link is released (with what must wait behind it). */
    void holdNow(long packetId) {
        InFlight flight = require(packetId);
        park(flight, null);
        for (InFlight later : inFlight()) {
            if (!later.held && later.packet.id() > packetId && heldHandshakeAhead(later.packet) == flight) {
                park(later, flight);
            }
        }
    }

    /** Holds a packet in flight: itself ({@code behind} null), or behind a held packet it may not pass. */
    private void park(InFlight flight, InFlight behind) {
        if (flight.event != null) {
            flight.event.cancel();
        }
        setHeld(flight, true);
        lab.trace().add(TraceKind.HELD, flight.packet.from(), heldWords(flight.packet.id(), behind), flight.packet.id());
    }

    private static Words heldWords(long packetId, InFlight behind) {
        String id = Long.toString(packetId);
        if (behind == null) {
            return Words.worded("#" + id + " held in flight", "heldInFlight", id);
        }
        String ahead = Long.toString(behind.packet.id());
        return Words.worded("#" + id + " waits behind held #" + ahead, "waitsBehindHeld", id, ahead);
    }

    /** Sends a copy of a chosen packet in flight, arriving right after it. */
    void duplicateNow(long packetId) {
        InFlight flight = require(packetId);
        LabChannel from = flight.target.connection().peerOf(flight.target);
        dispatch(from, flight.target, flight.target.connection(), faultsFrom(from, flight.target),
                flight.packet.bytes(), flight.packet.streamFirst(), flight.packet.resend(), flight.packet, null, false);
    }

    /** Once both ends of a connection are closed, what it held in flight can never arrive. */
    private void discardHeldIfGone(LabConnection connection) {
        if (connection == null || connection.isOpen()) {
            return;
        }
        for (InFlight flight : inFlight()) {
            if (flight.held && flight.packet.connectionId() == connection.id()) {
                setHeld(flight, false);
                inFlight.remove(flight);
                String id = Long.toString(flight.packet.id());
                lab.trace().add(TraceKind.DISCARDED, flight.packet.to(), Words.worded("#" + id
                        + " was held on a connection that has closed", "heldOnClosedConnection", id), flight.packet.id());
            }
        }
    }

    private void setHeld(InFlight flight, boolean held) {
        if (flight.held != held) {
            heldPackets += held ? 1 : -1;
            flight.held = held;
        }
    }

    private InFlight require(long packetId) {
        InFlight flight = inFlight.find(packetId);
        if (flight == null) {
            throw new LabException("no packet #" + packetId + " is in flight", new Wording("noPacketInFlight",
                    Long.toString(packetId)));
        }
        return flight;
    }
}
