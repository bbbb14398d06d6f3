package com.replicationlab.net;

import static com.replicationlab.testing.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.server.config.NodeConfig;
import com.replicationlab.testing.Info;
import com.replicationlab.testing.RealRedis;
import com.replicationlab.testing.RedisConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@DisplayName("Safety: loopback by default, protected mode, requirepass/AUTH and masterauth as Redis 7.0")
class SafetyTest {
    private static final Duration SYNC = Duration.ofSeconds(15);
    private static final String AUTH_SESSION = "PING\r\nAUTH wrong\r\nAUTH default wrong\r\nAUTH nobody pw\r\n"
            + "AUTH a b c\r\nAUTH\r\nGET k\r\nAUTH pw\r\nPING\r\nAUTH default pw\r\nSET k v\r\nGET k\r\n";
    private static final int AUTH_REPLIES = 12;

    private TcpHost host;

    @BeforeEach
    void start() {
        host = new TcpHost();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private RedisNode node(String bind, String... settings) throws Exception {
        NodeConfig config = new NodeConfig();
        for (int i = 0; i < settings.length; i += 2) {
            config.set(settings[i], settings[i + 1]);
        }
        return host.startNode("lab", config, bind, 0);
    }

    /** An address of this machine that is not the loopback, for a client that counts as remote. */
    private static InetAddress nonLoopbackAddress() throws SocketException {
        Optional<InetAddress> address = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
        return address.get();
    }

    /** What a client connecting from {@code from} receives until the server closes (or 2 s of silence). */
    private static String receivedFrom(InetAddress from, int port, String send) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(from, port), 5000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(send.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            StringBuilder text = new StringBuilder();
            try {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    text.append((char) b);
                }
            } catch (IOException silentOrReset) {
                // the answer so far is what the test compares
            }
            return text.toString();
        }
    }

    @Test
    @DisplayName("a node binds 127.0.0.1 unless told otherwise: unreachable on the machine's other addresses")
    void loopbackByDefault() throws Exception {
        InetAddress remote = nonLoopbackAddress();
        String bind = new NodeConfig().get(ConfigNames.BIND);
        assertEquals("127.0.0.1", bind);
        RedisNode node = node(bind);
        assertThrows(ConnectException.class, () -> new Socket(remote, node.listeningPort()).close());
        assertEquals("+PONG\r\n", receivedFrom(InetAddress.getLoopbackAddress(), node.listeningPort(), "PING\r\n")
                .substring(0, 7));
    }

    @Test
    @DisplayName("protected mode: bound to all addresses with no password, a remote client gets Redis's DENIED bytes")
    void protectedMode() throws Exception {
        InetAddress remote = nonLoopbackAddress();
        String realAnswer;
        try (RealRedis real = RealRedis.start("--bind", "0.0.0.0")) {
            realAnswer = receivedFrom(remote, real.port(), "");
        }
        RedisNode node = node("0.0.0.0");
        String ours = receivedFrom(remote, node.listeningPort(), "");
        assertEquals(realAnswer, ours);
        assertEquals("-DENIED Redis is running in protected mode", ours.substring(0, 42));
        try (Jedis local = new Jedis("127.0.0.1", node.listeningPort())) {
            assertEquals("PONG", local.ping());
            assertEquals("1", Info.parse(local.info("stats")).get("rejected_connections"));
            local.configSet("protected-mode", "no");
        }
        assertEquals("+PONG\r\n", receivedFrom(remote, node.listeningPort(), "PING\r\nQUIT\r\n").substring(0, 7));
    }

    @Test
    @DisplayName("with a password, a remote client is not denied but must AUTH (NOAUTH first)")
    void passwordLiftsProtectedMode() throws Exception {
        InetAddress remote = nonLoopbackAddress();
        RedisNode node = node("0.0.0.0", "requirepass", "pw");
        assertEquals("-NOAUTH Authentication required.\r\n+OK\r\n+PONG\r\n+OK\r\n",
                receivedFrom(remote, node.listeningPort(), "PING\r\nAUTH pw\r\nPING\r\nQUIT\r\n"));
    }

    @Test
    @DisplayName("AUTH in both forms, NOAUTH and WRONGPASS: the same bytes as a real redis-server")
    void authLikeRedis() throws Exception {
        String real;
        try (RealRedis redis = RealRedis.start("--requirepass", "pw")) {
            real = replies(redis.port());
        }
        RedisNode node = node("127.0.0.1", "requirepass", "pw");
        assertEquals(real, replies(node.listeningPort()));
    }

    private static String replies(int port) throws IOException {
        try (RedisConnection connection = RedisConnection.open(port)) {
            connection.write(AUTH_SESSION.getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder wire = new StringBuilder();
            for (int i = 0; i < AUTH_REPLIES; i++) {
                wire.append(connection.wire().readLine()).append('\n');
            }
            return wire.toString();
        }
    }

    @Test
    @DisplayName("masterauth: a lab replica follows a password-protected real redis-server and stays in step")
    void masterauth() throws Exception {
        try (RealRedis master = RealRedis.start("--requirepass", "secret"); Jedis onMaster = master.client()) {
            onMaster.auth("secret");
            onMaster.set("before", "sync");
            RedisNode replica = node("127.0.0.1", "masterauth", "secret");
            host.call(() -> {
                replica.replicaOfAtStartup("127.0.0.1", master.port());
                return null;
            });
            try (Jedis onReplica = new Jedis("127.0.0.1", replica.listeningPort())) {
                await("the replica is in sync", SYNC, () -> "up".equals(
                        Info.parse(onReplica.info("replication")).get("master_link_status")));
                onMaster.set("after", "stream");
                await("the stream arrives", SYNC, () -> "stream".equals(onReplica.get("after")));
                assertEquals("sync", onReplica.get("before"));
                await("offsets meet", SYNC, () -> Info.parse(onMaster.info("replication")).get("master_repl_offset").equals(
                        Info.parse(onReplica.info("replication")).get("slave_repl_offset")));
            }
        }
    }

    @Test
    @DisplayName("a lab replica with the wrong masterauth does not sync, and says why in its log")
    void wrongMasterauth() throws Exception {
        try (RealRedis master = RealRedis.start("--requirepass", "secret")) {
            RedisNode replica = node("127.0.0.1", "masterauth", "wrong");
            List<String> log = new CopyOnWriteArrayList<>();
            replica.log().addListener((level, message) -> log.add(message));
            host.call(() -> {
                replica.replicaOfAtStartup("127.0.0.1", master.port());
                return null;
            });
            await("the replica reports the refused AUTH", SYNC, () -> log.stream()
                    .anyMatch(line -> line.contains("Unable to AUTH to MASTER")));
            try (Jedis onReplica = new Jedis("127.0.0.1", replica.listeningPort())) {
                assertEquals("down", Info.parse(onReplica.info("replication")).get("master_link_status"));
            }
        }
    }
}
