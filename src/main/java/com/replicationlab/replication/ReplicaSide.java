package com.replicationlab.replication;

import com.replicationlab.replication.rdb.RdbReader;
import com.replicationlab.resp.Request;
import com.replicationlab.resp.RespEncoder;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.ClientSession;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.time.Scheduler.Cancellable;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The replica's half of replication: connect to the master, handshake (PING, REPLCONF, PSYNC),
 * load the RDB of a full resync or continue from an offset, apply the stream counting every byte,
 * heartbeat with {@code REPLCONF ACK <offset>}, time out a silent master and reconnect with PSYNC.
 */
public final class ReplicaSide {

    /** Handshake steps between TCP connect and the PSYNC reply (syncWithMaster's states). */
    private enum Step { RECEIVE_PONG, RECEIVE_AUTH, RECEIVE_PORT, RECEIVE_IP, RECEIVE_CAPA, RECEIVE_PSYNC }

    private final RedisNode node;
    private final MasterSide masterSide;
    private String masterHost;
    private int masterPort;
    private LinkState state = LinkState.NONE;
    private Step step;
    private MasterLinkHandler link;
    private Channel channel;
    private ClientSession masterClient;
    /** Offset of the last fully applied stream byte (Redis: master->reploff). */
    private long reploff;
    /** Offset of the last stream byte read (Redis: master->read_reploff). */
    private long readReploff;
    /** What the next PSYNC asks for: a history and the first offset still needed. */
    private String psyncReplid = "?";
    private long psyncOffset = -1;
    private int cachedMasterDb;
    private long lastInteractionMs;
    private long transferLastIoMs;
    private long transferSize = -1;
    private long transferRead;
    private long linkDownSinceMs = -1;
    private String fullSyncReplid;
    private long fullSyncOffset;
    private final ByteArrayOutputStream pendingProxy = new ByteArrayOutputStream();
    private Cancellable ackTimer;

    public ReplicaSide(RedisNode node, MasterSide masterSide) {
        this.node = node;
        this.masterSide = masterSide;
    }

    public boolean isReplica() {
        return masterHost != null;
    }

    public String masterHost() {
        return masterHost;
    }

    public int masterPort() {
        return masterPort;
    }

    public LinkState state() {
        return state;
    }

    public boolean linkUp() {
        return state == LinkState.CONNECTED;
    }

    /** The applied offset INFO calls slave_repl_offset (1 when nothing is known, as Redis). */
    public long replOffset() {
        return state == LinkState.CONNECTED || psyncOffset > 0 ? currentOffset() : 1;
    }

    public long readReplOffset() {
        return state == LinkState.CONNECTED ? readReploff : replOffset();
    }

    private long currentOffset() {
        return state == LinkState.CONNECTED ? reploff : psyncOffset - 1;
    }

    /** Seconds since the master last sent anything, or -1 without a synced link. */
    public long lastIoSecondsAgo() {
        return state == LinkState.CONNECTED ? node.clock().nowSeconds() - Math.floorDiv(lastInteractionMs, 1000) : -1;
    }

    /** Seconds the link has been down, or -1 if it was never up since start or promotion. */
    public long linkDownSinceSeconds() {
        return linkDownSinceMs < 0 ? -1 : node.clock().nowSeconds() - Math.floorDiv(linkDownSinceMs, 1000);
    }

    public long transferSize() {
        return transferSize;
    }

    public long transferRead() {
        return transferRead;
    }

    public long transferLastIoSecondsAgo() {
        return node.clock().nowSeconds() - Math.floorDiv(transferLastIoMs, 1000);
    }

    // ----- becoming a replica, or not -----

    /**
     * REPLICAOF host port. A node that was already running continues its own history
     * ({@code PSYNC <own replid> <offset+1>}); one started as a replica asks {@code PSYNC ? -1}.
     */
    public void follow(String host, int port, boolean atStartup) {
        if (host.equalsIgnoreCase(masterHost) && port == masterPort) {
            return;
        }
        boolean wasReplica = isReplica();
        closeLink();
        masterHost = host;
        masterPort = port;
        node.keyspace().setDeletesExpiredKeys(false);
        masterSide.disconnectReplicas();
        if (!wasReplica && !atStartup) {
            psyncReplid = masterSide.ids().replid();
            psyncOffset = masterSide.masterReplOffset() + 1;
            cachedMasterDb = 0;
        }
        linkDownSinceMs = -1;
        state = LinkState.CONNECT;
        node.log().info("Connecting to MASTER " + host + ":" + port);
        connect();
    }

    /** REPLICAOF NO ONE: stop following, become a master with a new history. */
    public void stopFollowing() {
        if (!isReplica()) {
            return;
        }
        closeLink();
        masterHost = null;
        masterPort = 0;
        state = LinkState.NONE;
        psyncReplid = "?";
        psyncOffset = -1;
        node.keyspace().setDeletesExpiredKeys(true);
        masterSide.startNewHistory();
        node.log().info("MASTER MODE enabled (user request). Setting secondary replication ID to "
                + masterSide.ids().replid2() + ", valid up to offset: " + masterSide.ids().secondReplOffset()
                + ". New replication ID is " + masterSide.ids().replid());
    }

    private void connect() {
        state = LinkState.CONNECTING;
        transferLastIoMs = node.clock().nowMs();
        MasterLinkHandler handler = new MasterLinkHandler(this);
        link = handler;
        ChannelFuture future = node.network().connect(masterHost, masterPort, new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(handler);
            }
        });
        future.addListener(f -> {
            if (!f.isSuccess() && link == handler) {
                node.log().warn("Error condition on socket for SYNC: " + f.cause().getMessage());
                link = null;
                state = LinkState.CONNECT;
            }
        });
    }

    private void closeLink() {
        stopAcks();
        if (channel != null) {
            cacheMaster();
            Channel c = channel;
            link = null;
            channel = null;
            c.close();
        }
        link = null;
        masterClient = null;
    }

    // ----- callbacks from the link -----

    void linkUp(MasterLinkHandler handler, Channel ch) {
        if (handler != link) {
            ch.close();
            return;
        }
        channel = ch;
        state = LinkState.HANDSHAKE;
        step = Step.RECEIVE_PONG;
        transferLastIoMs = node.clock().nowMs();
        node.log().info("MASTER <-> REPLICA sync started");
        send(List.of("PING"));
    }

    void reply(MasterLinkHandler handler, String line) {
        if (handler != link) {
            return;
        }
        transferLastIoMs = node.clock().nowMs();
        if (line.isEmpty()) {
            return; // keepalive newline
        }
        switch (step) {
            case RECEIVE_PONG -> pongReceived(line);
            case RECEIVE_AUTH -> {
                if (line.startsWith("-")) {
                    fail("Unable to AUTH to MASTER: " + line);
                    return;
                }
                step = Step.RECEIVE_PORT;
            }
            case RECEIVE_PORT -> {
                logIgnoredError(line, "REPLCONF listening-port");
                step = announcedIp().isEmpty() ? Step.RECEIVE_CAPA : Step.RECEIVE_IP;
            }
            case RECEIVE_IP -> {
                logIgnoredError(line, "REPLCONF ip-address");
                step = Step.RECEIVE_CAPA;
            }
            case RECEIVE_CAPA -> {
                logIgnoredError(line, "REPLCONF capa");
                sendPsync();
            }
            case RECEIVE_PSYNC -> psyncReplyReceived(handler, line);
        }
    }

    private void pongReceived(String line) {
        if (line.startsWith("-") && !line.startsWith("-NOAUTH") && !line.startsWith("-NOPERM")
                && !line.startsWith("-ERR operation not permitted")) {
            fail("Error reply to PING from master: '" + line + "'");
            return;
        }
        node.log().info("Master replied to PING, replication can continue...");
        String password = node.config().get(ConfigNames.MASTERAUTH);
        if (!password.isEmpty()) {
            String user = node.config().get(ConfigNames.MASTERUSER);
            send(user.isEmpty() ? List.of("AUTH", password) : List.of("AUTH", user, password));
        }
        send(List.of("REPLCONF", "listening-port", Integer.toString(listeningPort())));
        if (!announcedIp().isEmpty()) {
            send(List.of("REPLCONF", "ip-address", announcedIp()));
        }
        send(List.of("REPLCONF", "capa", "eof", "capa", "psync2"));
        step = password.isEmpty() ? Step.RECEIVE_PORT : Step.RECEIVE_AUTH;
    }

    private void sendPsync() {
        if (!psyncReplid.equals("?")) {
            node.log().info("Trying a partial resynchronization (request " + psyncReplid + ":" + psyncOffset + ").");
        } else {
            node.log().info("Partial resynchronization not possible (no cached master)");
        }
        send(List.of("PSYNC", psyncReplid, Long.toString(psyncOffset)));
        step = Step.RECEIVE_PSYNC;
    }

    private void psyncReplyReceived(MasterLinkHandler handler, String line) {
        if (line.startsWith("+FULLRESYNC")) {
            String[] parts = line.split(" ");
            if (parts.length < 3 || parts[1].length() != 40) {
                fail("Master replied with wrong +FULLRESYNC syntax.");
                return;
            }
            fullSyncReplid = parts[1];
            fullSyncOffset = Long.parseLong(parts[2]);
            node.log().info("Full resync from master: " + fullSyncReplid + ":" + fullSyncOffset);
            state = LinkState.TRANSFER;
            transferSize = -1;
            transferRead = 0;
            handler.expectPayload();
        } else if (line.startsWith("+CONTINUE")) {
            String newId = line.length() >= 10 + 40 ? line.substring(10, 50) : null;
            long offset = psyncOffset - 1;
            if (newId != null && !newId.equalsIgnoreCase(masterSide.ids().replid())) {
                masterSide.ids().continueAs(newId, offset);
                masterSide.disconnectReplicas();
                node.log().info("Master replication ID changed to " + newId);
            }
            node.log().info("Successful partial resynchronization with master.");
            node.log().info("MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.");
            synced(handler, offset, cachedMasterDb);
        } else if (line.startsWith("-NOMASTERLINK") || line.startsWith("-LOADING")) {
            fail("Master is currently unable to PSYNC but should be in the future: " + line);
        } else {
            fail("Unexpected reply to PSYNC from master: " + line);
        }
    }

    void transferStarted(long size) {
        transferSize = size;
        transferRead = 0;
        transferLastIoMs = node.clock().nowMs();
        node.log().info("MASTER <-> REPLICA sync: receiving " + (size < 0 ? "streamed RDB" : size + " bytes") + " from master");
    }

    void transferActivity(long bytes) {
        transferRead += bytes;
        transferLastIoMs = node.clock().nowMs();
    }

    void payloadReceived(MasterLinkHandler handler, byte[] rdb, boolean eofForm) {
        if (handler != link) {
            return;
        }
        node.log().info("MASTER <-> REPLICA sync: Flushing old data");
        node.keyspace().flushAll();
        node.log().info("MASTER <-> REPLICA sync: Loading DB in memory");
        try {
            RdbReader.load(rdb, node.keyspace()).warnings().forEach(w -> node.log().warn(w));
        } catch (RuntimeException e) {
            node.keyspace().flushAll();
            fail("Failed trying to load the MASTER synchronization DB from socket: " + e.getMessage());
            return;
        }
        masterSide.ids().adopt(fullSyncReplid);
        masterSide.restartHistoryAt(fullSyncOffset);
        masterSide.disconnectReplicas();
        node.log().info("MASTER <-> REPLICA sync: Finished with success");
        synced(handler, fullSyncOffset, 0);
        if (eofForm) {
            sendAck(); // a diskless master holds the stream until this first ACK
        }
    }

    private void synced(MasterLinkHandler handler, long offset, int db) {
        state = LinkState.CONNECTED;
        reploff = offset;
        readReploff = offset;
        pendingProxy.reset();
        masterClient = node.openMasterClient(channel);
        masterClient.selectDb(db);
        lastInteractionMs = node.clock().nowMs();
        linkDownSinceMs = -1;
        handler.expectStream();
        startAcks();
    }

    /**
     * One command of the master's stream: apply it, then count its bytes (after EXEC for MULTI).
     * Its bytes, as they came, are the {@code request.wireBytes()} bytes of {@code stream} from
     * {@code index}; the buffer holds them until this returns.
     */
    void streamCommand(Request request, ByteBuf stream, int index) {
        if (state != LinkState.CONNECTED) {
            return;
        }
        int length = request.wireBytes();
        readReploff += length;
        lastInteractionMs = node.clock().nowMs();
        if (!request.args().isEmpty()) {
            node.keyspace().setApplyingMasterStream(true);
            try {
                node.dispatcher().dispatch(masterClient, request.args());
            } finally {
                node.keyspace().setApplyingMasterStream(false);
            }
        }
        if (masterClient.inMulti()) {
            // A transaction is passed on whole, once its EXEC is applied.
            pendingProxy.writeBytes(ByteBufUtil.getBytes(stream, index, length));
            return;
        }
        reploff = readReploff;
        if (pendingProxy.size() == 0) {
            masterSide.feedFromMaster(stream, index, length);
        } else {
            pendingProxy.writeBytes(ByteBufUtil.getBytes(stream, index, length));
            masterSide.feedFromMaster(pendingProxy.toByteArray());
            pendingProxy.reset();
        }
    }

    void flushReplicaStreams() {
        masterSide.flushReplicaStreams();
    }

    void linkError(MasterLinkHandler handler, String message) {
        if (handler == link) {
            node.log().warn(message);
        }
    }

    void linkClosed(MasterLinkHandler handler) {
        if (handler != link) {
            return;
        }
        if (state == LinkState.CONNECTED) {
            node.log().warn("Connection with master lost.");
            cacheMaster();
            linkDownSinceMs = node.clock().nowMs();
        }
        stopAcks();
        channel = null;
        link = null;
        masterClient = null;
        if (isReplica()) {
            state = LinkState.CONNECT;
        }
    }

    /** Remember where we were, so the next PSYNC can continue from there. */
    private void cacheMaster() {
        if (state == LinkState.CONNECTED) {
            psyncReplid = masterSide.ids().replid();
            psyncOffset = reploff + 1;
            cachedMasterDb = masterClient == null ? 0 : masterClient.dbIndex();
            node.log().info("Caching the disconnected master state.");
        }
    }

    private void fail(String message) {
        node.log().warn(message);
        Channel c = channel;
        link = null;
        channel = null;
        state = LinkState.CONNECT;
        if (c != null) {
            c.close();
        }
    }

    /** Redis goes on when a master refuses one of these options; it only says so. */
    private void logIgnoredError(String line, String what) {
        if (line.startsWith("-")) {
            node.log().info("(Non critical) Master does not understand " + what + ": " + line);
        }
    }

    // ----- heartbeat and cron -----

    /** REPLCONF GETACK from the master: answer now, with the offset before the GETACK itself. */
    public void sendAck() {
        if (state == LinkState.CONNECTED && channel != null) {
            send(List.of("REPLCONF", "ACK", Long.toString(reploff)));
        }
    }

    private void startAcks() {
        stopAcks();
        ackTimer = node.scheduler().schedule(node.config().getLong(ConfigNames.REPL_ACK_PERIOD_MS), "heartbeat", this::ackTick);
    }

    private void ackTick() {
        sendAck();
        ackTimer = node.scheduler().schedule(node.config().getLong(ConfigNames.REPL_ACK_PERIOD_MS), "heartbeat", this::ackTick);
    }

    private void stopAcks() {
        if (ackTimer != null) {
            ackTimer.cancel();
            ackTimer = null;
        }
    }

    /** The replica's part of replicationCron: timeouts and reconnecting. */
    public void cron() {
        if (!isReplica()) {
            return;
        }
        long timeoutSeconds = node.config().getLong(ConfigNames.REPL_TIMEOUT);
        long now = node.clock().nowSeconds();
        switch (state) {
            case CONNECT -> connect();
            case CONNECTING, HANDSHAKE -> {
                if (now - Math.floorDiv(transferLastIoMs, 1000) > timeoutSeconds) {
                    fail("Timeout connecting to the MASTER...");
                }
            }
            case TRANSFER -> {
                if (now - Math.floorDiv(transferLastIoMs, 1000) > timeoutSeconds) {
                    fail("Timeout receiving bulk data from MASTER... If the problem persists try to set the "
                            + "'repl-timeout' parameter in redis.conf to a larger value.");
                }
            }
            case CONNECTED -> {
                if (now - Math.floorDiv(lastInteractionMs, 1000) > timeoutSeconds) {
                    node.log().warn("MASTER timeout: no data nor PING received...");
                    channel.close();
                }
            }
            default -> { }
        }
    }

    private void send(List<String> command) {
        List<byte[]> args = new ArrayList<>(command.size());
        command.forEach(a -> args.add(a.getBytes(StandardCharsets.UTF_8)));
        channel.writeAndFlush(Unpooled.wrappedBuffer(RespEncoder.commandBytes(args)));
    }

    private int listeningPort() {
        int announced = node.config().getInt(ConfigNames.REPLICA_ANNOUNCE_PORT);
        return announced != 0 ? announced : node.listeningPort();
    }

    private String announcedIp() {
        return node.config().get(ConfigNames.REPLICA_ANNOUNCE_IP);
    }
}
