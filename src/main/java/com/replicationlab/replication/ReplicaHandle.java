package com.replicationlab.replication;

import com.replicationlab.server.ClientSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a master knows about one replica attached to it: what it announced in its handshake, its
 * sync state, and its heartbeat — the offset and time of its last REPLCONF ACK.
 */
public final class ReplicaHandle {
    /** Bounds what a replica held before its first ACK may accumulate (diskless sync). */
    private static final int MAX_HELD_CHUNKS = 1_000_000;

    /** Stream bytes kept, not sent, until a diskless replica's first ACK. */
    private record HeldBytes(byte[] bytes, long firstOffset) {}

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
    private final Deque<HeldBytes> held = new ArrayDeque<>();
    /** This turn's stream bytes, gathered to leave in one write when the turn ends (the arrays as the master encoded them). */
    private final List<byte[]> turnParts = new ArrayList<>();
    private long turnFirstOffset;
    /** The offset after the last byte gathered this turn. */
    private long turnEndOffset;
    /** Where the turn's parts are joined, once for all of the master's replicas. */
    private final SharedTurnBytes shared;
    /** Stream chunks written this turn and not flushed yet. */
    private boolean streamUnflushed;
    /** When ACKs arrived and how far the master had sent by then: when bytes were sent, roughly. */
    private final SentHistory sentHistory = new SentHistory();

    ReplicaHandle(ClientSession session, SharedTurnBytes shared) {
        this.session = session;
        this.shared = shared;
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

    /** Gathers stream bytes starting at {@code firstOffset}, or keeps them while the stream is held. */
    void sendStream(byte[] bytes, long firstOffset) {
        if (!holdStreamUntilAck) {
            gather(bytes, firstOffset);
        } else if (held.size() < MAX_HELD_CHUNKS) {
            held.add(new HeldBytes(bytes, firstOffset));
        } else {
            held.clear();
            session.close();
        }
    }

    /** Sends again, from the backlog, bytes the replica's ACK shows it never got. */
    void resend(byte[] bytes, long firstOffset) {
        // A re-send is a chunk of its own, marked as such; what the turn gathered before it goes first.
        writeTurnChunk();
        writeChunk(new StreamChunk(Unpooled.wrappedBuffer(bytes), firstOffset, true));
    }

    void releaseHeldStream() {
        if (!holdStreamUntilAck) {
            return;
        }
        holdStreamUntilAck = false;
        while (!held.isEmpty()) {
            HeldBytes next = held.poll();
            gather(next.bytes(), next.firstOffset());
        }
    }

    /**
     * Stream bytes wait until the node's turn ends, as Redis writes its replicas' output buffers
     * once per event-loop turn (beforeSleep): the commands of one batch of input leave together,
     * in one write — in the lab, one packet.
     */
    private void gather(byte[] bytes, long firstOffset) {
        if (!turnParts.isEmpty() && firstOffset != turnEndOffset) {
            // Not the continuation of what is gathered (a new history began): a chunk of its own.
            writeTurnChunk();
        }
        if (turnParts.isEmpty()) {
            turnFirstOffset = firstOffset;
        }
        turnParts.add(bytes);
        turnEndOffset = firstOffset + bytes.length;
    }

    /**
     * Hands what this turn gathered to the connection, as one chunk (still unflushed). Alone in its
     * turn (the usual case), a command leaves as the array the master encoded; several leave as
     * one array that the master's other replicas share.
     */
    private void writeTurnChunk() {
        if (turnParts.isEmpty()) {
            return;
        }
        byte[] bytes = turnParts.size() == 1 ? turnParts.get(0) : shared.join(turnParts);
        turnParts.clear();
        writeChunk(new StreamChunk(Unpooled.wrappedBuffer(bytes), turnFirstOffset, false));
    }

    private void writeChunk(StreamChunk chunk) {
        session.write(chunk);
        streamUnflushed = true;
    }

    /** The node's turn ended: what the stream gathered and wrote during it leaves now. */
    void flushStream() {
        writeTurnChunk();
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

    /** Sends bytes outside the stream (a sync's reply and snapshot), after what the stream gathered. */
    void write(ByteBuf bytes) {
        writeTurnChunk();
        session.send(bytes);
    }
}
