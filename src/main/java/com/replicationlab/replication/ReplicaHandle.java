package com.replicationlab.replication;

import com.replicationlab.server.ClientSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a master knows about one replica attached to it: what it announced in its handshake, its
 * sync state, and its heartbeat — the offset and time of its last REPLCONF ACK.
 */
public final class ReplicaHandle {
    /** Bounds what a replica held before its first ACK may accumulate (diskless sync). */
    private static final int MAX_HELD_CHUNKS = 1_000_000;

    private final ClientSession session;
    private ReplicaState state;
    private int listeningPort;
    private String announcedIp;
    private boolean capaEof;
    private boolean capaPsync2;
    private boolean rdbOnly;
    private boolean sendsAcks;
    private long ackOffset;
    private long ackTimeMs;
    private boolean holdStreamUntilAck;
    private final Deque<StreamChunk> held = new ArrayDeque<>();
    /** Stream bytes written this turn and not flushed yet. */
    private boolean streamUnflushed;
    /** When ACKs arrived and how far the master had sent by then: when bytes were sent, roughly. */
    private final SentHistory sentHistory = new SentHistory();

    public ReplicaHandle(ClientSession session) {
        this.session = session;
    }

    public ClientSession session() {
        return session;
    }

    public ReplicaState state() {
        return state;
    }

    void setState(ReplicaState state) {
        this.state = state;
    }

    public boolean isOnline() {
        return state == ReplicaState.ONLINE;
    }

    /** The address INFO shows: the announced IP if any, else the connection's. */
    public String ip() {
        return announcedIp != null ? announcedIp : session.ip();
    }

    public int listeningPort() {
        return listeningPort;
    }

    public void setListeningPort(int port) {
        listeningPort = port;
    }

    public void setAnnouncedIp(String ip) {
        announcedIp = ip;
    }

    public void addCapability(String capa) {
        if (capa.equalsIgnoreCase("eof")) {
            capaEof = true;
        } else if (capa.equalsIgnoreCase("psync2")) {
            capaPsync2 = true;
        }
    }

    public boolean capaEof() {
        return capaEof;
    }

    public boolean capaPsync2() {
        return capaPsync2;
    }

    /** redis-cli --rdb: wants the snapshot only, then the connection closes. */
    public void setRdbOnly(boolean rdbOnly) {
        this.rdbOnly = rdbOnly;
    }

    public boolean rdbOnly() {
        return rdbOnly;
    }

    /** PSYNC replicas send ACKs; old SYNC replicas (and redis-cli --replica) may not. */
    public boolean sendsAcks() {
        return sendsAcks;
    }

    void setSendsAcks(boolean sendsAcks) {
        this.sendsAcks = sendsAcks;
    }

    public long ackOffset() {
        return ackOffset;
    }

    public long ackTimeMs() {
        return ackTimeMs;
    }

    /** Redis keeps the highest offset ever acknowledged; a lower ACK only refreshes the time. */
    void acknowledge(long offset, long nowMs) {
        ackOffset = Math.max(ackOffset, offset);
        ackTimeMs = nowMs;
    }

    void touchAckTime(long nowMs) {
        ackTimeMs = nowMs;
    }

    /** After a diskless transfer the stream waits for the replica's first ACK. */
    void holdStreamUntilAck() {
        holdStreamUntilAck = true;
    }

    /** Writes stream bytes starting at {@code firstOffset}, or keeps them while the stream is held. */
    void sendStream(byte[] bytes, long firstOffset) {
        StreamChunk chunk = new StreamChunk(Unpooled.wrappedBuffer(bytes), firstOffset, false);
        if (!holdStreamUntilAck) {
            writeStream(chunk);
        } else if (held.size() < MAX_HELD_CHUNKS) {
            held.add(chunk);
        } else {
            held.forEach(StreamChunk::release);
            held.clear();
            session.close();
        }
    }

    /** Sends again, from the backlog, bytes the replica's ACK shows it never got. */
    void resend(byte[] bytes, long firstOffset) {
        writeStream(new StreamChunk(Unpooled.wrappedBuffer(bytes), firstOffset, true));
    }

    void releaseHeldStream() {
        if (!holdStreamUntilAck) {
            return;
        }
        holdStreamUntilAck = false;
        while (!held.isEmpty()) {
            writeStream(held.poll());
        }
    }

    /**
     * Stream bytes wait in the connection until the node's turn ends, as Redis writes its replicas'
     * output buffers once per event-loop turn (beforeSleep): the commands of one batch of input
     * leave together, in one write — in the lab, one packet.
     */
    private void writeStream(StreamChunk chunk) {
        session.write(chunk);
        streamUnflushed = true;
    }

    /** The node's turn ended: what the stream wrote during it leaves now. */
    void flushStream() {
        if (streamUnflushed) {
            streamUnflushed = false;
            session.flush();
        }
    }

    SentHistory sentHistory() {
        return sentHistory;
    }

    /** Whether this replica is connected over a lab link that can lose packets. */
    boolean onLossyLink() {
        return LossyLink.isLossy(session.channel());
    }

    void write(ByteBuf bytes) {
        session.send(bytes);
    }
}
