package com.replicationlab.store.commands;

import com.replicationlab.resp.RespValue;
import com.replicationlab.testing.RealRedis;
import com.replicationlab.testing.RedisConnection;
import com.replicationlab.testing.RespWire;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the same command sequences on a real redis-server 7.0.15 (with a raw-socket replica attached)
 * and on our commands, and compares the replies and the replication stream: command by command,
 * and in total bytes. Absolute times made from relative ones (EX 100 and the like) differ by the few
 * ms between the two runs, so those digits are compared by count only.
 */
@DisplayName("Replies and propagated stream match redis-server 7.0.15")
class PropagationMatchesRealRedisTest {
    private static final List<byte[]> MARKER = RespWire.args("SET", "__end_of_scenario__", "1");
    private static final long DAY_MS = 86_400_000L;

    private static RealRedis server;

    /**
     * Disk-based full sync, so the replica receives "$len" framing; active expiry off, so keys only
     * expire when touched, as in the engine under test.
     */
    @BeforeAll
    static void startServer() throws IOException, InterruptedException {
        server = RealRedis.start("--repl-diskless-sync", "no", "--enable-debug-command", "local");
        try (RedisConnection client = server.connect()) {
            client.call("DEBUG", "SET-ACTIVE-EXPIRE", "0");
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                scenario("SET and its options",
                        "SET k v", "set k v EX 100", "SET k v px 100000", "SET k v exat 99999999999",
                        "SET k v pxat 99999999999999", "SET k v keepttl", "SET k v2 get", "SET k v3 ex 100 get",
                        "SET k v4 nx", "SET k v4 nx get", "SET k2 v4 nx get", "SET k v5 xx keepttl get get",
                        "SET k v ex 10 ex 20", "SET k v ex 0", "SET k v px -1", "SET k v ex 9223372036854775",
                        "SET k v exat 9223372036854775", "SET k v nx xx", "SET k v keepttl ex 10", "SET k v ex",
                        "SET k v ex abc", "SET k v foo", "SET", "GET k", "GET missing"),
                scenario("other string writes",
                        "SETNX k x", "SETNX k y", "SETEX k 100 v", "PSETEX k 100000 v", "SETEX k 0 v",
                        "MSET a 1 b 2", "MSET a 1 b", "MSETNX a 1 c 3", "MSETNX c 3 d 4", "MGET a b c d k missing",
                        "GETSET a 9", "GETSET new x", "GETDEL b", "GETDEL b", "APPEND a xyz", "APPEND a \"\"",
                        "APPEND fresh abc", "STRLEN a", "SETRANGE a 1 Q", "SETRANGE a 0 \"\"",
                        "SETRANGE pad 3 ab", "GETRANGE pad 0 -1", "GETRANGE a -2 -1", "GETEX k",
                        "GETEX k persist", "GETEX k persist", "GETEX k ex 100", "GETEX k exat 99999999999",
                        "GETEX k pxat 1", "EXISTS k", "GETEX k nx", "RPUSH l x", "GET l", "GETSET l v",
                        "APPEND l x", "GETDEL l"),
                scenario("counters",
                        "INCR n", "DECR n", "INCRBY n 5", "DECRBY n 3", "INCRBY n abc",
                        "INCRBY n 9223372036854775807", "DECRBY n -9223372036854775808", "SET s 010", "INCR s",
                        "SET f 10.50", "INCRBYFLOAT f 0.1", "INCRBYFLOAT f 5.0e3", "INCRBYFLOAT f abc",
                        "INCRBYFLOAT g 0.000003814697265625", "INCRBYFLOAT h 0x10", "INCRBYFLOAT h inf",
                        "INCRBYFLOAT z 1e-4940", "INCRBYFLOAT s 1", "SET e 5 PX 100000", "INCR e",
                        "INCRBYFLOAT e 1.5"),
                scenario("expiry commands",
                        "SET k v", "EXPIRE k 100 nx", "EXPIRE k 200 nx", "EXPIRE k 300 xx", "EXPIRE k 50 gt",
                        "EXPIRE k 500 GT", "EXPIRE k 600 lt", "EXPIRE k 60 LT", "PEXPIRE k 100000 xx",
                        "pexpireat k 99999999999999 xx", "PEXPIREAT k 99999999999999", "eXpireat k 99999999999 xx",
                        "EXPIRE k 100 nx xx", "EXPIRE k 100 gt lt", "EXPIRE k 100 foo", "EXPIRE k abc",
                        "EXPIRE k 9223372036854776", "PEXPIRE k 9223372036854775807",
                        "EXPIREAT k 9223372036854775", "PERSIST k", "PERSIST k", "TTL k", "PTTL k",
                        "EXPIRE missing 100", "EXPIRE missing -1", "EXPIRE k -1", "EXISTS k", "SET k v",
                        "EXPIREAT k 1", "SET k v", "PEXPIREAT k 1000", "SET m v", "EXPIRE m 100 lt",
                        "EXPIRE m -100 gt", "EXPIRE m -100 nx", "TTL m", "PTTL missing"),
                scenario("keys whose time ran out, touched by later commands",
                        "SET a v PXAT 1", "SET a v2", "SET b v PXAT 1", "INCR b", "SET c v PXAT 1", "GET c",
                        "SET d v PXAT 1", "DEL d", "SET e v PXAT 1", "EXISTS e", "SET f v PXAT 1",
                        "SET f v3 pxat 1 get", "EXISTS f", "SET g v PXAT 1", "MSET g 1 h 2",
                        "SET i v PXAT 1", "LPUSH i x", "SET j v PXAT 1", "EXPIRE j 100", "SET k v PXAT 1",
                        "SETNX k 1", "SET m v PXAT 1", "MSETNX x 1 m 2"),
                scenario("keyspace commands",
                        "MSET a 1 b 2 c 3", "DEL a missing", "DEL missing", "DEL b b", "UNLINK c", "UNLINK c",
                        "SET a 1", "EXISTS a a missing", "TYPE a", "TYPE missing", "KEYS *", "KEYS [^a]",
                        "DBSIZE", "FLUSHDB", "FLUSHDB async", "FLUSHDB foo", "FLUSHALL SYNC", "FLUSHALL x",
                        "SET k v PX 100000", "RENAME k k2", "RENAME missing k3", "RENAME k2 k2", "RENAMENX k2 k2",
                        "SET k3 v", "RENAMENX k2 k3", "RENAME k2 k3", "RENAMENX k3 k4", "TYPE k4"),
                scenario("lists",
                        "LPUSH l a b c", "RPUSH l d e", "LRANGE l 0 -1", "LRANGE l -100 100", "LRANGE l 5 1",
                        "LLEN l", "LINDEX l 0", "LINDEX l -1", "LINDEX l 10", "LINDEX l abc", "LINDEX nol abc",
                        "LPOP l", "RPOP l", "LPOP l 2", "LPOP l 0", "RPOP l 0", "LPOP l -1", "LPOP l abc",
                        "LPOP l 1 2", "LPOP nol", "LPOP nol 2", "RPOP l 5", "EXISTS l", "RPUSH l a b c",
                        "RPOP l 2", "LLEN nol", "SET s x", "LPUSH s a", "LRANGE s 0 1"),
                scenario("hashes and sets",
                        "HSET h f1 v1 f2 v2", "HSET h f1 v1", "HSET h f1 x f3 y", "HSET h f1", "HSET h f1 v f2",
                        "HMSET h f4 v4", "HGET h f1", "HGET h nof", "HMGET h f1 nof f2", "HGETALL h", "HKEYS h",
                        "HVALS h", "HLEN h", "HEXISTS h f1", "HEXISTS h nof", "HDEL h nof", "HDEL h f1 nof f2",
                        "HDEL missing f", "HDEL h f3 f4", "EXISTS h", "HGETALL h", "SADD s a", "SADD s a",
                        "SADD s b", "SREM s x", "SREM s a x", "SMEMBERS s", "SCARD s", "SISMEMBER s b",
                        "SISMEMBER s a", "SREM s b", "EXISTS s", "SET str x", "HSET str a b", "SADD str a",
                        "SMEMBERS str"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void sameRepliesAndStream(String name, List<List<byte[]>> commands) throws IOException {
        List<String> realReplies = new ArrayList<>();
        List<List<byte[]>> realStream;
        long startMs;
        try (RedisConnection client = server.connect()) {
            client.call("FLUSHALL");
            try (FakeReplica replica = FakeReplica.attach(server)) {
                startMs = serverTimeMs(client);
                for (List<byte[]> command : commands) {
                    realReplies.add(line(command, client.call(command)));
                }
                client.call(MARKER);
                realStream = replica.readUntil(MARKER);
            }
        }

        CommandRunner ours = new CommandRunner();
        ours.context().setNowMs(startMs);
        List<String> ourReplies = new ArrayList<>();
        List<List<byte[]>> ourStream = new ArrayList<>();
        ourStream.add(RespWire.args("SELECT", "0"));
        for (List<byte[]> command : commands) {
            int before = ours.context().propagated().size();
            ourReplies.add(line(command, ours.execute(command)));
            ourStream.addAll(asStreamed(ours.context().propagated().subList(before, ours.context().propagated().size())));
        }

        assertEquals(realReplies, ourReplies);
        assertEquals(normalized(realStream, startMs), normalized(ourStream, startMs));
        assertEquals(streamBytes(realStream), streamBytes(ourStream));
    }

    /** The real server's clock (TIME replies seconds and microseconds). */
    private static long serverTimeMs(RedisConnection client) throws IOException {
        List<RespValue> time = ((RespValue.RespArray) client.call("TIME")).items();
        long seconds = Long.parseLong(((RespValue.BulkString) time.get(0)).asString());
        long micros = Long.parseLong(((RespValue.BulkString) time.get(1)).asString());
        return seconds * 1000 + micros / 1000;
    }

    /** A command's propagation as it goes on the wire: wrapped in MULTI/EXEC when it is several commands. */
    private static List<List<byte[]>> asStreamed(List<List<byte[]>> propagated) {
        if (propagated.size() <= 1) {
            return propagated;
        }
        List<List<byte[]>> wrapped = new ArrayList<>();
        wrapped.add(RespWire.args("MULTI"));
        wrapped.addAll(propagated);
        wrapped.add(RespWire.args("EXEC"));
        return wrapped;
    }

    /** Each command as text, with timestamps near the run's start replaced by '#' of the same length. */
    private static List<String> normalized(List<List<byte[]>> stream, long startMs) {
        return stream.stream()
                .map(command -> command.stream()
                        .map(arg -> new String(arg, StandardCharsets.UTF_8))
                        .map(arg -> isNear(arg, startMs) ? "#".repeat(arg.length()) : arg)
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    private static boolean isNear(String arg, long startMs) {
        try {
            return Math.abs(Long.parseLong(arg) - startMs) < DAY_MS;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static int streamBytes(List<List<byte[]>> stream) {
        return stream.stream().mapToInt(command -> RespWire.encode(command).length).sum();
    }

    private static String line(List<byte[]> command, RespValue reply) {
        return CommandRunner.showCommand(command) + " => " + CommandRunner.show(reply);
    }

    /** Commands are written as space-separated words; the word "" is an empty argument. */
    private static Arguments scenario(String name, String... lines) {
        List<List<byte[]>> commands = Arrays.stream(lines)
                .map(text -> Arrays.stream(text.split(" "))
                        .map(word -> word.equals("\"\"") ? new byte[0] : word.getBytes(StandardCharsets.UTF_8))
                        .toList())
                .toList();
        return Arguments.of(name, commands);
    }
}
