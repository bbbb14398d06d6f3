package com.replicationlab.server;

import com.replicationlab.command.Command;
import com.replicationlab.replication.MasterSide;
import com.replicationlab.replication.ReplicaSide;
import com.replicationlab.replication.ReplicationIds;
import com.replicationlab.server.commands.ServerCommands;
import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.server.config.NodeConfig;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.commands.DataCommands;
import com.replicationlab.time.Clock;
import com.replicationlab.time.Scheduler;
import com.replicationlab.time.Scheduler.Cancellable;
import io.netty.channel.Channel;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * One Redis-compatible server: a keyspace, its commands, and both halves of replication. It runs
 * entirely on the thread of its scheduler and reaches other nodes only through its network, so the
 * same node serves real TCP clients or lives inside the lab on virtual time.
 */
public final class RedisNode {
    private static final long CRON_PERIOD_MS = 1000;
    private static final int EXPIRE_KEYS_PER_CRON = 1000;

    private final NodeEnvironment env;
    private final Scheduler scheduler;
    private final NodeConfig config;
    private final NodeLog log;
    private final Keyspace keyspace;
    private final ServerStats stats = new ServerStats();
    private final ClientRegistry clients = new ClientRegistry();
    private final CommandDispatcher dispatcher;
    private final MasterSide masterSide;
    private final ReplicaSide replicaSide;
    private final MemoryEstimate memory;
    private final NodeProtocolLimits protocolLimits;
    private final String runId;
    private final long startMs;
    private int listeningPort;
    private Cancellable cron;

    public RedisNode(NodeEnvironment env, NodeConfig config) {
        this.env = env;
        this.scheduler = new TurnScheduler(env.scheduler(), this::endTurn);
        this.config = config;
        this.log = new NodeLog(env.name());
        this.keyspace = new Keyspace(env.scheduler().clock());
        this.memory = new MemoryEstimate(keyspace);
        this.protocolLimits = new NodeProtocolLimits(config);
        ReplicationIds ids = new ReplicationIds(env.random());
        this.runId = ids.newId();
        this.startMs = clock().nowMs();
        this.listeningPort = config.getInt(ConfigNames.PORT);
        CommandTable table = new CommandTable();
        table.registerAll(DataCommands.all());
        table.registerAll(ServerCommands.all());
        this.dispatcher = new CommandDispatcher(this, table);
        this.masterSide = new MasterSide(this, ids);
        this.replicaSide = new ReplicaSide(this, masterSide);
        keyspace.setExpiryListener((db, key) -> dispatcher.propagateExpiry(db, key.bytes()));
    }

    /** Starts the once-a-second cron (replication, timeouts, active expiry). */
    public void start() {
        cron = scheduler().schedule(CRON_PERIOD_MS, "cron", this::cronTick);
    }

    /** Stops timers and closes every connection. */
    public void stop() {
        if (cron != null) {
            cron.cancel();
            cron = null;
        }
        replicaSide.stopFollowing();
        clients.all().forEach(ClientSession::close);
    }

    private void cronTick() {
        for (int db = 0; db < Keyspace.DATABASES; db++) {
            keyspace.db(db).deleteExpiredKeys(EXPIRE_KEYS_PER_CRON);
        }
        replicaSide.cron();
        masterSide.cron();
        cron = scheduler().schedule(CRON_PERIOD_MS, "cron", this::cronTick);
    }

    /** A timer's task is done: the replica streams it wrote leave now. */
    private void endTurn() {
        masterSide.flushReplicaStreams();
    }

    /** The limits its clients' requests are parsed with; one per node, following CONFIG SET. */
    NodeProtocolLimits protocolLimits() {
        return protocolLimits;
    }

    /** Adds a command that exists only where this node runs (the lab's LAB command, for one). */
    public void addCommand(Command command) {
        dispatcher.table().register(command);
    }

    // ----- connections -----

    /** A client connected: register it (or refuse it when maxclients is reached). */
    public ClientSession openClient(Channel channel) {
        stats.connectionReceived();
        boolean authenticated = config.get(ConfigNames.REQUIREPASS).isEmpty();
        return clients.open(channel, describe(channel.remoteAddress()), describe(channel.localAddress()),
                clock().nowMs(), authenticated);
    }

    /** Whether one more client would exceed maxclients. */
    public boolean atClientLimit() {
        return clients.connectedClients() >= config.getInt(ConfigNames.MAXCLIENTS);
    }

    void refuseClient() {
        stats.rejectedConnection();
    }

    /** The replica's link to its master, as a client whose commands are applied without replies. */
    public ClientSession openMasterClient(Channel channel) {
        ClientSession session = clients.open(channel, describe(channel.remoteAddress()),
                describe(channel.localAddress()), clock().nowMs(), true);
        session.markMaster();
        channel.closeFuture().addListener(f -> clients.closed(session));
        return session;
    }

    public void clientClosed(ClientSession session) {
        clients.closed(session);
        masterSide.clientClosed(session);
        if (session.replica() != null) {
            masterSide.replicaClosed(session.replica());
        }
    }

    private static String describe(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            String host = inet.getAddress() != null ? inet.getAddress().getHostAddress() : inet.getHostString();
            return host + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    // ----- roles -----

    public boolean isReplica() {
        return replicaSide.isReplica();
    }

    /** REPLICAOF host port at runtime. */
    public void replicaOf(String host, int port) {
        replicaSide.follow(host, port, false);
    }

    /** --replicaof at startup: no history of our own to offer, so PSYNC ? -1. */
    public void replicaOfAtStartup(String host, int port) {
        replicaSide.follow(host, port, true);
    }

    public void becomeMaster() {
        replicaSide.stopFollowing();
    }

    // ----- accessors -----

    public String name() {
        return env.name();
    }

    public NodeConfig config() {
        return config;
    }

    public NodeLog log() {
        return log;
    }

    public Keyspace keyspace() {
        return keyspace;
    }

    public ServerStats stats() {
        return stats;
    }

    public ClientRegistry clients() {
        return clients;
    }

    public CommandDispatcher dispatcher() {
        return dispatcher;
    }

    public MasterSide masterSide() {
        return masterSide;
    }

    public ReplicaSide replicaSide() {
        return replicaSide;
    }

    public MemoryEstimate memory() {
        return memory;
    }

    /** Its timers; each timer is a turn, after which the replica streams are flushed. */
    public Scheduler scheduler() {
        return scheduler;
    }

    public Clock clock() {
        return env.scheduler().clock();
    }

    public Network network() {
        return env.network();
    }

    public String runId() {
        return runId;
    }

    public long processId() {
        return env.processId();
    }

    public long startMs() {
        return startMs;
    }

    /** The TCP port this node listens on (announced to its master), 0 if none. */
    public int listeningPort() {
        return listeningPort;
    }

    public void setListeningPort(int port) {
        this.listeningPort = port;
    }
}
