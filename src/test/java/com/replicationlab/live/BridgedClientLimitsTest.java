package com.replicationlab.live;

import static com.replicationlab.testing.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.testing.Info;
import com.replicationlab.testing.RespWire;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@DisplayName("A real client of the window's lab that never reads is cut at its node's output buffer limit")
class BridgedClientLimitsTest {
    private static final Duration SOON = Duration.ofSeconds(20);
    private LabRunner runner;
    private LabTcpGateway gateway;

    @AfterEach
    void stop() {
        gateway.close();
        runner.close();
    }

    @Test
    @DisplayName("the node logs Redis's line, the client is gone, other clients are served")
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
                await("the node logs the cut", SOON, () -> trace().stream().anyMatch(record -> record.text()
                        .endsWith("scheduled to be closed ASAP for overcoming of output buffer limits.")));
            }
            await("only the admin client is left", SOON,
                    () -> "1".equals(Info.parse(admin.info("clients")).get("connected_clients")));
            assertEquals("PONG", admin.ping());
            assertEquals(100_000, admin.get("big").length());
        }
    }

    private List<TraceRecord> trace() {
        return runner.call(lab -> lab.trace().records()).join();
    }
}
