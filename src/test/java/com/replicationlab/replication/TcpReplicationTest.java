package com.replicationlab.replication;

import com.replicationlab.net.TcpHost;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.NodeConfig;
import com.replicationlab.testing.Info;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

import java.time.Duration;
import java.util.Map;

import static com.replicationlab.testing.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Engine over TCP: a master and two replicas in one process, driven by a real Java client")
class TcpReplicationTest {
    private static final Duration SYNC = Duration.ofSeconds(10);
    private TcpHost host;
    private RedisNode master;
    private RedisNode replica1;
    private RedisNode replica2;
    private Jedis onMaster;
    private Jedis onReplica1;

    @BeforeEach
    void startCluster() throws Exception {
        host = new TcpHost();
        master = host.startNode("master", new NodeConfig(), "127.0.0.1", 0);
        onMaster = jedis(master);
        onMaster.set("before", "sync");
        replica1 = startReplica("replica-1");
        replica2 = startReplica("replica-2");
        onReplica1 = jedis(replica1);
        await("both replicas are online", SYNC, () -> masterInfo().get("connected_slaves").equals("2")
                && masterInfo().get("slave1").contains("state=online"));
    }

    private RedisNode startReplica(String name) throws Exception {
        RedisNode node = host.startNode(name, new NodeConfig(), "127.0.0.1", 0);
        host.call(() -> {
            node.replicaOfAtStartup("127.0.0.1", master.listeningPort());
            return null;
        });
        return node;
    }

    private static Jedis jedis(RedisNode node) {
        return new Jedis("127.0.0.1", node.listeningPort());
    }

    private Map<String, String> masterInfo() {
        return Info.parse(onMaster.info("replication"));
    }

    @AfterEach
    void stop() {
        onMaster.close();
        onReplica1.close();
        host.close();
    }

    @Test
    @DisplayName("a full sync carries existing keys; later writes propagate; offsets meet")
    void propagates() throws Exception {
        assertEquals("sync", onReplica1.get("before"));
        onMaster.set("key", "value");
        onMaster.rpush("list", "a", "b");
        onMaster.hset("hash", "f", "v");
        onMaster.sadd("set", "m");
        await("replica-1 has the writes", SYNC, () -> "value".equals(onReplica1.get("key"))
                && onReplica1.smembers("set").contains("m"));
        assertEquals(java.util.List.of("a", "b"), onReplica1.lrange("list", 0, -1));
        long masterOffset = Long.parseLong(masterInfo().get("master_repl_offset"));
        await("replica offsets equal the master's", SYNC, () ->
                Info.parse(onReplica1.info("replication")).get("slave_repl_offset").equals(Long.toString(masterOffset)));
    }

    @Test
    @DisplayName("replicas refuse writes with READONLY; reads work")
    void readOnly() {
        JedisDataException e = assertThrows(JedisDataException.class, () -> onReplica1.set("x", "y"));
        assertEquals("READONLY You can't write against a read only replica.", e.getMessage());
        assertEquals("sync", onReplica1.get("before"));
    }

    @Test
    @DisplayName("heartbeat: the master sees each replica's ACK offset, with lag 0 or 1")
    void heartbeat() throws Exception {
        onMaster.set("k", "v");
        long offset = Long.parseLong(masterInfo().get("master_repl_offset"));
        await("both replicas acknowledged the write", SYNC, () -> {
            Map<String, String> info = masterInfo();
            return Long.parseLong(Info.replicaLine(info.get("slave0")).get("offset")) >= offset
                    && Long.parseLong(Info.replicaLine(info.get("slave1")).get("offset")) >= offset;
        });
        int lag = Integer.parseInt(Info.replicaLine(masterInfo().get("slave0")).get("lag"));
        assertTrue(lag == 0 || lag == 1, "lag was " + lag);
    }

    @Test
    @DisplayName("WAIT returns once both replicas acknowledged the client's write")
    void waitForReplicas() {
        onMaster.set("w", "1");
        assertEquals(2, onMaster.waitReplicas(2, 5000));
    }

    @Test
    @DisplayName("min-replicas-to-write above the replica count refuses writes with NOREPLICAS")
    void noReplicas() {
        onMaster.configSet("min-replicas-to-write", "3");
        JedisDataException e = assertThrows(JedisDataException.class, () -> onMaster.set("x", "y"));
        assertEquals("NOREPLICAS Not enough good replicas to write.", e.getMessage());
        assertEquals("2", masterInfo().get("min_slaves_good_slaves"));
        onMaster.configSet("min-replicas-to-write", "2");
        assertEquals("OK", onMaster.set("x", "y"));
    }

    @Test
    @DisplayName("a dropped replica link resyncs partially from the backlog (sync_partial_ok)")
    void partialResync() throws Exception {
        onMaster.set("a", "1");
        String id = Info.parse(onMaster.info("replication")).get("master_replid");
        onMaster.clientKill(new redis.clients.jedis.params.ClientKillParams().type(
                redis.clients.jedis.args.ClientType.REPLICA));
        onMaster.set("b", "2");
        await("a replica reconnected with +CONTINUE", SYNC,
                () -> Info.parse(onMaster.info("stats")).get("sync_partial_ok").equals("2"));
        await("replica-1 caught up", SYNC, () -> "2".equals(onReplica1.get("b")));
        assertEquals(id, Info.parse(onReplica1.info("replication")).get("master_replid"));
    }

    @Test
    @DisplayName("ROLE on both sides; REPLICAOF NO ONE promotes with the old ID kept as replid2")
    void roleAndPromotion() throws Exception {
        onMaster.set("k", "v");
        await("replica-1 caught up", SYNC, () -> "v".equals(onReplica1.get("k")));
        java.util.List<Object> masterRole = onMaster.role();
        assertEquals("master", masterRole.get(0));
        java.util.List<Object> replicaRole = onReplica1.role();
        assertEquals("slave", replicaRole.get(0));
        assertEquals("connected", replicaRole.get(3));

        String oldId = masterInfo().get("master_replid");
        long offset = Long.parseLong(Info.parse(onReplica1.info("replication")).get("master_repl_offset"));
        assertEquals("OK", onReplica1.replicaofNoOne());
        Map<String, String> promoted = Info.parse(onReplica1.info("replication"));
        assertEquals("master", promoted.get("role"));
        assertEquals(oldId, promoted.get("master_replid2"));
        assertEquals(Long.toString(offset + 1), promoted.get("second_repl_offset"));
        assertEquals("OK", onReplica1.set("now", "writable"));
    }
}
