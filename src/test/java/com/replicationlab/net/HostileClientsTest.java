package com.replicationlab.net;

import static com.replicationlab.testing.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replicationlab.resp.RespValue;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.NodeConfig;
import com.replicationlab.testing.RedisConnection;
import com.replicationlab.testing.RespWire;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A lab node on TCP stays up and keeps answering others whatever one client does")
class HostileClientsTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final RespValue PONG = new RespValue.SimpleString("PONG");

    private TcpHost host;
    private RedisNode node;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        host = new TcpHost();
        node = host.startNode("lab", new NodeConfig(), "127.0.0.1", 0);
        node.log().addListener((level, message) -> {
            if (level.equals("warn")) {
                warnings.add(message);
            }
        });
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private RedisConnection connect() throws IOException {
        return RedisConnection.open(node.listeningPort());
    }

    private void assertOthersAreServed() throws IOException {
        try (RedisConnection other = connect()) {
            assertEquals(PONG, other.call("PING"));
        }
    }

    private void config(String... args) throws Exception {
        try (RedisConnection admin = connect()) {
            List<String> command = new ArrayList<>(List.of("CONFIG", "SET"));
            command.addAll(List.of(args));
            assertEquals(RespValue.OK, admin.call(command.toArray(String[]::new)));
        }
    }

    @Test
    @DisplayName("200 connections of random garbage: each gets an error or nothing; the node answers others")
    void garbage() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[1 + random.nextInt(4096)];
            random.nextBytes(garbage);
            try (RedisConnection client = connect()) {
                client.write(garbage);
            } catch (IOException closedByTheNode) {
                // the node may close a connection on a protocol error while the garbage is still arriving
            }
        }
        assertOthersAreServed();
    }

    @Test
    @DisplayName("100 half-written requests left hanging block nobody, and are answered once finished")
    void slowClients() throws Exception {
        List<RedisConnection> slow = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RedisConnection client = connect();
            client.write(bytes("*2\r\n$4\r\nECHO\r\n$5\r\nhel"));
            slow.add(client);
        }
        assertOthersAreServed();
        for (RedisConnection client : slow) {
            client.write(bytes("lo\r\n"));
            assertArrayEquals(bytes("hello"), ((RespValue.BulkString) client.wire().read()).bytes());
            client.close();
        }
    }

    @Test
    @DisplayName("10,000 pipelined commands in one write get 10,000 replies, in order")
    void pipelined() throws Exception {
        int commands = 10_000;
        StringBuilder pipeline = new StringBuilder();
        for (int i = 0; i < commands; i++) {
            pipeline.append("*2\r\n$4\r\nINCR\r\n$1\r\nn\r\n");
        }
        try (RedisConnection client = connect()) {
            client.write(bytes(pipeline.toString()));
            for (int i = 1; i <= commands; i++) {
                assertEquals(RespValue.integer(i), client.wire().read());
            }
        }
    }

    @Test
    @DisplayName("1,000 concurrent connections are each answered")
    void thousandConnections() throws Exception {
        List<RedisConnection> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                RedisConnection client = connect();
                client.write(bytes("PING\r\n"));
                clients.add(client);
            }
            for (RedisConnection client : clients) {
                assertEquals(PONG, client.wire().read());
            }
            try (RedisConnection other = connect()) {
                String info = ((RespValue.BulkString) other.call("INFO", "clients")).asString();
                assertTrue(info.contains("connected_clients:1001\r\n"), info);
            }
        } finally {
            for (RedisConnection client : clients) {
                client.close();
            }
        }
    }

    @Test
    @DisplayName("maxclients: one client too many gets Redis's error and is closed; INFO counts it")
    void maxclients() throws Exception {
        try (RedisConnection first = connect(); RedisConnection second = connect(); RedisConnection third = connect()) {
            assertEquals(RespValue.OK, first.call("CONFIG", "SET", "maxclients", "3"));
            try (RedisConnection refused = connect()) {
                assertEquals("-ERR max number of clients reached\r\n",
                        new String(refused.wire().readUntilClosed(), StandardCharsets.ISO_8859_1));
            }
            assertEquals(PONG, third.call("PING"));
            String stats = ((RespValue.BulkString) second.call("INFO", "stats")).asString();
            assertTrue(stats.contains("rejected_connections:1\r\n"), stats);
        }
    }

    @Test
    @DisplayName("a client that never reads is closed at the normal class's hard limit, with Redis's log line")
    void hardOutputBufferLimit() throws Exception {
        config("client-output-buffer-limit", "normal 1mb 0 0");
        try (RedisConnection setter = connect()) {
            setter.call("SET", "big", "x".repeat(100_000));
        }
        try (Socket neverReads = new Socket(InetAddress.getLoopbackAddress(), node.listeningPort())) {
            neverReads.setReceiveBufferSize(4096);
            floodWithGets(neverReads, 2000);
            await("the flooding client is closed", SOON, () -> warnings.stream().anyMatch(line ->
                    line.endsWith(" scheduled to be closed ASAP for overcoming of output buffer limits.")
                            && line.startsWith("Client id=") && line.contains(" cmd=get ")));
        }
        assertOthersAreServed();
    }

    @Test
    @DisplayName("over the soft limit for longer than its seconds, a client that never reads is closed")
    void softOutputBufferLimit() throws Exception {
        config("client-output-buffer-limit", "normal 0 256kb 1");
        try (RedisConnection setter = connect()) {
            setter.call("SET", "big", "x".repeat(50_000));
        }
        try (Socket neverReads = new Socket(InetAddress.getLoopbackAddress(), node.listeningPort())) {
            neverReads.setReceiveBufferSize(4096);
            long deadline = System.nanoTime() + SOON.toNanos();
            while (warnings.isEmpty() && System.nanoTime() < deadline && floodWithGets(neverReads, 20)) {
                Thread.sleep(100);
            }
            assertTrue(warnings.stream().anyMatch(line -> line.contains("overcoming of output buffer limits")),
                    warnings.toString());
        }
        assertOthersAreServed();
    }

    @Test
    @DisplayName("client-output-buffer-limit reads units, keeps the classes not named, and refuses as Redis does")
    void outputBufferLimitConfig() throws Exception {
        try (RedisConnection admin = connect()) {
            assertEquals(RespValue.OK, admin.call("CONFIG", "SET", "client-output-buffer-limit", "normal 1mb 512kb 10"));
            assertEquals(RespValue.OK, admin.call("CONFIG", "SET", "client-output-buffer-limit", "replica 1mb 512kb 10"));
            assertEquals(RespValue.array(List.of(RespValue.bulk("client-output-buffer-limit"), RespValue.bulk(
                            "normal 1048576 524288 10 slave 1048576 524288 10 pubsub 33554432 8388608 60"))),
                    admin.call("CONFIG", "GET", "client-output-buffer-limit"));
            String failed = "ERR CONFIG SET failed (possibly related to argument 'client-output-buffer-limit') - ";
            assertEquals(RespValue.error(failed + "Wrong number of arguments in buffer limit configuration."),
                    admin.call("CONFIG", "SET", "client-output-buffer-limit", "normal 1 2"));
            assertEquals(RespValue.error(failed + "Invalid client class specified in buffer limit configuration."),
                    admin.call("CONFIG", "SET", "client-output-buffer-limit", "master 1 2 3"));
            assertEquals(RespValue.error(failed + "Error in hard, soft or soft_seconds setting in buffer limit configuration."),
                    admin.call("CONFIG", "SET", "client-output-buffer-limit", "normal -1 2 3"));
            assertEquals(RespValue.error(failed + "Error in hard, soft or soft_seconds setting in buffer limit configuration."),
                    admin.call("CONFIG", "SET", "client-output-buffer-limit", "normal x 2 3"));
        }
    }

    /** Sends {@code count} GETs of the big key without reading; false once the node has closed the socket. */
    private static boolean floodWithGets(Socket socket, int count) {
        try {
            byte[] get = RespWire.encode(RespWire.args("GET", "big"));
            for (int i = 0; i < count; i++) {
                socket.getOutputStream().write(get);
            }
            socket.getOutputStream().flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
