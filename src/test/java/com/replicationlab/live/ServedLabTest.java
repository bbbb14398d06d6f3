package com.replicationlab.live;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.testing.Info;
import com.replicationlab.testing.RespWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import static com.replicationlab.testing.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A served lab: real time, real TCP clients, faults from a script or a LAB command")
class ServedLabTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private LabRunner runner;
    private LabTcpGateway gateway;

    @AfterEach
    void stop() {
        gateway.close();
        runner.close();
    }

    @Test
    @DisplayName("a startup script and LAB commands act on the running cluster; bad lines get their error")
    void scriptAndAdminCommand() throws Exception {
        Lab lab = Lab.create(new ClusterSpec(1, 1, 42, 1024 * 1024, "resend", 6379));
        runner = new LabRunner(lab);
        ServedLab served = new ServedLab(runner, lab);
        served.run(ScriptParser.parse("startup.lab", "master> SET seeded yes\n"));
        gateway = new LabTcpGateway(runner);
        int masterPort = gateway.listen("master", "127.0.0.1", 0);
        int replicaPort = gateway.listen("replica-1", "127.0.0.1", 0);
        runner.play();
        try (Jedis master = new Jedis("127.0.0.1", masterPort); Jedis replica = new Jedis("127.0.0.1", replicaPort)) {
            await("the replica has the scripted write", WAIT, () -> "yes".equals(replica.get("seeded")));

            assertEquals("OK", lab(master, "kill", "link", "replica-1"));
            master.set("after", "cut");
            Thread.sleep(1500); // real time passes; the cut link keeps the write away
            assertEquals(null, replica.get("after"));

            JedisDataException bad = assertThrows(JedisDataException.class,
                    () -> lab(master, "dorp", "next", "master->replica-1"));
            assertTrue(bad.getMessage().startsWith("ERR LAB:1:1: unknown verb 'dorp'"), bad.getMessage());

            assertEquals("OK", lab(master, "heal", "link", "replica-1"));
            await("the healed link brings the write", WAIT, () -> "cut".equals(replica.get("after")));
            assertTrue(Info.parse(master.info("replication")).get("slave0").contains("state=online"));
        }
    }

    @Test
    @DisplayName("a real client that never reads is cut at its node's output buffer limit; others are served")
    void neverReadingClientIsCut() throws Exception {
        runner = new LabRunner(Lab.create(new ClusterSpec(1, 1, 42, 1024 * 1024, "resend", 6379)));
        gateway = new LabTcpGateway(runner);
        int port = gateway.listen("master", "127.0.0.1", 0);
        runner.play();
        try (Jedis admin = new Jedis("127.0.0.1", port)) {
            admin.configSet("client-output-buffer-limit", "normal 1mb 0 0");
            admin.set("big", "x".repeat(100_000));
            try (Socket neverReads = new Socket(InetAddress.getLoopbackAddress(), port)) {
                neverReads.setReceiveBufferSize(4096);
                byte[] get = RespWire.encode(RespWire.args("GET", "big"));
                try {
                    for (int i = 0; i < 2000; i++) {
                        neverReads.getOutputStream().write(get);
                    }
                } catch (IOException closedByTheLab) {
                    // the bridge closed the connection while GETs were still being sent
                }
                await("the node logs the cut", WAIT, () -> trace().stream().anyMatch(record -> record.text()
                        .endsWith("scheduled to be closed ASAP for overcoming of output buffer limits.")));
            }
            await("only the admin client is left", WAIT,
                    () -> "1".equals(Info.parse(admin.info("clients")).get("connected_clients")));
            assertEquals("PONG", admin.ping());
            assertEquals(100_000, admin.get("big").length());
        }
    }

    private List<TraceRecord> trace() {
        return runner.call(lab -> lab.trace().records()).join();
    }

    private static String lab(Jedis client, String... words) {
        return new String((byte[]) client.sendCommand(() -> "LAB".getBytes(), words));
    }
}
