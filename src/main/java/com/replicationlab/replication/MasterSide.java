package com.replicationlab.replication;

import com.replicationlab.replication.rdb.RdbAux;
import com.replicationlab.replication.rdb.RdbWriteOptions;
import com.replicationlab.replication.rdb.RdbWriter;
import com.replicationlab.resp.RespEncoder;
import com.replicationlab.server.ClientSession;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.ConfigNames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The master's half of replication, for the replicas attached to this node: the stream of writes
 * and its offset, the backlog, PSYNC (partial or full), REPLCONF ACK heartbeats and the lag they
 * give, min-replicas, timeouts and WAIT. A replica node has one too: it passes its master's stream
 * on to its own replicas and keeps a backlog for the day it is promoted.
 */
public final class MasterSide {
    private static final byte[] PING = "ping".getBytes(StandardCharsets.US_ASCII);
    private static final List<byte[]> GETACK = List.of("REPLCONF".getBytes(StandardCharsets.US_ASCII),
            "GETACK".getBytes(StandardCharsets.US_ASCII), "*".getBytes(StandardCharsets.US_ASCII));

    private final RedisNode node;
    private final ReplicationIds ids;
    private final List<ReplicaHandle> replicas = new ArrayList<>();
    private final SharedTurnBytes sharedTurnBytes = new SharedTurnBytes();
    private final WaitingClients waiting;
    private ReplicationBacklog backlog;
    private long masterReplOffset;
    /** The database the stream last SELECTed (Redis's slaveseldb); -1 forces a SELECT. */
    private int streamDb = -1;
    private int goodReplicas;
    private long cronLoops;
    private long noReplicasSinceMs;
    private boolean getAckScheduled;
    private long syncFull;
    private long syncPartialOk;
    private long syncPartialErr;

    public MasterSide(RedisNode node, ReplicationIds ids) {
        this.node = node;
        this.ids = ids;
        this.noReplicasSinceMs = node.clock().nowMs();
        this.waiting = new WaitingClients(node.scheduler(), this::replicasAckedAtLeast);
        node.config().onChange(ConfigNames.REPL_BACKLOG_SIZE, v -> {
            if (backlog != null) {
                backlog.resize(Math.toIntExact(Long.parseLong(v)));
            }
        });
        node.config().onChange(ConfigNames.MIN_REPLICAS_TO_WRITE, v -> refreshGoodReplicas());
        node.config().onChange(ConfigNames.MIN_REPLICAS_MAX_LAG, v -> refreshGoodReplicas());
    }

    public ReplicationIds ids() {
        return ids;
    }

    public long masterReplOffset() {
        return masterReplOffset;
    }

    /** The backlog, or null before the first replica ever synced. */
    public ReplicationBacklog backlog() {
        return backlog;
    }

    public List<ReplicaHandle> replicas() {
        return List.copyOf(replicas);
    }

    public long syncFull() {
        return syncFull;
    }

    public long syncPartialOk() {
        return syncPartialOk;
    }

    public long syncPartialErr() {
        return syncPartialErr;
    }

    // ----- the stream -----

    /** Sends a command that changed database {@code dbIndex} to every replica, and keeps it in the backlog. */
    public void feed(int dbIndex, List<byte[]> command) {
        if (backlog == null && replicas.isEmpty()) {
            return;
        }
        if (dbIndex != streamDb) {
            writeStream(encode(List.of("SELECT".getBytes(StandardCharsets.US_ASCII),
                    Integer.toString(dbIndex).getBytes(StandardCharsets.US_ASCII))));
            streamDb = dbIndex;
        }
        writeStream(encode(command));
    }

    /** Passes on bytes of our own master's stream, already applied here (chained replication). */
    public void feedFromMaster(byte[] bytes) {
        writeStream(bytes);
    }

    /**
     * Passes on {@code length} bytes of our own master's stream from {@code stream} at {@code index}.
     * With no replicas of our own (the usual replica) only the backlog keeps them, copied straight
     * from the buffer; replicas share one array of them, as they share a master's encoded command.
     */
    public void feedFromMaster(ByteBuf stream, int index, int length) {
        if (!replicas.isEmpty()) {
            writeStream(ByteBufUtil.getBytes(stream, index, length));
            return;
        }
        if (backlog != null) {
            backlog.append(stream, index, length);
        }
        masterReplOffset += length;
    }

    private void writeStream(byte[] bytes) {
        long firstOffset = masterReplOffset + 1;
        if (backlog != null) {
            backlog.append(bytes);
        }
        masterReplOffset += bytes.length;
        for (ReplicaHandle replica : replicas) {
            if (replica.isOnline()) {
                replica.sendStream(bytes, firstOffset);
            }
        }
    }

    /**
     * The node finished a batch of input (a client's read, a chunk of its master's stream, a
     * timer): each replica's stream bytes of the batch leave now, in one flush.
     */
    public void flushReplicaStreams() {
        for (ReplicaHandle replica : replicas) {
            replica.flushStream();
        }
    }

    private static byte[] encode(List<byte[]> command) {
        return RespEncoder.commandBytes(command);
    }

    /** Starts a fresh backlog after a full sync from our master, at that master's offset. */
    public void restartHistoryAt(long offset) {
        masterReplOffset = offset;
        backlog = new ReplicationBacklog(backlogSize(), offset);
        streamDb = -1;
    }

    /** A promoted replica: its old history stays valid for PSYNC up to here (PSYNC2). */
    public void startNewHistory() {
        ids.shift(masterReplOffset);
        streamDb = -1;
        disconnectReplicas();
    }

    /** Drops every attached replica so it reconnects and learns what changed. */
    public void disconnectReplicas() {
        List.copyOf(replicas).forEach(r -> r.session().close());
    }

    private int backlogSize() {
        return Math.toIntExact(node.config().getLong(ConfigNames.REPL_BACKLOG_SIZE));
    }

    // ----- handshake and sync -----

    /** The replica record for this connection, created by its first REPLCONF or sync request. */
    public ReplicaHandle handleFor(ClientSession session) {
        if (session.replica() == null) {
            session.attachReplicaHandle(new ReplicaHandle(session, sharedTurnBytes));
        }
        return session.replica();
    }

    /** PSYNC replid offset: continue from the backlog if we can, otherwise a full resync. */
    public void psync(ClientSession session, String replid, long offset) {
        ReplicaHandle handle = handleFor(session);
        handle.setSendsAcks(true);
        if (tryPartialResync(handle, replid, offset)) {
            syncPartialOk++;
            return;
        }
        if (!replid.equals("?")) {
            syncPartialErr++;
        }
        fullResync(handle, true);
    }

    /** The old SYNC: always a full copy, no +FULLRESYNC line, no ACKs expected. */
    public void sync(ClientSession session) {
        fullResync(handleFor(session), false);
    }

    private boolean tryPartialResync(ReplicaHandle handle, String replid, long offset) {
        if (!ids.accepts(replid, offset)) {
            if (replid.equalsIgnoreCase(ids.replid2())) {
                node.log().info("Partial resynchronization not accepted: Requested offset for second ID was "
                        + offset + ", but I can reply up to " + ids.secondReplOffset());
            } else if (replid.equals("?")) {
                node.log().info("Full resync requested by replica " + describe(handle));
            } else {
                node.log().info("Partial resynchronization not accepted: Replication ID mismatch (Replica asked for '"
                        + replid + "', my replication IDs are '" + ids.replid() + "' and '" + ids.replid2() + "')");
            }
            return false;
        }
        if (backlog == null || !backlog.canServeFrom(offset)) {
            node.log().info("Unable to partial resync with replica " + describe(handle)
                    + " for lack of backlog (Replica request was: " + offset + ").");
            return false;
        }
        attach(handle, ReplicaState.ONLINE);
        String reply = handle.capaPsync2() ? "+CONTINUE " + ids.replid() + "\r\n" : "+CONTINUE\r\n";
        handle.write(ascii(reply));
        byte[] missing = backlog.readFrom(offset);
        if (missing.length > 0) {
            handle.session().send(new StreamChunk(Unpooled.wrappedBuffer(missing), offset, false));
        }
        node.log().info("Partial resynchronization request from " + describe(handle) + " accepted. Sending "
                + missing.length + " bytes of backlog starting from offset " + offset + ".");
        refreshGoodReplicas();
        return true;
    }

    private void fullResync(ReplicaHandle handle, boolean psync) {
        syncFull++;
        node.log().info("Replica " + describe(handle) + " asks for synchronization");
        if (backlog == null) {
            // Redis starts a new history when it creates its first backlog.
            ids.changeAndClearSecond();
            backlog = new ReplicationBacklog(backlogSize(), masterReplOffset);
            node.log().info("Replication backlog created, my new replication IDs are '" + ids.replid()
                    + "' and '" + ids.replid2() + "'");
        }
        attach(handle, ReplicaState.WAIT_BGSAVE_START);
        boolean diskless = node.config().getBool(ConfigNames.REPL_DISKLESS_SYNC) && handle.capaEof();
        int delaySeconds = node.config().getInt(ConfigNames.REPL_DISKLESS_SYNC_DELAY);
        if (diskless && delaySeconds > 0) {
            node.scheduler().schedule(delaySeconds * 1000L, "diskless sync delay", () -> {
                if (replicas.contains(handle) && handle.state() == ReplicaState.WAIT_BGSAVE_START) {
                    sendSnapshot(handle, psync, true);
                }
            });
        } else {
            sendSnapshot(handle, psync, diskless);
        }
    }

    /** Takes the snapshot now, at the current offset, and sends it; the stream follows. */
    private void sendSnapshot(ReplicaHandle handle, boolean psync, boolean eofForm) {
        long offset = masterReplOffset;
        if (psync) {
            handle.write(ascii("+FULLRESYNC " + ids.replid() + " " + offset + "\r\n"));
        }
        RdbWriteOptions options = new RdbWriteOptions(node.config().getBool(ConfigNames.RDBCOMPRESSION),
                node.config().getBool(ConfigNames.RDBCHECKSUM));
        byte[] rdb = new RdbWriter(options).write(node.keyspace(), new RdbAux(node.clock().nowSeconds(),
                node.memory().usedMemoryBytes(), ids.replid(), offset, Math.max(streamDb, 0)));
        // The buffered stream of a fresh sync begins with SELECT (Redis resets slaveseldb).
        streamDb = -1;
        handle.setState(ReplicaState.SEND_BULK);
        if (eofForm) {
            String mark = ids.newId();
            handle.write(ascii("$EOF:" + mark + "\r\n"));
            handle.write(Unpooled.wrappedBuffer(rdb));
            handle.write(ascii(mark));
            handle.holdStreamUntilAck();
        } else {
            handle.write(ascii("$" + rdb.length + "\r\n"));
            handle.write(Unpooled.wrappedBuffer(rdb));
        }
        node.log().info("Synchronization with replica " + describe(handle) + " succeeded (" + rdb.length
                + " bytes of RDB at offset " + offset + ")");
        if (handle.rdbOnly()) {
            handle.session().channel().close();
            return;
        }
        handle.setState(ReplicaState.ONLINE);
        handle.touchAckTime(node.clock().nowMs());
        refreshGoodReplicas();
    }

    private void attach(ReplicaHandle handle, ReplicaState state) {
        ClientSession session = handle.session();
        session.becomeReplica();
        handle.setState(state);
        handle.touchAckTime(node.clock().nowMs());
        if (!replicas.contains(handle)) {
            replicas.add(handle);
        }
    }

    /** The connection of an attached replica closed. */
    public void replicaClosed(ReplicaHandle handle) {
        if (replicas.remove(handle)) {
            node.log().info("Connection with replica " + describe(handle) + " lost.");
            if (replicas.isEmpty()) {
                noReplicasSinceMs = node.clock().nowMs();
            }
            refreshGoodReplicas();
            waiting.answerThoseSatisfied();
        }
    }

    // ----- heartbeat -----

    /** REPLCONF ACK offset: the replica's heartbeat. No reply, no re-send: it records the ACK. */
    public void ack(ClientSession session, long offset) {
        ReplicaHandle handle = session.replica();
        if (handle == null || !session.isReplica()) {
            return;
        }
        handle.acknowledge(offset, node.clock().nowMs());
        handle.releaseHeldStream();
        long now = node.clock().nowMs();
        if (handle.onLossyLink() && resendsLostBytes()) {
            resendIfLost(handle, now);
        }
        handle.sentHistory().record(now, masterReplOffset);
        waiting.answerThoseSatisfied();
    }

    private boolean resendsLostBytes() {
        return node.config().get(ConfigNames.LOSS_RECOVERY).equals("resend");
    }

    /**
     * The heartbeat's third purpose, as the classic description tells it: if the replica's ACK is
     * still below what we had already sent a whole heartbeat period before it arrived, those bytes
     * had time to arrive and did not — they were lost. (Bytes sent more recently may simply still
     * be on their way, and an ACK answering GETACK comes early.) Send them again from the backlog,
     * or, when they have left it, drop the replica so that it resyncs in full.
     */
    private void resendIfLost(ReplicaHandle handle, long nowMs) {
        long acked = handle.ackOffset();
        long periodMs = node.config().getLong(ConfigNames.REPL_ACK_PERIOD_MS);
        if (acked >= handle.sentHistory().sentBy(nowMs - periodMs) || acked >= masterReplOffset) {
            return;
        }
        long from = acked + 1;
        if (backlog == null || !backlog.canServeFrom(from)) {
            node.log().warn("Replica " + describe(handle) + " acked " + acked + ", master at " + masterReplOffset
                    + ": bytes from " + from + " have left the backlog; dropping the replica for a full resync");
            handle.session().close();
            return;
        }
        node.log().info("Replica " + describe(handle) + " acked " + acked + ", master at " + masterReplOffset
                + ": re-sending " + from + ".." + masterReplOffset + " from backlog");
        handle.resend(backlog.read(from, masterReplOffset), from);
    }

    /** A bare newline from a replica (sent while it loads a big RDB) also proves it is alive. */
    public void keepalive(ClientSession session) {
        if (session.isReplica() && session.replica() != null) {
            session.replica().touchAckTime(node.clock().nowMs());
        }
    }

    /** Seconds since the replica's last ACK, as INFO shows it (0 unless online). */
    public long lagSeconds(ReplicaHandle handle) {
        return handle.isOnline() ? node.clock().nowSeconds() - Math.floorDiv(handle.ackTimeMs(), 1000) : 0;
    }

    // ----- min-replicas -----

    /** Whether min-replicas-to-write / min-replicas-max-lag let a write through now. */
    public boolean writesAllowed() {
        int minToWrite = node.config().getInt(ConfigNames.MIN_REPLICAS_TO_WRITE);
        int maxLag = node.config().getInt(ConfigNames.MIN_REPLICAS_MAX_LAG);
        return minToWrite == 0 || maxLag == 0 || goodReplicas >= minToWrite;
    }

    public boolean minReplicasEnabled() {
        return node.config().getInt(ConfigNames.MIN_REPLICAS_TO_WRITE) > 0
                && node.config().getInt(ConfigNames.MIN_REPLICAS_MAX_LAG) > 0;
    }

    /** The good-replica count as last refreshed (min_slaves_good_slaves). */
    public int goodReplicas() {
        return goodReplicas;
    }

    /**
     * Recounts good replicas: online, and lag at most max-lag (lag equal to max-lag is still good).
     * Redis does this once a second and on a few events, not on every ACK.
     */
    public void refreshGoodReplicas() {
        if (!minReplicasEnabled()) {
            goodReplicas = 0;
            return;
        }
        int maxLag = node.config().getInt(ConfigNames.MIN_REPLICAS_MAX_LAG);
        goodReplicas = (int) replicas.stream()
                .filter(r -> r.isOnline() && lagSeconds(r) <= maxLag)
                .count();
    }

    // ----- WAIT -----

    /** Online replicas whose acknowledged offset has reached {@code offset}. */
    public int replicasAckedAtLeast(long offset) {
        return (int) replicas.stream().filter(r -> r.isOnline() && r.ackOffset() >= offset).count();
    }

    /** Blocks {@code client} until {@code wanted} replicas acknowledge {@code offset}, or the timeout. */
    public void await(ClientSession client, int wanted, long offset, long timeoutMs) {
        waiting.add(client, wanted, offset, timeoutMs);
        requestAcks();
    }

    /** Asks every replica for an ACK now by putting REPLCONF GETACK * in the stream, once per turn. */
    public void requestAcks() {
        if (getAckScheduled) {
            return;
        }
        getAckScheduled = true;
        node.scheduler().schedule(0, "GETACK", () -> {
            getAckScheduled = false;
            feed(streamDb, GETACK); // in the current database: never a SELECT
        });
    }

    /** A blocked client went away. */
    public void clientClosed(ClientSession client) {
        waiting.forget(client);
    }

    // ----- once a second -----

    /** The master's part of replicationCron. */
    public void cron() {
        int pingPeriod = node.config().getInt(ConfigNames.REPL_PING_REPLICA_PERIOD);
        if (!node.isReplica() && !replicas.isEmpty() && cronLoops % pingPeriod == 0) {
            // Lower-case "ping", fed in the current stream database so it never causes a SELECT.
            feed(streamDb, List.of(PING));
        }
        for (ReplicaHandle replica : replicas) {
            if (replica.state() == ReplicaState.WAIT_BGSAVE_START) {
                replica.write(ascii("\n")); // keepalive, not part of the stream
            }
        }
        dropTimedOutReplicas();
        freeIdleBacklog();
        refreshGoodReplicas();
        cronLoops++;
    }

    private void dropTimedOutReplicas() {
        long timeoutSeconds = node.config().getLong(ConfigNames.REPL_TIMEOUT);
        for (ReplicaHandle replica : List.copyOf(replicas)) {
            if (replica.isOnline() && replica.sendsAcks() && lagSeconds(replica) > timeoutSeconds) {
                node.log().warn("Disconnecting timedout replica (streaming sync): " + describe(replica));
                replica.session().close();
            }
        }
    }

    private void freeIdleBacklog() {
        long ttlSeconds = node.config().getLong(ConfigNames.REPL_BACKLOG_TTL);
        if (node.isReplica() || backlog == null || !replicas.isEmpty() || ttlSeconds == 0) {
            return;
        }
        if (node.clock().nowMs() - noReplicasSinceMs >= ttlSeconds * 1000) {
            ids.changeAndClearSecond();
            backlog = null;
            node.log().info("Replication backlog freed after " + ttlSeconds
                    + " seconds without connected replicas.");
        }
    }

    static String describe(ReplicaHandle handle) {
        return handle.ip() + ":" + handle.listeningPort();
    }

    private static ByteBuf ascii(String text) {
        return Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.US_ASCII));
    }

}
