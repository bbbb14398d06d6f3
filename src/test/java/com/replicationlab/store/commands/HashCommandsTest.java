package com.replicationlab.store.commands;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.replicationlab.store.commands.CommandRunner.WRONGTYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("Hash commands")
class HashCommandsTest {
    private final CommandRunner redis = new CommandRunner();

    @Nested
    @DisplayName("HSET and HMSET")
    class Set {
        @Test
        @DisplayName("HSET replies how many fields were new and is propagated even when none was")
        void hset() {
            assertEquals(":2", redis.run("hset", "h", "f1", "v1", "f2", "v2"));
            assertEquals(List.of("hset h f1 v1 f2 v2"), redis.propagated());
            assertEquals(":0", redis.run("HSET", "h", "f1", "v1"));
            assertEquals(List.of("HSET h f1 v1"), redis.propagated());
            assertEquals(":1", redis.run("HSET", "h", "f1", "x", "f3", "y"));
            assertEquals("[\"f1\", \"x\", \"f2\", \"v2\", \"f3\", \"y\"]", redis.run("HGETALL", "h"));
        }

        @Test
        @DisplayName("HMSET replies OK; an unpaired field is a wrong-arity error for either")
        void hmset() {
            assertEquals("+OK", redis.run("HMSET", "h", "f", "v"));
            assertEquals(List.of("HMSET h f v"), redis.propagated());
            assertEquals("-ERR wrong number of arguments for 'hmset' command", redis.run("HMSET", "h", "f", "v", "g"));
            assertEquals("-ERR wrong number of arguments for 'hset' command", redis.run("HSET", "h", "f"));
            assertEquals(List.of(), redis.propagated());
        }
    }

    @Nested
    @DisplayName("reads")
    class Reads {
        @Test
        @DisplayName("HGET, HMGET, HKEYS, HVALS, HLEN, HEXISTS, in insertion order")
        void reads() {
            redis.run("HSET", "h", "a", "1", "b", "2");
            assertEquals("\"1\"", redis.run("HGET", "h", "a"));
            assertEquals("nil", redis.run("HGET", "h", "z"));
            assertEquals("nil", redis.run("HGET", "missing", "a"));
            assertEquals("[\"2\", nil, \"1\"]", redis.run("HMGET", "h", "b", "z", "a"));
            assertEquals("[nil, nil]", redis.run("HMGET", "missing", "a", "b"));
            assertEquals("[\"a\", \"b\"]", redis.run("HKEYS", "h"));
            assertEquals("[\"1\", \"2\"]", redis.run("HVALS", "h"));
            assertEquals(":2", redis.run("HLEN", "h"));
            assertEquals(":0", redis.run("HLEN", "missing"));
            assertEquals(":1", redis.run("HEXISTS", "h", "a"));
            assertEquals(":0", redis.run("HEXISTS", "h", "z"));
            assertEquals("[]", redis.run("HGETALL", "missing"));
            assertEquals(List.of("HSET h a 1 b 2"), redis.allPropagated());
        }

        @Test
        @DisplayName("WRONGTYPE on a string")
        void wrongType() {
            redis.run("SET", "s", "x");
            for (List<String> command : List.of(List.of("HSET", "s", "a", "b"), List.of("HGET", "s", "a"),
                    List.of("HGETALL", "s"), List.of("HMGET", "s", "a"), List.of("HDEL", "s", "a"),
                    List.of("HLEN", "s"), List.of("HEXISTS", "s", "a"), List.of("HKEYS", "s"), List.of("HVALS", "s"))) {
                assertEquals(WRONGTYPE, redis.run(command.toArray(String[]::new)), command.toString());
            }
        }
    }

    @Nested
    @DisplayName("HDEL")
    class Del {
        @Test
        @DisplayName("counts removed fields, propagates only if any, deletes an emptied hash")
        void hdel() {
            redis.run("HSET", "h", "f1", "v", "f2", "v", "f3", "v");
            assertEquals(":0", redis.run("HDEL", "h", "nof"));
            assertEquals(":0", redis.run("HDEL", "missing", "f"));
            assertEquals(List.of(), redis.propagated());
            assertEquals(":2", redis.run("hdel", "h", "f1", "nof", "f2"));
            assertEquals(List.of("hdel h f1 nof f2"), redis.propagated());
            assertEquals(":1", redis.run("HDEL", "h", "f3"));
            assertNull(redis.stored("h"));
        }
    }
}
