package com.replicationlab.store.commands;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.replicationlab.store.commands.CommandRunner.WRONGTYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("Set commands")
class SetCommandsTest {
    private final CommandRunner redis = new CommandRunner();

    @Test
    @DisplayName("SADD counts new members and propagates only if there were any")
    void sadd() {
        assertEquals(":3", redis.run("sadd", "s", "a", "b", "c", "a"));
        assertEquals(List.of("sadd s a b c a"), redis.propagated());
        assertEquals(":0", redis.run("SADD", "s", "a"));
        assertEquals(List.of(), redis.propagated());
    }

    @Test
    @DisplayName("SREM counts removed members, propagates only if any, deletes an emptied set")
    void srem() {
        redis.run("SADD", "s", "a", "b");
        assertEquals(":0", redis.run("SREM", "s", "x"));
        assertEquals(":0", redis.run("SREM", "missing", "x"));
        assertEquals(List.of(), redis.propagated());
        assertEquals(":1", redis.run("srem", "s", "a", "x"));
        assertEquals(List.of("srem s a x"), redis.propagated());
        assertEquals(":1", redis.run("SREM", "s", "b"));
        assertNull(redis.stored("s"));
    }

    @Test
    @DisplayName("SMEMBERS, SCARD, SISMEMBER; a missing key is an empty set")
    void reads() {
        redis.run("SADD", "s", "b", "a");
        assertEquals("[\"b\", \"a\"]", redis.run("SMEMBERS", "s"));
        assertEquals("[]", redis.run("SMEMBERS", "missing"));
        assertEquals(":2", redis.run("SCARD", "s"));
        assertEquals(":0", redis.run("SCARD", "missing"));
        assertEquals(":1", redis.run("SISMEMBER", "s", "a"));
        assertEquals(":0", redis.run("SISMEMBER", "s", "z"));
        assertEquals(":0", redis.run("SISMEMBER", "missing", "a"));
    }

    @Test
    @DisplayName("WRONGTYPE on a string")
    void wrongType() {
        redis.run("SET", "k", "x");
        for (List<String> command : List.of(List.of("SADD", "k", "a"), List.of("SREM", "k", "a"),
                List.of("SMEMBERS", "k"), List.of("SCARD", "k"), List.of("SISMEMBER", "k", "a"))) {
            assertEquals(WRONGTYPE, redis.run(command.toArray(String[]::new)), command.toString());
        }
        assertEquals(List.of("SET k x"), redis.allPropagated());
    }
}
