package com.replicationlab.store.commands;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.replicationlab.store.commands.CommandRunner.WRONGTYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("List commands")
class ListCommandsTest {
    private final CommandRunner redis = new CommandRunner();

    @Nested
    @DisplayName("LPUSH and RPUSH")
    class Push {
        @Test
        @DisplayName("push one by one (LPUSH reverses), reply the length, propagate verbatim")
        void push() {
            assertEquals(":3", redis.run("lpush", "l", "a", "b", "c"));
            assertEquals(List.of("lpush l a b c"), redis.propagated());
            assertEquals(":5", redis.run("RPUSH", "l", "d", "e"));
            assertEquals("[\"c\", \"b\", \"a\", \"d\", \"e\"]", redis.run("LRANGE", "l", "0", "-1"));
        }

        @Test
        @DisplayName("WRONGTYPE on a string, nothing propagated")
        void wrongType() {
            redis.run("SET", "s", "x");
            assertEquals(WRONGTYPE, redis.run("LPUSH", "s", "a"));
            assertEquals(List.of(), redis.propagated());
        }
    }

    @Nested
    @DisplayName("LPOP and RPOP")
    class Pop {
        @Test
        @DisplayName("without count: the element; nil for a missing key, not propagated")
        void single() {
            redis.run("RPUSH", "l", "a", "b", "c");
            assertEquals("\"a\"", redis.run("lpop", "l"));
            assertEquals(List.of("lpop l"), redis.propagated());
            assertEquals("\"c\"", redis.run("RPOP", "l"));
            assertEquals("nil", redis.run("LPOP", "missing"));
            assertEquals(List.of(), redis.propagated());
        }

        @Test
        @DisplayName("with count: elements in pop order, at most the length; propagated verbatim")
        void withCount() {
            redis.run("RPUSH", "l", "a", "b", "c", "d");
            assertEquals("[\"d\", \"c\"]", redis.run("RPOP", "l", "2"));
            assertEquals(List.of("RPOP l 2"), redis.propagated());
            assertEquals("[\"a\", \"b\"]", redis.run("LPOP", "l", "5"));
            assertEquals(List.of("LPOP l 5"), redis.propagated());
        }

        @Test
        @DisplayName("with count: nil array for a missing key, empty array for count 0; neither propagated")
        void countEdgeCases() {
            redis.run("RPUSH", "l", "a");
            assertEquals("[]", redis.run("LPOP", "l", "0"));
            assertEquals("nil-array", redis.run("LPOP", "missing", "2"));
            assertEquals("nil-array", redis.run("RPOP", "missing", "0"));
            assertEquals(List.of("RPUSH l a"), redis.allPropagated());
        }

        @Test
        @DisplayName("a list left empty is deleted")
        void emptyListDeleted() {
            redis.run("RPUSH", "l", "a", "b");
            redis.run("RPOP", "l", "5");
            assertNull(redis.stored("l"));
            assertEquals(":0", redis.run("EXISTS", "l"));
        }

        @Test
        @DisplayName("bad counts and extra arguments are errors")
        void errors() {
            redis.run("RPUSH", "l", "a");
            assertEquals("-ERR value is out of range, must be positive", redis.run("LPOP", "l", "-1"));
            assertEquals("-ERR value is out of range, must be positive", redis.run("LPOP", "missing", "abc"));
            assertEquals("-ERR wrong number of arguments for 'lpop' command", redis.run("LPOP", "l", "1", "2"));
            redis.run("SET", "s", "x");
            assertEquals(WRONGTYPE, redis.run("RPOP", "s", "0"));
        }
    }

    @Nested
    @DisplayName("LRANGE, LLEN, LINDEX")
    class Reads {
        @Test
        @DisplayName("LRANGE clamps indexes and returns an empty array when out of range or missing")
        void lrange() {
            redis.run("RPUSH", "l", "a", "b", "c");
            assertEquals("[\"a\", \"b\", \"c\"]", redis.run("LRANGE", "l", "-100", "100"));
            assertEquals("[\"b\"]", redis.run("LRANGE", "l", "1", "-2"));
            assertEquals("[]", redis.run("LRANGE", "l", "2", "1"));
            assertEquals("[]", redis.run("LRANGE", "l", "3", "10"));
            assertEquals("[]", redis.run("LRANGE", "missing", "0", "-1"));
            assertEquals("-ERR value is not an integer or out of range", redis.run("LRANGE", "l", "a", "1"));
        }

        @Test
        @DisplayName("LLEN and LINDEX, which looks the key up before parsing the index")
        void llenAndLindex() {
            redis.run("RPUSH", "l", "a", "b", "c");
            assertEquals(":3", redis.run("LLEN", "l"));
            assertEquals(":0", redis.run("LLEN", "missing"));
            assertEquals("\"a\"", redis.run("LINDEX", "l", "0"));
            assertEquals("\"c\"", redis.run("LINDEX", "l", "-1"));
            assertEquals("nil", redis.run("LINDEX", "l", "3"));
            assertEquals("nil", redis.run("LINDEX", "l", "-4"));
            assertEquals("nil", redis.run("LINDEX", "missing", "abc"));
            assertEquals("-ERR value is not an integer or out of range", redis.run("LINDEX", "l", "abc"));
            redis.run("SET", "s", "x");
            assertEquals(WRONGTYPE, redis.run("LLEN", "s"));
            assertEquals(WRONGTYPE, redis.run("LINDEX", "s", "0"));
            assertEquals(WRONGTYPE, redis.run("LRANGE", "s", "0", "1"));
        }
    }
}
