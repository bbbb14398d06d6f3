package com.replicationlab.interop;

import com.replicationlab.net.TcpHost;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.NodeConfig;
import com.replicationlab.testing.Info;
import com.replicationlab.testing.RealRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.replicationlab.testing.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Interoperability with a real redis-server 7.0")
class RealRedisInteropTest {
    private static final Duration SYNC = Duration.ofSeconds(15);
    private TcpHost host;

    @BeforeEach
    void setUp() {
        RealRedis.assumeInstalled();
        host = new TcpHost();
    }

    @AfterEach
    void tearDown() {
        // null when the test was skipped before the host was made
        if (host != null) {
            host.close();
        }
    }

    private RedisNode labNode(String name) throws Exception {
        return host.startNode(name, new NodeConfig(), "127.0.0.1", 0);
    }

    private static Jedis jedis(int port) {
        return new Jedis("127.0.0.1", port);
    }

    @Test
    @DisplayName("a real redis-server replicates from a lab master: full sync, stream, and ACKs the lab master sees")
    void realReplicaOfLabMaster() throws Exception {
        RedisNode master = labNode("master");
        try (Jedis lab = jedis(master.listeningPort())) {
            lab.set("seeded", "before-sync");
            lab.rpush("list", "x", "y", "z");
            lab.hset("hash", Map.of("f1", "v1", "f2", "v2"));
            lab.sadd("ints", "1", "2", "3");
            lab.setex("ttl", 1000, "soon");
            try (RealRedis real = RealRedis.start("--replicaof", "127.0.0.1", Integer.toString(master.listeningPort()));
                 Jedis replica = real.client()) {
                await("the real replica's link is up", SYNC,
                        () -> Info.parse(replica.info("replication")).get("master_link_status").equals("up"));
                assertEquals("before-sync", replica.get("seeded"));
                assertEquals(List.of("x", "y", "z"), replica.lrange("list", 0, -1));
                assertEquals(Map.of("f1", "v1", "f2", "v2"), replica.hgetAll("hash"));
                assertTrue(replica.ttl("ttl") > 990);

                lab.select(3);
                lab.set("in-db3", "yes");
                lab.incr("counter");
                replica.select(3);
                await("the stream reached the real replica", SYNC, () -> "yes".equals(replica.get("in-db3")));

                await("the real replica has applied and acknowledged everything the lab master sent", SYNC, () -> {
                    Map<String, String> labInfo = Info.parse(lab.info("replication"));
                    Map<String, String> slave = Info.replicaLine(labInfo.get("slave0"));
                    String realOffset = Info.parse(replica.info("replication")).get("slave_repl_offset");
                    return slave.get("state").equals("online") && slave.get("offset").equals(realOffset)
                            && labInfo.get("master_repl_offset").equals(realOffset);
                });
                Thread.sleep(2500); // across at least two heartbeats
                int lag = Integer.parseInt(Info.replicaLine(Info.parse(lab.info("replication")).get("slave0")).get("lag"));
                assertTrue(lag <= 1, "a heartbeating replica shows lag 0 or 1, was " + lag);

                // min-replicas counts the real replica as good; asking for two refuses writes.
                lab.configSet("min-replicas-to-write", "2");
                JedisDataException refused = assertThrows(JedisDataException.class, () -> lab.set("x", "1"));
                assertEquals("NOREPLICAS Not enough good replicas to write.", refused.getMessage());
                lab.configSet("min-replicas-to-write", "1");
                assertEquals("OK", lab.set("x", "1"));
            }
        }
    }

    @Test
    @DisplayName("a lab replica follows a real redis-server master, which lists it online and heartbeating")
    void labReplicaOfRealMaster() throws Exception {
        try (RealRedis real = RealRedis.start("--repl-diskless-sync", "no"); Jedis master = real.client()) {
            master.set("from-real", "hello");
            master.rpush("biglist", bigValues(200));
            master.hset("h", "field", "value");
            master.sadd("s", "a", "b");
            master.sadd("intset", "1", "2", "3");
            RedisNode replica = labNode("replica");
            host.call(() -> {
                replica.replicaOfAtStartup("127.0.0.1", real.port());
                return null;
            });
            try (Jedis lab = jedis(replica.listeningPort())) {
                await("the lab replica's link is up", SYNC,
                        () -> Info.parse(lab.info("replication")).get("master_link_status").equals("up"));
                assertEquals("hello", lab.get("from-real"));
                assertEquals(200, lab.llen("biglist"));
                assertEquals("value", lab.hget("h", "field"));
                assertEquals(3, lab.scard("intset"));

                master.set("after", "sync");
                master.del("from-real");
                await("the real master's stream reached the lab replica", SYNC,
                        () -> "sync".equals(lab.get("after")) && lab.get("from-real") == null);

                Thread.sleep(2500); // across at least two heartbeats
                Map<String, String> slave = Info.replicaLine(Info.parse(master.info("replication")).get("slave0"));
                assertEquals("online", slave.get("state"));
                assertEquals(Integer.toString(replica.listeningPort()), slave.get("port"));
                assertTrue(Integer.parseInt(slave.get("lag")) <= 1, "the lab replica heartbeats: lag " + slave.get("lag"));
                String realOffset = Info.parse(master.info("replication")).get("master_repl_offset");
                await("the lab replica acknowledged everything", SYNC, () -> Info.replicaLine(
                        Info.parse(master.info("replication")).get("slave0")).get("offset").equals(realOffset));
            }
        }
    }

    private static String[] bigValues(int count) {
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = "element-" + i + "-" + "x".repeat(i % 50);
        }
        return values;
    }
}
