package com.replicationlab.interop;

import static com.replicationlab.testing.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replicationlab.net.TcpHost;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.NodeConfig;
import com.replicationlab.testing.Info;
import com.replicationlab.testing.RealRedis;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Engine faults over real TCP, against a real redis-server 7.0: a process killed or a node
 * restarted while writes stream. Each case must end as real Redis ends: resynced, offsets met,
 * the same data on both sides.
 */
@DisplayName("Engine faults over real TCP end resynced and consistent")
class EngineFaultsOverTcpTest {
    private static final Duration SYNC = Duration.ofSeconds(30);

    /** A port in this test's range (29100-29199) that is free now, for a server that must come back on it. */
    private static int freePortInRange() throws IOException {
        for (int port = 29100; port < 29200; port++) {
            try (ServerSocket probe = new ServerSocket(port)) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IOException("no free port in 29100-29199");
    }

    private static RedisNode labNode(TcpHost host, String name, int port) throws Exception {
        return host.startNode(name, new NodeConfig(), "127.0.0.1", port);
    }

    /** Every string key of db 0 with its value. */
    private static Map<String, String> data(Jedis jedis) {
        Map<String, String> data = new TreeMap<>();
        for (String key : jedis.keys("*")) {
            data.put(key, jedis.get(key));
        }
        return data;
    }

    private static String replicationField(Jedis jedis, String field) {
        return Info.parse(jedis.info("replication")).get(field);
    }

    /** Writes to {@code port} from another thread until stopped: SET w:i and INCR counter. */
    private static final class Writer implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong written = new AtomicLong();
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();
        private final Thread thread;

        Writer(int port) {
            thread = new Thread(() -> {
                try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                    while (running.get()) {
                        long i = written.incrementAndGet();
                        jedis.set("w:" + (i % 500), Long.toString(i));
                        jedis.incr("counter");
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "writer");
            thread.start();
        }

        void awaitWrites(long atLeast) throws InterruptedException {
            long target = written.get() + atLeast;
            await(atLeast + " more writes", SYNC, () -> written.get() >= target || !failures.isEmpty());
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
            assertEquals(List.of(), failures);
        }
    }

    /** As {@link #awaitConsistent(Jedis, Jedis)}; a failure shows the real server's log. */
    private static void awaitConsistent(Jedis master, Jedis replica, RealRedis real) throws Exception {
        try {
            awaitConsistent(master, replica);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nredis-server's log:\n" + real.logText(), e);
        }
    }

    private static void awaitConsistent(Jedis master, Jedis replica) throws InterruptedException {
        await("the replica's link is up and its offset meets the master's", SYNC,
                () -> "up".equals(replicationField(replica, "master_link_status"))
                        && replicationField(master, "master_repl_offset")
                        .equals(replicationField(replica, "slave_repl_offset")));
        assertEquals(data(master), data(replica));
    }

    @Test
    @DisplayName("a real replica killed mid-stream and restarted under a lab master resyncs to the same data")
    void realReplicaKilledAndRestarted() throws Exception {
        int replicaPort = freePortInRange();
        try (TcpHost host = new TcpHost()) {
            RedisNode master = labNode(host, "master", 0);
            String[] asReplica = {"--replicaof", "127.0.0.1", Integer.toString(master.listeningPort())};
            try (Jedis onMaster = new Jedis("127.0.0.1", master.listeningPort());
                 Writer writer = new Writer(master.listeningPort())) {
                RealRedis first = RealRedis.startOnPort(replicaPort, asReplica);
                try (Jedis replica = first.client()) {
                    await("the first replica is up", SYNC, () -> "up".equals(replicationField(replica, "master_link_status")));
                }
                writer.awaitWrites(2000);
                first.kill();
                writer.awaitWrites(2000);
                try (RealRedis second = RealRedis.startOnPort(replicaPort, asReplica); Jedis replica = second.client()) {
                    writer.awaitWrites(2000);
                    writer.close();
                    awaitConsistent(onMaster, replica, second);
                    assertEquals(onMaster.get("counter"), replica.get("counter"));
                } finally {
                    first.close();
                }
            }
        }
    }

    @Test
    @DisplayName("a lab master restarted under a real replica: the replica full-resyncs to the new master's data")
    void labMasterRestartedUnderRealReplica() throws Exception {
        int masterPort = freePortInRange();
        String oldReplid;
        try (RealRedis real = RealRedis.start("--replicaof", "127.0.0.1", Integer.toString(masterPort));
             Jedis replica = real.client()) {
            try (TcpHost first = new TcpHost()) {
                RedisNode master = labNode(first, "master", masterPort);
                try (Jedis onMaster = new Jedis("127.0.0.1", masterPort)) {
                    onMaster.set("old", "data");
                    awaitConsistent(onMaster, replica, real);
                    oldReplid = replicationField(onMaster, "master_replid");
                }
                assertEquals(masterPort, master.listeningPort());
            }
            await("the real replica sees its master gone", SYNC,
                    () -> "down".equals(replicationField(replica, "master_link_status")));
            try (TcpHost second = new TcpHost()) {
                labNode(second, "master", masterPort);
                try (Jedis onMaster = new Jedis("127.0.0.1", masterPort); Writer writer = new Writer(masterPort)) {
                    onMaster.set("new", "data");
                    writer.awaitWrites(1000);
                    writer.close();
                    awaitConsistent(onMaster, replica, real);
                    assertNotEquals(oldReplid, replicationField(onMaster, "master_replid"));
                    assertEquals(null, replica.get("old"));
                    assertEquals("data", replica.get("new"));
                }
            }
        }
    }

    @Test
    @DisplayName("a lab replica whose real master disappears and returns resyncs to the returned master's data")
    void labReplicaOfRealMasterThatDisappears() throws Exception {
        int masterPort = freePortInRange();
        try (TcpHost host = new TcpHost()) {
            RedisNode replicaNode = labNode(host, "replica", 0);
            try (Jedis replica = new Jedis("127.0.0.1", replicaNode.listeningPort())) {
                RealRedis first = RealRedis.startOnPort(masterPort);
                try (Jedis onMaster = first.client(); Writer writer = new Writer(masterPort)) {
                    replica.replicaof("127.0.0.1", masterPort);
                    writer.awaitWrites(2000);
                    writer.close();
                    awaitConsistent(onMaster, replica, first);
                }
                first.kill();
                first.close();
                await("the lab replica sees its master gone", SYNC,
                        () -> "down".equals(replicationField(replica, "master_link_status")));
                try (RealRedis second = RealRedis.startOnPort(masterPort); Jedis onMaster = second.client();
                     Writer writer = new Writer(masterPort)) {
                    writer.awaitWrites(2000);
                    writer.close();
                    awaitConsistent(onMaster, replica, second);
                }
            }
        }
    }

    @Test
    @DisplayName("a real replica that stops reading is cut at the replica class's limit, then resyncs when it reads again")
    void stalledRealReplicaIsCutThenResyncs() throws Exception {
        try (TcpHost host = new TcpHost()) {
            RedisNode master = labNode(host, "master", 0);
            List<String> warnings = new CopyOnWriteArrayList<>();
            master.log().addListener((level, message) -> warnings.add(message));
            try (Jedis onMaster = new Jedis("127.0.0.1", master.listeningPort());
                 RealRedis real = RealRedis.start("--replicaof", "127.0.0.1", Integer.toString(master.listeningPort()));
                 Jedis replica = real.client()) {
                onMaster.configSet("client-output-buffer-limit", "replica 4mb 1mb 1");
                awaitConsistent(onMaster, replica, real);
                real.signal("STOP");
                try {
                    String big = "x".repeat(64 * 1024);
                    for (int i = 0; i < 400 && warnings.stream().noneMatch(w -> w.contains("output buffer limits")); i++) {
                        onMaster.set("big:" + (i % 50), big);
                    }
                } finally {
                    real.signal("CONT");
                }
                assertTrue(warnings.stream().anyMatch(w -> w.contains(" flags=S ")
                        && w.endsWith("scheduled to be closed ASAP for overcoming of output buffer limits.")), warnings.toString());
                awaitConsistent(onMaster, replica, real);
            }
        }
    }
}
