package com.replicationlab.interop;

import com.replicationlab.net.TcpHost;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.NodeConfig;
import com.replicationlab.testing.RealRedis;
import com.replicationlab.testing.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The real redis-cli against a lab node")
class RedisCliInteropTest {
    private TcpHost host;
    private RedisNode master;

    @BeforeEach
    void setUp() throws Exception {
        RealRedis.assumeInstalled("redis-cli", "redis-check-rdb");
        host = new TcpHost();
        master = host.startNode("master", new NodeConfig(), "127.0.0.1", 0);
        try (Jedis jedis = new Jedis("127.0.0.1", master.listeningPort())) {
            jedis.set("greeting", "hello");
            jedis.set("number", "12345");
            jedis.set("long", "a".repeat(100));
            jedis.rpush("list", "1", "2", "3");
            jedis.hset("hash", "field", "value");
            jedis.sadd("set", "x", "y");
            jedis.pexpire("greeting", 100_000);
        }
    }

    @AfterEach
    void tearDown() {
        // null when the test was skipped before the host was made
        if (host != null) {
            host.close();
        }
    }

    private String cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-p", Integer.toString(master.listeningPort())));
        command.addAll(List.of(args));
        return Tools.run(command).output();
    }

    @Test
    @DisplayName("commands typed into redis-cli get the replies redis-cli expects")
    void plainCommands() throws Exception {
        assertEquals("PONG\n", cli("PING"));
        assertEquals("hello\n", cli("GET", "greeting"));
        // Without a terminal redis-cli prints an error bare, followed by an empty line.
        assertEquals("ERR unknown command 'FOO', with args beginning with: 'bar' \n\n", cli("FOO", "bar"));
        assertTrue(cli("INFO", "replication").contains("role:master"));
        assertEquals("1\n2\n3\n", cli("LRANGE", "list", "0", "-1"));
    }

    @Test
    @DisplayName("redis-cli --rdb gets a snapshot that redis-check-rdb accepts")
    void rdbSnapshot(@TempDir Path dir) throws Exception {
        Path rdb = dir.resolve("dump.rdb");
        String output = cli("--rdb", rdb.toString());
        assertTrue(output.contains("Transfer finished with success"), output);
        assertTrue(Files.size(rdb) > 0);
        Tools.Run check = Tools.run("redis-check-rdb", rdb.toString());
        String report = check.output();
        assertEquals(0, check.exitCode(), report);
        assertTrue(report.contains("RDB looks OK!"), report);
        assertTrue(report.contains("6 keys read"), report);
        assertTrue(report.contains("1 expires"), report);
    }
}
