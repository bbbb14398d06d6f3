package com.replicationlab.store.commands;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.replicationlab.store.commands.CommandRunner.START_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("Key commands")
class KeyCommandsTest {
    private final CommandRunner redis = new CommandRunner();

    @Nested
    @DisplayName("DEL, UNLINK, EXISTS, TYPE")
    class Basics {
        @Test
        @DisplayName("DEL counts removed keys (a repeated key once) and propagates only when something went")
        void del() {
            redis.run("MSET", "a", "1", "b", "2");
            assertEquals(":1", redis.run("del", "a", "missing"));
            assertEquals(List.of("del a missing"), redis.propagated());
            assertEquals(":0", redis.run("DEL", "missing"));
            assertEquals(List.of(), redis.propagated());
            assertEquals(":1", redis.run("DEL", "b", "b"));
            assertEquals(List.of("DEL b b"), redis.propagated());
        }

        @Test
        @DisplayName("UNLINK behaves as DEL")
        void unlink() {
            redis.run("SET", "c", "3");
            assertEquals(":1", redis.run("UNLINK", "c"));
            assertEquals(List.of("UNLINK c"), redis.propagated());
            assertEquals(":0", redis.run("UNLINK", "c"));
            assertEquals(List.of(), redis.propagated());
        }

        @Test
        @DisplayName("DEL of an expired key: 0, and only the expiry's DEL is propagated")
        void delExpired() {
            redis.run("SET", "k", "v", "PX", "1");
            redis.context().advanceMs(1);
            assertEquals(":0", redis.run("del", "k"));
            assertEquals(List.of("DEL k"), redis.propagated());
        }

        @Test
        @DisplayName("EXISTS counts every argument that exists; TYPE names the type or none")
        void existsAndType() {
            redis.run("SET", "s", "v");
            redis.run("RPUSH", "l", "x");
            redis.run("HSET", "h", "f", "v");
            redis.run("SADD", "t", "m");
            assertEquals(":2", redis.run("EXISTS", "s", "s", "missing"));
            assertEquals("+string", redis.run("TYPE", "s"));
            assertEquals("+list", redis.run("TYPE", "l"));
            assertEquals("+hash", redis.run("TYPE", "h"));
            assertEquals("+set", redis.run("TYPE", "t"));
            assertEquals("+none", redis.run("TYPE", "missing"));
            assertEquals(List.of(), redis.propagated());
        }
    }

    @Nested
    @DisplayName("KEYS and DBSIZE")
    class Listing {
        @Test
        @DisplayName("KEYS lists matching keys in key order")
        void keys() {
            redis.run("MSET", "h", "1", "l", "2", "s", "3", "a", "4", "hello", "5");
            assertEquals("[\"a\", \"h\", \"hello\", \"l\", \"s\"]", redis.run("KEYS", "*"));
            assertEquals("[\"a\", \"h\", \"l\", \"s\"]", redis.run("KEYS", "?"));
            assertEquals("[\"a\", \"h\"]", redis.run("KEYS", "[a-h]"));
            assertEquals("[\"h\", \"hello\", \"l\", \"s\"]", redis.run("KEYS", "[^a]*"));
            assertEquals("[\"hello\"]", redis.run("KEYS", "h*o"));
        }

        @Test
        @DisplayName("KEYS hides expired keys without deleting them; DBSIZE still counts them")
        void expiredKeys() {
            redis.run("SET", "gone", "v", "PX", "10");
            redis.run("SET", "kept", "v");
            redis.context().advanceMs(10);
            assertEquals("[\"kept\"]", redis.run("KEYS", "*"));
            assertEquals(List.of(), redis.propagated());
            assertEquals(":2", redis.run("DBSIZE"));
            redis.run("EXISTS", "gone");
            assertEquals(":1", redis.run("DBSIZE"));
        }
    }

    @Nested
    @DisplayName("FLUSHDB and FLUSHALL")
    class Flush {
        @Test
        @DisplayName("empty the data and are always propagated verbatim, even with nothing to delete")
        void flush() {
            redis.run("SET", "a", "1");
            redis.context().selectDb(1);
            redis.run("SET", "b", "1");
            assertEquals("+OK", redis.run("flushdb"));
            assertEquals(List.of("flushdb"), redis.propagated());
            assertEquals("+OK", redis.run("FLUSHDB", "async"));
            assertEquals(List.of("FLUSHDB async"), redis.propagated());
            redis.context().selectDb(0);
            assertEquals(":1", redis.run("DBSIZE"));
            assertEquals("+OK", redis.run("FLUSHALL", "SYNC"));
            assertEquals(List.of("FLUSHALL SYNC"), redis.propagated());
            assertEquals(0, redis.context().keyspace().totalKeys());
        }

        @Test
        @DisplayName("anything but one ASYNC or SYNC is a syntax error")
        void syntax() {
            assertEquals("-ERR syntax error", redis.run("FLUSHDB", "foo"));
            assertEquals("-ERR syntax error", redis.run("FLUSHDB", "async", "sync"));
            assertEquals("-ERR syntax error", redis.run("FLUSHALL", "x"));
            assertEquals(List.of(), redis.allPropagated());
        }
    }

    @Nested
    @DisplayName("EXPIRE, PEXPIRE, EXPIREAT, PEXPIREAT")
    class Expire {
        @Test
        @DisplayName("are propagated as PEXPIREAT key <absolute ms>, keeping the options as sent")
        void rewrittenToPExpireAt() {
            redis.run("SET", "k", "v");
            assertEquals(":1", redis.run("expire", "k", "100", "nx"));
            assertEquals(List.of("PEXPIREAT k " + (START_MS + 100_000) + " nx"), redis.propagated());
            assertEquals(":1", redis.run("pexpire", "k", "1000"));
            assertEquals(List.of("PEXPIREAT k " + (START_MS + 1000)), redis.propagated());
            assertEquals(":1", redis.run("eXpireat", "k", "99999999999", "xx"));
            assertEquals(List.of("PEXPIREAT k 99999999999000 xx"), redis.propagated());
            assertEquals(99_999_999_999_000L, redis.expiresAt("k"));
        }

        @Test
        @DisplayName("PEXPIREAT is propagated exactly as sent, name case included")
        void pexpireatVerbatim() {
            redis.run("SET", "k", "v");
            assertEquals(":1", redis.run("pexpireat", "k", "99999999999999"));
            assertEquals(List.of("pexpireat k 99999999999999"), redis.propagated());
            assertEquals(":1", redis.run("PEXPIREAT", "k", "99999999999998", "LT"));
            assertEquals(List.of("PEXPIREAT k 99999999999998 LT"), redis.propagated());
        }

        @Test
        @DisplayName("NX / XX / GT / LT: a refused condition replies 0 and propagates nothing")
        void conditions() {
            redis.run("SET", "k", "v");
            assertEquals(":0", redis.run("EXPIRE", "k", "100", "XX"));
            assertEquals(":0", redis.run("EXPIRE", "k", "100", "GT"));
            assertEquals(":1", redis.run("EXPIRE", "k", "100", "LT"));
            assertEquals(":0", redis.run("EXPIRE", "k", "200", "NX"));
            assertEquals(":0", redis.run("EXPIRE", "k", "50", "gt"));
            assertEquals(":0", redis.run("EXPIRE", "k", "100", "GT"));
            assertEquals(":1", redis.run("EXPIRE", "k", "500", "GT"));
            assertEquals(":0", redis.run("EXPIRE", "k", "600", "LT"));
            assertEquals(":1", redis.run("EXPIRE", "k", "60", "LT", "XX"));
            assertEquals(List.of("PEXPIREAT k " + (START_MS + 60_000) + " LT XX"), redis.propagated());
            assertEquals(START_MS + 60_000, redis.expiresAt("k"));
        }

        @Test
        @DisplayName("option errors come before the time is parsed")
        void optionErrors() {
            redis.run("SET", "k", "v");
            String nxConflict = "-ERR NX and XX, GT or LT options at the same time are not compatible";
            assertEquals(nxConflict, redis.run("EXPIRE", "k", "100", "nx", "xx"));
            assertEquals(nxConflict, redis.run("EXPIRE", "k", "100", "nx", "gt"));
            assertEquals("-ERR GT and LT options at the same time are not compatible",
                    redis.run("EXPIRE", "k", "100", "gt", "lt"));
            assertEquals("-ERR Unsupported option foo", redis.run("EXPIRE", "k", "abc", "foo"));
            assertEquals("-ERR value is not an integer or out of range", redis.run("EXPIRE", "k", "abc"));
            assertEquals(List.of("SET k v"), redis.allPropagated());
        }

        @Test
        @DisplayName("overflowing times are invalid, even for a missing key")
        void overflow() {
            redis.run("SET", "k", "v");
            assertEquals("-ERR invalid expire time in 'expire' command", redis.run("EXPIRE", "k", "9223372036854776"));
            assertEquals("-ERR invalid expire time in 'expire' command", redis.run("EXPIRE", "k", "-9223372036854776"));
            assertEquals("-ERR invalid expire time in 'expire' command", redis.run("EXPIRE", "k", "9223372036854775"));
            assertEquals("-ERR invalid expire time in 'pexpire' command",
                    redis.run("PEXPIRE", "missing", "9223372036854775807"));
            assertEquals(":1", redis.run("EXPIREAT", "k", "9223372036854775"));
            assertEquals(List.of("PEXPIREAT k 9223372036854775000"), redis.propagated());
            assertEquals(":1", redis.run("PEXPIREAT", "k", "9223372036854775807"));
        }

        @Test
        @DisplayName("a time already past deletes the key on a master: 1, propagated as DEL key")
        void pastTimeDeletes() {
            for (List<String> command : List.of(
                    List.of("EXPIRE", "k", "0"), List.of("EXPIRE", "k", "-1"), List.of("PEXPIRE", "k", "-100", "NX"),
                    List.of("EXPIREAT", "k", "1"), List.of("PEXPIREAT", "k", String.valueOf(START_MS)))) {
                redis.run("SET", "k", "v");
                assertEquals(":1", redis.run(command.toArray(String[]::new)), command.toString());
                assertEquals(List.of("DEL k"), redis.propagated(), command.toString());
                assertEquals(":0", redis.run("EXISTS", "k"));
            }
        }

        @Test
        @DisplayName("on a replica a past time is stored, not acted on: the master's DEL will follow")
        void replicaKeepsKey() {
            redis.run("SET", "k", "v");
            redis.context().keyspace().setDeletesExpiredKeys(false);
            assertEquals(":1", redis.run("PEXPIREAT", "k", "1000"));
            assertEquals(List.of("PEXPIREAT k 1000"), redis.propagated());
            assertEquals(1000L, redis.expiresAt("k"));
        }

        @Test
        @DisplayName("a missing key replies 0 and propagates nothing, even with a past time")
        void missingKey() {
            assertEquals(":0", redis.run("EXPIRE", "missing", "100"));
            assertEquals(":0", redis.run("EXPIRE", "missing", "-1"));
            assertEquals(List.of(), redis.allPropagated());
        }
    }

    @Nested
    @DisplayName("TTL, PTTL, PERSIST")
    class TimeToLive {
        @Test
        @DisplayName("TTL rounds to the nearest second; -1 without expiry, -2 for a missing key")
        void ttl() {
            redis.run("SET", "k", "v", "PX", "2500");
            assertEquals(":2500", redis.run("PTTL", "k"));
            assertEquals(":3", redis.run("TTL", "k"));
            redis.context().advanceMs(1);
            assertEquals(":2", redis.run("TTL", "k"));
            redis.run("SET", "p", "v");
            assertEquals(":-1", redis.run("TTL", "p"));
            assertEquals(":-1", redis.run("PTTL", "p"));
            assertEquals(":-2", redis.run("TTL", "missing"));
            assertEquals(":-2", redis.run("PTTL", "missing"));
        }

        @Test
        @DisplayName("PERSIST: 1 and propagated when a TTL was removed, else 0 and nothing")
        void persist() {
            redis.run("SET", "k", "v", "EX", "10");
            assertEquals(":1", redis.run("persist", "k"));
            assertEquals(List.of("persist k"), redis.propagated());
            assertNull(redis.expiresAt("k"));
            assertEquals(":0", redis.run("PERSIST", "k"));
            assertEquals(":0", redis.run("PERSIST", "missing"));
            assertEquals(List.of(), redis.propagated());
        }
    }

    @Nested
    @DisplayName("RENAME and RENAMENX")
    class Rename {
        @Test
        @DisplayName("RENAME moves value and TTL, replacing the target; propagated verbatim")
        void rename() {
            redis.run("SET", "k", "v", "PX", "5000");
            redis.run("RPUSH", "target", "x");
            assertEquals("+OK", redis.run("rename", "k", "target"));
            assertEquals(List.of("rename k target"), redis.propagated());
            assertEquals("\"v\"", redis.run("GET", "target"));
            assertEquals(START_MS + 5000, redis.expiresAt("target"));
            assertEquals(":0", redis.run("EXISTS", "k"));
        }

        @Test
        @DisplayName("a missing source is an error; renaming to itself changes and propagates nothing")
        void edgeCases() {
            assertEquals("-ERR no such key", redis.run("RENAME", "missing", "x"));
            assertEquals("-ERR no such key", redis.run("RENAME", "missing", "missing"));
            redis.run("SET", "k", "v");
            assertEquals("+OK", redis.run("RENAME", "k", "k"));
            assertEquals(":0", redis.run("RENAMENX", "k", "k"));
            assertEquals(List.of("SET k v"), redis.allPropagated());
        }

        @Test
        @DisplayName("RENAMENX renames only to a new name")
        void renameNx() {
            redis.run("MSET", "a", "1", "b", "2");
            assertEquals(":0", redis.run("RENAMENX", "a", "b"));
            assertEquals(List.of(), redis.propagated());
            assertEquals(":1", redis.run("RENAMENX", "a", "c"));
            assertEquals(List.of("RENAMENX a c"), redis.propagated());
            assertEquals("[\"b\", \"c\"]", redis.run("KEYS", "*"));
        }
    }
}
