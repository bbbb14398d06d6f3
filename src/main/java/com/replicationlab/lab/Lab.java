package com.replicationlab.lab;

import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.replication.ReplicaHandle;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.InfoReport;
import com.replicationlab.server.NodeEnvironment;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.ConfigException;
import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.server.config.NodeConfig;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A master and its replicas — real RedisNodes — on a simulated network, on virtual time, on one
 * thread. Everything that happens is an event in one queue, so a run is a pure function of the
 * seed and the actions taken: the same inputs give the same trace, byte for byte.
 */
public final class Lab {
    /** How long a console command may wait for its reply (a blocked WAIT) in virtual time. */
    private static final long COMMAND_REPLY_LIMIT_MS = 3_600_000;

    private final ClusterSpec spec;
    private final VirtualClock clock = new VirtualClock();
    private final EventQueue events = new EventQueue();
    private final Trace trace;
    private final SplittableRandom random;
    private final LabNetwork network;
    private final Map<String, LabNode> nodes = new LinkedHashMap<>();
    private final List<Runnable> afterEachEvent = new ArrayList<>();
    private final List<Consumer<RedisNode>> onBoot = new ArrayList<>();
    private final Map<String, List<Bridge>> bridges = new LinkedHashMap<>();
    /** Kept for the lab's life: it renders again only the keys whose values changed since the last snapshot. */
    private final SnapshotBuilder snapshots = new SnapshotBuilder(this);
    private long eventsRun;
    /** The events run when a real client's bytes first reached a node; -1 while none has. */
    private long changedFromOutsideAt = -1;
    private long eventLimit = Long.MAX_VALUE;
    private int consolePorts;

    private Lab(ClusterSpec spec, int traceCapacity) {
        this.spec = spec;
        this.trace = new Trace(clock, traceCapacity);
        this.random = new SplittableRandom(spec.seed());
        this.network = new LabNetwork(this, random.split(), spec.latencyMs());
    }

    /** A fresh lab: "master" on 6379 and "replica-1".."replica-N" on the following ports, replicating. */
    public static Lab create(ClusterSpec spec) {
        return create(spec, Trace.DEFAULT_CAPACITY);
    }

    public static Lab create(ClusterSpec spec, int traceCapacity) {
        return create(spec, traceCapacity, lab -> { });
    }

    /** As {@link #create(ClusterSpec)}; {@code beforeStart} sees the lab before its nodes start. */
    public static Lab create(ClusterSpec spec, int traceCapacity, Consumer<Lab> beforeStart) {
        Lab lab = new Lab(spec, traceCapacity);
        beforeStart.accept(lab);
        lab.addNode("master", spec.basePort());
        for (int i = 1; i <= spec.replicas(); i++) {
            LabNode replica = lab.addNode("replica-" + i, spec.basePort() + i);
            replica.redis().replicaOfAtStartup(LabNetwork.LOOPBACK, spec.basePort());
        }
        return lab;
    }

    private LabNode addNode(String name, int port) {
        NodeConfig config = new NodeConfig();
        try {
            config.set(ConfigNames.PORT, Integer.toString(port));
            config.set(ConfigNames.REPL_BACKLOG_SIZE, Long.toString(spec.backlogBytes()));
            config.set(ConfigNames.LOSS_RECOVERY, spec.lossRecovery());
        } catch (ConfigException e) {
            throw new LabException(e.getMessage());
        }
        LabNode node = new LabNode(name, port, config);
        nodes.put(name, node);
        boot(node);
        trace.add(TraceKind.NODE, name, Words.worded(name + " started on port " + port, "started", name,
                Integer.toString(port)));
        return node;
    }

    private void boot(LabNode node) {
        String name = node.name();
        NodeScheduler scheduler = new NodeScheduler(this, name);
        NodeEnvironment env = new NodeEnvironment(name, scheduler, random.split(),
                (host, port, handler) -> network.connect(name, host, port, handler), 1000L + nodes.size());
        node.boot(this, env, scheduler);
        RedisNode incarnation = node.redis();
        // A crashed node's last gasps (its connections closing) are not news: it is gone.
        incarnation.log().addListener((level, message) -> {
            if (node.isUp() && node.redis() == incarnation) {
                trace.add(TraceKind.NODE, name, withNames(message));
            }
        });
        onBoot.forEach(customizer -> customizer.accept(node.redis()));
    }

    /** Applies {@code customizer} to every node now and every time one (re)starts. */
    public void onNodeBoot(Consumer<RedisNode> customizer) {
        onBoot.add(customizer);
        nodes.values().stream().filter(LabNode::isUp).forEach(n -> customizer.accept(n.redis()));
    }

    /**
     * Connects an outside client (a real TCP connection) to a node: {@code client} receives the
     * node's replies; the returned bridge takes the client's bytes. The node's crash closes it.
     */
    public Bridge openBridge(String nodeName, InetSocketAddress clientAddress, ClientEnd client) {
        LabNode node = node(nodeName);
        if (!node.isUp()) {
            throw new LabException(nodeName + " is down", new Wording("nodeDown", nodeName));
        }
        Bridge bridge = new Bridge(node, clientAddress, client, this::changedFromOutside);
        bridges.computeIfAbsent(nodeName, k -> new ArrayList<>()).add(bridge);
        return bridge;
    }

    private void changedFromOutside() {
        if (changedFromOutsideAt < 0) {
            changedFromOutsideAt = eventsRun;
        }
    }

    /**
     * The events run when a real client (a TCP connection, through a {@link Bridge}) first sent a
     * node anything, or empty if none has. What such a client did is not an action of the lab's, so
     * no replay of the lab's actions reaches a state after that point.
     */
    public OptionalLong changedFromOutsideAt() {
        return changedFromOutsideAt < 0 ? OptionalLong.empty() : OptionalLong.of(changedFromOutsideAt);
    }

    /** Engine log lines name peers by address; the lab names them by node. */
    private String withNames(String message) {
        String text = message;
        for (LabNode node : nodes.values()) {
            text = text.replace(LabNetwork.LOOPBACK + ":" + node.port(), node.name());
        }
        return text;
    }

    // ----- structure -----

    public ClusterSpec spec() {
        return spec;
    }

    public List<String> nodeNames() {
        return List.copyOf(nodes.keySet());
    }

    public LabNode node(String name) {
        LabNode node = nodes.get(name);
        if (node == null) {
            String names = String.join(", ", nodes.keySet());
            throw new LabException("unknown node '" + name + "' (nodes: " + names + ")",
                    new Wording("unknownNode", name, names));
        }
        return node;
    }

    public boolean hasNode(String name) {
        return nodes.containsKey(name);
    }

    /** The node listening at host:port, for connections; null if none. */
    LabNode nodeAt(String host, int port) {
        boolean local = host.equals(LabNetwork.LOOPBACK) || host.equalsIgnoreCase("localhost") || nodes.containsKey(host);
        if (!local) {
            return null;
        }
        return nodes.values().stream().filter(n -> n.port() == port).findFirst().orElse(null);
    }

    /** The name of the node {@code name} replicates from, or null if it is a master (or down). */
    public String masterOf(String name) {
        LabNode node = node(name);
        if (!node.isUp() || !node.redis().isReplica()) {
            return null;
        }
        LabNode master = nodeAt(node.redis().replicaSide().masterHost(), node.redis().replicaSide().masterPort());
        return master == null ? null : master.name();
    }

    String nodeConfigValue(String node, String setting) {
        LabNode labNode = nodes.get(node);
        return labNode == null ? null : labNode.config().get(setting);
    }

    int nextConsolePort() {
        return consolePorts++;
    }

    // ----- time -----

    public VirtualClock clock() {
        return clock;
    }

    EventQueue events() {
        return events;
    }

    public Trace trace() {
        return trace;
    }

    /** Adds a record made outside the lab (a user's action, an expectation's result) to its trace. */
    public void note(TraceKind kind, String source, String text) {
        trace.add(kind, source, text);
    }

    /** A note whose English text a window in another language says from {@code wording} (an expectation's outcome). */
    public void note(TraceKind kind, String source, String text, Wording wording) {
        trace.add(kind, source, Words.worded(text, wording));
    }

    /** Virtual milliseconds since the lab started. */
    public long elapsedMs() {
        return clock.elapsedMs();
    }

    public long eventsRun() {
        return eventsRun;
    }

    /** The event that {@link #step()} would run, or null. */
    public LabEvent nextEvent() {
        return events.peek();
    }

    /**
     * Bounds the events pending at once (packets in flight, timers); a million by default. An event
     * beyond it fails (IllegalStateException) rather than take the last of a small heap.
     */
    public void limitPendingEvents(int max) {
        events.limitPending(max);
    }

    public int pendingEventsLimit() {
        return events.maxPending();
    }

    /** Stops running events once this many have run (used to rebuild the state of an earlier step). */
    public void limitEvents(long limit) {
        eventLimit = limit;
    }

    public boolean atEventLimit() {
        return eventsRun >= eventLimit;
    }

    /** Called after every event (invariant checks, views). */
    public void afterEachEvent(Runnable listener) {
        afterEachEvent.add(listener);
    }

    /** Runs exactly the next event; false when there is none (or the limit is reached). */
    public boolean step() {
        if (atEventLimit()) {
            return false;
        }
        LabEvent event = events.poll();
        if (event == null) {
            return false;
        }
        clock.moveTo(event.atMs());
        eventsRun++;
        event.run();
        afterEachEvent.forEach(Runnable::run);
        return true;
    }

    /** Runs every event due in the next {@code ms} milliseconds, then moves the clock there. */
    public void advance(long ms) {
        long target = clock.nowMs() + ms;
        while (!atEventLimit()) {
            LabEvent next = events.peek();
            if (next == null || next.atMs() > target) {
                break;
            }
            step();
        }
        if (!atEventLimit()) {
            clock.moveTo(target);
        }
    }

    /** Runs events until {@code condition} holds, for at most {@code maxMs}; returns whether it held. */
    public boolean runUntil(BooleanSupplier condition, long maxMs) {
        long deadline = clock.nowMs() + maxMs;
        while (!condition.getAsBoolean()) {
            LabEvent next = events.peek();
            if (next == null || next.atMs() > deadline || atEventLimit()) {
                if (!atEventLimit()) {
                    clock.moveTo(Math.max(clock.nowMs(), deadline));
                }
                return condition.getAsBoolean();
            }
            step();
        }
        return true;
    }

    // ----- commands -----

    /**
     * Runs a command on a node as a local client would (redis-cli on the same machine) and returns
     * its reply. A command that blocks (WAIT) lets virtual time run until its reply comes.
     */
    public RespValue command(String nodeName, List<String> args) {
        LabNode node = node(nodeName);
        if (!node.isUp()) {
            throw new LabException(nodeName + " is down", new Wording("nodeDown", nodeName));
        }
        List<String> words = List.copyOf(args);
        trace.add(TraceKind.COMMAND, nodeName, Words.data(() -> nodeName + "> " + String.join(" ", words)));
        List<byte[]> bytes = new ArrayList<>(words.size());
        for (String word : words) {
            bytes.add(word.getBytes(StandardCharsets.UTF_8));
        }
        ConsoleClient console = node.console(this);
        RespValue reply = console.send(bytes);
        if (reply == null) {
            RespValue[] arrived = new RespValue[1];
            runUntil(() -> (arrived[0] = console.poll()) != null, COMMAND_REPLY_LIMIT_MS);
            reply = arrived[0];
        }
        if (reply == null) {
            throw new LabException(nodeName + " did not reply to " + args.get(0),
                    new Wording("noReply", nodeName, args.get(0)));
        }
        return reply;
    }

    /** CONFIG SET on a node; a bad name or value is reported as Redis words it. */
    public void config(String nodeName, String setting, String value) {
        RespValue reply = command(nodeName, List.of("CONFIG", "SET", setting, value));
        if (reply instanceof RespValue.ErrorReply error) {
            throw new LabException(error.message());
        }
    }

    // ----- the network -----

    /** One direction of a link, checked: both nodes must exist. */
    public LinkFaults link(String from, String to) {
        node(from);
        node(to);
        if (from.equals(to)) {
            throw new LabException("a link joins two different nodes: " + from + "->" + to);
        }
        return network.link(from, to);
    }

    public void dropNext(String from, String to) {
        link(from, to).armDrop();
        fault(from, Words.worded("the next packet " + from + "->" + to + " will be lost", "willDropNext", from, to));
    }

    public void dropRate(String from, String to, int percent) {
        if (percent < 0 || percent > 100) {
            throw new LabException("a drop rate is a percentage from 0 to 100: " + percent);
        }
        link(from, to).setDropRatePercent(percent);
        fault(from, Words.worded(from + "->" + to + " loses " + percent + "% of packets", "dropRate", from, to,
                Integer.toString(percent)));
    }

    public void duplicateNext(String from, String to) {
        link(from, to).armDuplicate();
        fault(from, Words.worded("the next packet " + from + "->" + to + " will arrive twice", "willDuplicateNext", from,
                to));
    }

    public void holdNext(String from, String to) {
        link(from, to).armHold();
        fault(from, Words.worded("the next packet " + from + "->" + to + " will be held in flight", "willHoldNext", from,
                to));
    }

    public void release(String from, String to) {
        link(from, to);
        network.release(from, to);
    }

    public void delay(String from, String to, long latencyMs) {
        if (latencyMs < 0) {
            throw new LabException("latency cannot be negative: " + latencyMs);
        }
        link(from, to).setLatencyMs(latencyMs);
        fault(from, Words.worded(from + "->" + to + " latency " + latencyMs + " ms", "latency", from, to,
                Long.toString(latencyMs)));
    }

    public void jitter(String from, String to, long jitterMs) {
        if (jitterMs < 0) {
            throw new LabException("jitter cannot be negative: " + jitterMs);
        }
        link(from, to).setJitterMs(jitterMs);
        fault(from, Words.worded(from + "->" + to + " jitter up to " + jitterMs + " ms", "jitter", from, to,
                Long.toString(jitterMs)));
    }

    /** kill link: nothing passes either way and nobody is told. */
    public void killLink(String a, String b) {
        link(a, b).setDead(true);
        link(b, a).setDead(true);
        fault(a, Words.worded("link " + a + "<->" + b + " cut silently", "linkCut", a, b));
    }

    public void healLink(String a, String b) {
        link(a, b).setDead(false);
        link(b, a).setDead(false);
        fault(a, Words.worded("link " + a + "<->" + b + " healed", "linkHealed", a, b));
    }

    /** Clears every fault of both directions of a link and releases what it held. */
    public void clearFaults(String a, String b) {
        link(a, b).clear(spec.latencyMs());
        link(b, a).clear(spec.latencyMs());
        network.release(a, b);
        network.release(b, a);
        fault(a, Words.worded("link " + a + "<->" + b + " cleared of all faults", "linkCleared", a, b));
    }

    /** close link: the connections between the two reset now; both ends see it. */
    public void closeLink(String a, String b) {
        link(a, b);
        network.reset(a, b);
    }

    /** The other end of a node's replication link: its master, for a replica. */
    public String upstreamOf(String name) {
        String master = masterOf(name);
        if (master == null) {
            throw new LabException(name + " is not a replica: name both ends of the link, e.g. 'master replica-1'",
                    new Wording("notAReplica", name, "master replica-1"));
        }
        return master;
    }

    /** Every link direction touched so far, "from->to" → its faults. */
    Map<String, LinkFaults> linkStates() {
        return new TreeMap<>(network.links());
    }

    /** The node whose lab port is {@code port}, or null. */
    String nodeNameAtPort(int port) {
        return nodes.values().stream().filter(n -> n.port() == port).map(LabNode::name).findFirst().orElse(null);
    }

    /** An immutable picture of the whole lab now. */
    public LabSnapshot snapshot() {
        return snapshots.build();
    }

    public List<InFlightPacket> packetsInFlight() {
        return network.inFlight().stream()
                .map(f -> new InFlightPacket(f.packet, f.fate == InFlight.Fate.LOSE, f.held)).toList();
    }

    public void deliverPacket(long id) {
        network.deliverNow(id);
    }

    public void dropPacket(long id) {
        network.dropNow(id);
    }

    public void holdPacket(long id) {
        network.holdNow(id);
    }

    public void duplicatePacket(long id) {
        network.duplicateNow(id);
    }

    // ----- nodes -----

    /** The node dies: its memory and timers are gone; its peers see its connections reset. */
    public void crash(String name) {
        LabNode node = node(name);
        if (!node.isUp()) {
            throw new LabException(name + " is already down", new Wording("alreadyDown", name));
        }
        node.crash();
        fault(name, Words.worded(name + " crashed", "crashed", name));
        network.closeAllOf(name);
        bridges.getOrDefault(name, List.of()).forEach(Bridge::close);
        bridges.remove(name);
    }

    /** The node comes back empty, as a Redis without persistence; a replica rejoins its master. */
    public void restart(String name) {
        LabNode node = node(name);
        if (node.isUp()) {
            throw new LabException(name + " is already running", new Wording("alreadyRunning", name));
        }
        boot(node);
        fault(name, Words.worded(name + " restarted (empty: no persistence)", "restarted", name));
        if (node.masterPortAtCrash() != 0) {
            node.redis().replicaOfAtStartup(LabNetwork.LOOPBACK, node.masterPortAtCrash());
        }
    }

    /** Failover: the replica becomes master and every other running node follows it. */
    public void promote(String name) {
        LabNode chosen = node(name);
        if (!chosen.isUp() || !chosen.redis().isReplica()) {
            throw new LabException(name + " is not a running replica", new Wording("notRunningReplica", name));
        }
        fault(name, Words.worded(name + " promoted to master", "promoted", name));
        chosen.redis().becomeMaster();
        for (LabNode other : nodes.values()) {
            if (other != chosen && other.isUp()) {
                other.redis().replicaOf(LabNetwork.LOOPBACK, chosen.port());
            }
        }
    }

    private void fault(String node, Words words) {
        trace.add(TraceKind.FAULT, node, words);
    }

    // ----- reading state -----

    /**
     * A field of a node: {@code offset} (a master's master_repl_offset, a replica's applied
     * offset), {@code lag} (a replica's lag as its master reports it), or any INFO field.
     * Returns null when the node is down or the field does not exist.
     */
    public String field(String nodeName, String field) {
        LabNode node = node(nodeName);
        if (!node.isUp()) {
            return null;
        }
        RedisNode redis = node.redis();
        switch (field.toLowerCase(Locale.ROOT)) {
            case "offset":
                return Long.toString(redis.isReplica() ? redis.replicaSide().replOffset() : redis.masterSide().masterReplOffset());
            case "lag": {
                ReplicaHandle handle = handleAtMaster(nodeName);
                return handle == null ? null : Long.toString(nodes.get(masterOf(nodeName)).redis().masterSide().lagSeconds(handle));
            }
            default:
                return infoFields(redis).get(field);
        }
    }

    /** The record a replica's master keeps of it, or null if it is not attached. */
    private ReplicaHandle handleAtMaster(String replica) {
        String master = masterOf(replica);
        if (master == null || !nodes.get(master).isUp()) {
            return null;
        }
        int port = node(replica).port();
        return nodes.get(master).redis().masterSide().replicas().stream()
                .filter(h -> h.listeningPort() == port).findFirst().orElse(null);
    }

    private static Map<String, String> infoFields(RedisNode redis) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : new InfoReport(redis).render(List.of("everything")).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return fields;
    }
}
