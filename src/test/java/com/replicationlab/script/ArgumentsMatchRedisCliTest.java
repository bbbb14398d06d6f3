package com.replicationlab.script;

import com.replicationlab.testing.RealRedis;
import com.replicationlab.testing.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Command arguments split exactly as redis-cli splits a line: each line goes through a real
 * redis-cli into RPUSH on a real redis-server, and the list it built is compared byte for byte.
 */
@DisplayName("Command arguments are split as redis-cli splits them")
class ArgumentsMatchRedisCliTest {
    private static RealRedis redis;

    @BeforeAll
    static void startRedis() throws IOException, InterruptedException {
        boolean cli = Tools.onPath("redis-cli");
        if (!cli && "true".equals(System.getenv("CI"))) {
            Assertions.fail("redis-cli must be installed in CI");
        }
        Assumptions.assumeTrue(cli, "redis-cli is not installed");
        redis = RealRedis.start();
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (redis != null) {
            redis.close();
        }
    }

    private static void redisCli(String line) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("redis-cli", "-p", Integer.toString(redis.port()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(("DEL k\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Assertions.assertTrue(process.waitFor(10, TimeUnit.SECONDS), "redis-cli did not finish");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b  c", "\"a b\" 'c d'", "\"\\x41\\x42\" \"\\n\\t\\\\\\\"\"", "'it\\'s' 'a\\b' \"é\"",
            "x\"y z\" \"\" ''", "\"\\xZZ\" \"\\x4\" \"\\q\"", "\"\\a\\b\\r\"", "a\\b \\x41", "\"\\xc3\\xa9\""})
    void sameArgumentsAsRedisCli(String args) throws Exception {
        redisCli("RPUSH k " + args);
        NodeCommand command = (NodeCommand) ScriptParser.parseAction("test", "master> RPUSH k " + args);
        try (Jedis jedis = redis.client()) {
            List<byte[]> pushed = jedis.lrange("k".getBytes(StandardCharsets.UTF_8), 0, -1);
            List<String> expected = pushed.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
            assertEquals(expected, command.args().subList(2, command.args().size()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a", "'a", "\"a\"b"})
    void refusesWhatRedisCliRefuses(String args) throws Exception {
        redisCli("RPUSH k " + args);
        try (Jedis jedis = redis.client()) {
            assertEquals(0, jedis.exists("k") ? 1 : 0);
        }
        assertThrows(ScriptException.class, () -> ScriptParser.parseAction("test", "master> RPUSH k " + args));
    }
}
