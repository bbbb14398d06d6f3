package com.replicationlab.store.commands;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.replicationlab.store.commands.CommandRunner.START_MS;
import static com.replicationlab.store.commands.CommandRunner.WRONGTYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("String commands")
class StringCommandsTest {
    private static final String NOT_INTEGER = "-ERR value is not an integer or out of range";

    private final CommandRunner redis = new CommandRunner();

    @Nested
    @DisplayName("GET")
    class Get {
        @Test
        @DisplayName("returns the value, nil for a missing key, WRONGTYPE for a list; never propagates")
        void readsStrings() {
            redis.run("SET", "k", "v");
            redis.run("RPUSH", "l", "x");
            assertEquals("\"v\"", redis.run("GET", "k"));
            assertEquals("nil", redis.run("GET", "missing"));
            assertEquals(WRONGTYPE, redis.run("GET", "l"));
            assertEquals(List.of(), redis.propagated());
        }

        @Test
        @DisplayName("on a master, a key whose time ran out is deleted and its DEL propagated")
        void expiredKeyIsDeleted() {
            redis.run("SET", "k", "v", "PX", "100");
            redis.context().advanceMs(100);
            assertEquals("nil", redis.run("GET", "k"));
            assertEquals(List.of("DEL k"), redis.propagated());
            assertNull(redis.stored("k"));
        }
    }

    @Nested
    @DisplayName("SET")
    class Set {
        @Test
        @DisplayName("plain: OK, clears an old TTL, propagated verbatim in the client's case")
        void plain() {
            redis.run("SET", "k", "old", "EX", "10");
            assertEquals("+OK", redis.run("set", "k", "v"));
            assertEquals(List.of("set k v"), redis.propagated());
            assertEquals("\"v\"", redis.run("GET", "k"));
            assertNull(redis.expiresAt("k"));
        }

        @Test
        @DisplayName("EX / PX / EXAT / PXAT: propagated as SET key value PXAT <absolute ms>")
        void expiryRewrittenToPxAt() {
            assertEquals("+OK", redis.run("set", "k", "v", "ex", "100"));
            assertEquals(List.of("SET k v PXAT " + (START_MS + 100_000)), redis.propagated());
            redis.run("SET", "k", "v", "PX", "1500");
            assertEquals(List.of("SET k v PXAT " + (START_MS + 1500)), redis.propagated());
            redis.run("SET", "k", "v", "EXAT", "1800000000");
            assertEquals(List.of("SET k v PXAT 1800000000000"), redis.propagated());
            redis.run("SET", "k", "v", "pxat", "1800000000123");
            assertEquals(List.of("SET k v PXAT 1800000000123"), redis.propagated());
            assertEquals(1_800_000_000_123L, redis.expiresAt("k"));
        }

        @Test
        @DisplayName("KEEPTTL keeps the expiry and is propagated verbatim")
        void keepTtl() {
            redis.run("SET", "k", "v", "PX", "5000");
            assertEquals("+OK", redis.run("SET", "k", "v2", "keepttl"));
            assertEquals(List.of("SET k v2 keepttl"), redis.propagated());
            assertEquals(START_MS + 5000, redis.expiresAt("k"));
        }

        @Test
        @DisplayName("GET replies with the old value and is left out of what is propagated")
        void getOption() {
            redis.run("SET", "k", "v1");
            assertEquals("\"v1\"", redis.run("SET", "k", "v2", "get", "XX", "GET"));
            assertEquals(List.of("SET k v2 XX"), redis.propagated());
            assertEquals("nil", redis.run("SET", "new", "v", "GET"));
            assertEquals(List.of("SET new v"), redis.propagated());
        }

        @Test
        @DisplayName("GET with an expiry: the whole command becomes SET key value PXAT")
        void getWithExpiry() {
            redis.run("SET", "k", "v1");
            assertEquals("\"v1\"", redis.run("SET", "k", "v2", "EX", "10", "GET"));
            assertEquals(List.of("SET k v2 PXAT " + (START_MS + 10_000)), redis.propagated());
        }

        @Test
        @DisplayName("GET on a key of another type is WRONGTYPE and sets nothing")
        void getOnWrongType() {
            redis.run("RPUSH", "l", "x");
            assertEquals(WRONGTYPE, redis.run("SET", "l", "v", "GET"));
            assertEquals(List.of(), redis.propagated());
            assertEquals("[\"x\"]", redis.run("LRANGE", "l", "0", "-1"));
        }

        @Test
        @DisplayName("NX on an existing key / XX on a missing key: nil, nothing set, nothing propagated")
        void conditionsNotMet() {
            redis.run("SET", "k", "v");
            assertEquals("nil", redis.run("SET", "k", "other", "NX"));
            assertEquals("nil", redis.run("SET", "missing", "v", "XX"));
            assertEquals(List.of(), redis.propagated());
            assertEquals("\"v\"", redis.run("GET", "k"));
            assertEquals("\"v\"", redis.run("SET", "k", "other", "NX", "GET"));
            assertEquals(List.of(), redis.propagated());
        }

        @Test
        @DisplayName("NX on a missing key sets it and propagates verbatim")
        void nxSets() {
            assertEquals("+OK", redis.run("SET", "k", "v", "nx"));
            assertEquals(List.of("SET k v nx"), redis.propagated());
        }

        @Test
        @DisplayName("syntax errors: NX with XX, two expiry kinds, KEEPTTL with EX, missing value, unknown word")
        void syntaxErrors() {
            for (List<String> args : List.of(
                    List.of("SET", "k", "v", "NX", "XX"),
                    List.of("SET", "k", "v", "EX", "10", "PX", "10"),
                    List.of("SET", "k", "v", "KEEPTTL", "EX", "10"),
                    List.of("SET", "k", "v", "EX", "10", "KEEPTTL"),
                    List.of("SET", "k", "v", "EX"),
                    List.of("SET", "k", "v", "PERSIST"),
                    List.of("SET", "k", "v", "foo"))) {
                assertEquals("-ERR syntax error", redis.run(args.toArray(String[]::new)), args.toString());
            }
            assertEquals(List.of(), redis.allPropagated());
        }

        @Test
        @DisplayName("a repeated expiry option is allowed: the last value wins")
        void repeatedExpiry() {
            assertEquals("+OK", redis.run("SET", "k", "v", "EX", "10", "ex", "20"));
            assertEquals(START_MS + 20_000, redis.expiresAt("k"));
        }

        @Test
        @DisplayName("invalid expire times: zero, negative, overflowing once made absolute")
        void invalidExpireTimes() {
            String invalid = "-ERR invalid expire time in 'set' command";
            assertEquals(invalid, redis.run("SET", "k", "v", "EX", "0"));
            assertEquals(invalid, redis.run("SET", "k", "v", "PX", "-1"));
            assertEquals(invalid, redis.run("SET", "k", "v", "EX", "9223372036854775"));
            assertEquals(invalid, redis.run("SET", "k", "v", "EX", "9223372036854776"));
            assertEquals(invalid, redis.run("SET", "k", "v", "PX", "9223372036854775807"));
            assertEquals(invalid, redis.run("SET", "k", "v", "EXAT", "9223372036854776"));
            assertEquals(NOT_INTEGER, redis.run("SET", "k", "v", "EX", "abc"));
            assertEquals(NOT_INTEGER, redis.run("SET", "k", "v", "EX", "010"));
            assertEquals("+OK", redis.run("SET", "k", "v", "EXAT", "9223372036854775"));
            assertEquals(List.of("SET k v PXAT 9223372036854775000"), redis.propagated());
            assertEquals("+OK", redis.run("SET", "k", "v", "PXAT", "9223372036854775807"));
        }

        @Test
        @DisplayName("an absolute time in the past still sets (and propagates) the key; it then reads as missing")
        void pastAbsoluteTime() {
            assertEquals("+OK", redis.run("SET", "k", "v", "PXAT", "1"));
            assertEquals(List.of("SET k v PXAT 1"), redis.propagated());
            assertEquals("nil", redis.run("GET", "k"));
            assertEquals(List.of("DEL k"), redis.propagated());
        }

        @Test
        @DisplayName("overwriting an expired key first propagates its DEL, then the SET")
        void overwritingExpiredKey() {
            redis.run("SET", "k", "v", "PX", "10");
            redis.context().advanceMs(10);
            redis.run("SET", "k", "v2");
            assertEquals(List.of("DEL k", "SET k v2"), redis.propagated());
        }
    }

    @Nested
    @DisplayName("SETNX, SETEX, PSETEX")
    class SetVariants {
        @Test
        @DisplayName("SETNX: 1 and propagated when missing; 0 and nothing propagated when present")
        void setNx() {
            assertEquals(":1", redis.run("SETNX", "k", "v"));
            assertEquals(List.of("SETNX k v"), redis.propagated());
            assertEquals(":0", redis.run("SETNX", "k", "w"));
            assertEquals(List.of(), redis.propagated());
            assertEquals("\"v\"", redis.run("GET", "k"));
        }

        @Test
        @DisplayName("SETEX / PSETEX: propagated as SET key value PXAT <absolute ms>")
        void timedSets() {
            assertEquals("+OK", redis.run("setex", "k", "100", "v"));
            assertEquals(List.of("SET k v PXAT " + (START_MS + 100_000)), redis.propagated());
            assertEquals("+OK", redis.run("psetex", "k", "1500", "v"));
            assertEquals(List.of("SET k v PXAT " + (START_MS + 1500)), redis.propagated());
            assertEquals(":1500", redis.run("PTTL", "k"));
        }

        @Test
        @DisplayName("SETEX / PSETEX errors name their own command")
        void timedSetErrors() {
            assertEquals("-ERR invalid expire time in 'setex' command", redis.run("SETEX", "k", "0", "v"));
            assertEquals("-ERR invalid expire time in 'setex' command", redis.run("SETEX", "k", "-5", "v"));
            assertEquals("-ERR invalid expire time in 'psetex' command", redis.run("PSETEX", "k", "0", "v"));
            assertEquals(NOT_INTEGER, redis.run("SETEX", "k", "abc", "v"));
            assertEquals("-ERR wrong number of arguments for 'setex' command", redis.run("SETEX", "k", "1"));
            assertEquals(List.of(), redis.allPropagated());
        }
    }

    @Nested
    @DisplayName("MGET, MSET, MSETNX")
    class Multi {
        @Test
        @DisplayName("MGET: nil for missing keys and for keys of another type")
        void mget() {
            redis.run("MSET", "a", "1", "b", "2");
            redis.run("RPUSH", "l", "x");
            assertEquals("[\"1\", nil, \"2\", nil]", redis.run("MGET", "a", "missing", "b", "l"));
        }

        @Test
        @DisplayName("MSET: OK, clears TTLs, propagated verbatim; an unpaired key is an arity error")
        void mset() {
            redis.run("SET", "a", "0", "EX", "10");
            assertEquals("+OK", redis.run("mset", "a", "1", "b", "2"));
            assertEquals(List.of("mset a 1 b 2"), redis.propagated());
            assertNull(redis.expiresAt("a"));
            assertEquals("-ERR wrong number of arguments for 'mset' command", redis.run("MSET", "a", "1", "b"));
            assertEquals(List.of(), redis.propagated());
        }

        @Test
        @DisplayName("MSETNX: 0 and nothing set if any key exists, else 1 and propagated")
        void msetnx() {
            redis.run("SET", "a", "1");
            assertEquals(":0", redis.run("MSETNX", "c", "3", "a", "9"));
            assertEquals(List.of(), redis.propagated());
            assertEquals("nil", redis.run("GET", "c"));
            assertEquals(":1", redis.run("MSETNX", "c", "3", "d", "4"));
            assertEquals(List.of("MSETNX c 3 d 4"), redis.propagated());
            assertEquals("-ERR wrong number of arguments for 'msetnx' command", redis.run("MSETNX", "x", "1", "y"));
        }
    }

    @Nested
    @DisplayName("INCR, DECR, INCRBY, DECRBY")
    class Increments {
        @Test
        @DisplayName("count from 0, reply the new value, keep the TTL, propagate verbatim")
        void counting() {
            assertEquals(":1", redis.run("incr", "n"));
            assertEquals(List.of("incr n"), redis.propagated());
            redis.run("PEXPIRE", "n", "5000");
            assertEquals(":11", redis.run("INCRBY", "n", "10"));
            assertEquals(":10", redis.run("DECR", "n"));
            assertEquals(":7", redis.run("DECRBY", "n", "3"));
            assertEquals(":-3", redis.run("DECRBY", "n", "10"));
            assertEquals(List.of("DECRBY n 10"), redis.propagated());
            assertEquals(START_MS + 5000, redis.expiresAt("n"));
            assertEquals("\"-3\"", redis.run("GET", "n"));
        }

        @Test
        @DisplayName("stored values must be canonical integers")
        void notIntegers() {
            for (String value : List.of("hello", " 1", "010", "3.0", "+1", "")) {
                redis.run("SET", "k", value);
                assertEquals(NOT_INTEGER, redis.run("INCR", "k"), value);
            }
            assertEquals(NOT_INTEGER, redis.run("INCRBY", "n", "1x"));
            assertEquals(List.of(), redis.propagated());
        }

        @Test
        @DisplayName("overflow is refused with Redis's two messages")
        void overflow() {
            redis.run("SET", "n", "9223372036854775807");
            assertEquals("-ERR increment or decrement would overflow", redis.run("INCR", "n"));
            redis.run("SET", "m", "-9223372036854775808");
            assertEquals("-ERR increment or decrement would overflow", redis.run("DECR", "m"));
            assertEquals("-ERR decrement would overflow", redis.run("DECRBY", "m", "-9223372036854775808"));
            assertEquals(":-1", redis.run("INCRBY", "m", "9223372036854775807"));
        }

        @Test
        @DisplayName("WRONGTYPE for a key of another type")
        void wrongType() {
            redis.run("SADD", "s", "x");
            assertEquals(WRONGTYPE, redis.run("INCR", "s"));
        }
    }

    @Nested
    @DisplayName("INCRBYFLOAT")
    class IncrByFloat {
        @Test
        @DisplayName("long double arithmetic and digits, propagated as SET key value KEEPTTL")
        void longDoubleDigits() {
            redis.run("SET", "f", "10.50", "PX", "5000");
            assertEquals("\"10.6\"", redis.run("incrbyfloat", "f", "0.1"));
            assertEquals(List.of("SET f 10.6 KEEPTTL"), redis.propagated());
            assertEquals("\"5010.60000000000000009\"", redis.run("INCRBYFLOAT", "f", "5.0e3"));
            assertEquals(START_MS + 5000, redis.expiresAt("f"));
            assertEquals("\"3\"", redis.run("INCRBYFLOAT", "new", "3"));
            assertEquals("\"16\"", redis.run("INCRBYFLOAT", "hex", "0x10"));
        }

        @Test
        @DisplayName("not a valid float: words, spaces, NaN, numbers beyond the long double range")
        void invalid() {
            redis.run("SET", "s", "hello");
            assertEquals("-ERR value is not a valid float", redis.run("INCRBYFLOAT", "s", "1"));
            for (String bad : List.of("abc", " 1", "1 ", "nan", "1e4933", "1e-5000", "")) {
                assertEquals("-ERR value is not a valid float", redis.run("INCRBYFLOAT", "k", bad), bad);
            }
            assertEquals(List.of("SET s hello"), redis.allPropagated());
        }

        @Test
        @DisplayName("infinity is a valid float but not a valid result")
        void infinity() {
            String error = "-ERR increment would produce NaN or Infinity";
            assertEquals(error, redis.run("INCRBYFLOAT", "k", "inf"));
            redis.run("INCRBYFLOAT", "big", "1.1e4932");
            assertEquals(error, redis.run("INCRBYFLOAT", "big", "1.1e4932"));
            assertEquals(List.of(), redis.propagated());
        }
    }

    @Nested
    @DisplayName("APPEND, STRLEN, GETRANGE, SETRANGE")
    class Ranges {
        @Test
        @DisplayName("APPEND creates or extends, keeps the TTL, and is propagated even when appending nothing")
        void append() {
            assertEquals(":5", redis.run("APPEND", "s", "hello"));
            redis.run("PEXPIRE", "s", "100");
            assertEquals(":11", redis.run("append", "s", " world"));
            assertEquals(List.of("append s  world"), redis.propagated());
            assertEquals(":11", redis.run("APPEND", "s", ""));
            assertEquals(List.of("APPEND s "), redis.propagated());
            assertEquals(START_MS + 100, redis.expiresAt("s"));
            assertEquals(":11", redis.run("STRLEN", "s"));
            assertEquals(":0", redis.run("STRLEN", "missing"));
        }

        @Test
        @DisplayName("GETRANGE clamps indexes like Redis; integers are checked before the key")
        void getRange() {
            redis.run("SET", "n", "Hello World");
            assertEquals("\"Hello World\"", redis.run("GETRANGE", "n", "0", "-1"));
            assertEquals("\"World\"", redis.run("GETRANGE", "n", "-5", "100"));
            assertEquals("\"\"", redis.run("GETRANGE", "n", "5", "1"));
            assertEquals("\"\"", redis.run("GETRANGE", "n", "-1", "-5"));
            assertEquals("\"H\"", redis.run("GETRANGE", "n", "-100", "0"));
            assertEquals("\"\"", redis.run("GETRANGE", "missing", "0", "1"));
            assertEquals(NOT_INTEGER, redis.run("GETRANGE", "missing", "a", "1"));
        }

        @Test
        @DisplayName("SETRANGE pads with zero bytes; writing nothing changes and propagates nothing")
        void setRange() {
            assertEquals(":4", redis.run("SETRANGE", "k", "2", "ab"));
            assertEquals(List.of("SETRANGE k 2 ab"), redis.propagated());
            assertEquals("\"\0\0ab\"", redis.run("GET", "k"));
            assertEquals(":4", redis.run("SETRANGE", "k", "1", "xyz"));
            assertEquals("\"\0xyz\"", redis.run("GET", "k"));
            assertEquals(":4", redis.run("SETRANGE", "k", "0", ""));
            assertEquals(":0", redis.run("SETRANGE", "missing", "0", ""));
            assertEquals(List.of(), redis.propagated());
            assertEquals("-ERR offset is out of range", redis.run("SETRANGE", "k", "-1", "x"));
            assertEquals("-ERR string exceeds maximum allowed size (proto-max-bulk-len)",
                    redis.run("SETRANGE", "k", "536870912", "x"));
        }
    }

    @Nested
    @DisplayName("GETDEL, GETSET, GETEX")
    class GetAndChange {
        @Test
        @DisplayName("GETDEL: the value, key deleted, propagated as DEL; nothing for a missing key")
        void getDel() {
            redis.run("SET", "k", "v");
            assertEquals("\"v\"", redis.run("getdel", "k"));
            assertEquals(List.of("DEL k"), redis.propagated());
            assertEquals("nil", redis.run("GETDEL", "k"));
            assertEquals(List.of(), redis.propagated());
        }

        @Test
        @DisplayName("GETSET: the old value, TTL cleared, propagated as SET key value")
        void getSet() {
            redis.run("SET", "k", "v", "EX", "10");
            assertEquals("\"v\"", redis.run("getset", "k", "w"));
            assertEquals(List.of("SET k w"), redis.propagated());
            assertNull(redis.expiresAt("k"));
            assertEquals("nil", redis.run("GETSET", "new", "x"));
            assertEquals(List.of("SET new x"), redis.propagated());
        }

        @Test
        @DisplayName("GETEX: a new expiry goes as PEXPIREAT, PERSIST as PERSIST, a plain read as nothing")
        void getEx() {
            redis.run("SET", "g", "v");
            assertEquals("\"v\"", redis.run("GETEX", "g"));
            assertEquals(List.of(), redis.propagated());
            assertEquals("\"v\"", redis.run("getex", "g", "ex", "100"));
            assertEquals(List.of("PEXPIREAT g " + (START_MS + 100_000)), redis.propagated());
            assertEquals("\"v\"", redis.run("GETEX", "g", "persist"));
            assertEquals(List.of("PERSIST g"), redis.propagated());
            assertEquals("\"v\"", redis.run("GETEX", "g", "PERSIST"));
            assertEquals(List.of(), redis.propagated());
            assertEquals("\"v\"", redis.run("GETEX", "g", "PXAT", "1"));
            assertEquals(List.of("DEL g"), redis.propagated());
            assertEquals(":0", redis.run("EXISTS", "g"));
        }

        @Test
        @DisplayName("GETEX: options are checked first, the time only for an existing key")
        void getExErrors() {
            redis.run("SET", "g", "v");
            assertEquals("-ERR syntax error", redis.run("GETEX", "g", "NX"));
            assertEquals("-ERR syntax error", redis.run("GETEX", "g", "KEEPTTL"));
            assertEquals("-ERR syntax error", redis.run("GETEX", "g", "PERSIST", "EX", "10"));
            assertEquals("nil", redis.run("GETEX", "missing", "EX", "abc"));
            assertEquals(NOT_INTEGER, redis.run("GETEX", "g", "EX", "abc"));
            assertEquals("-ERR invalid expire time in 'getex' command", redis.run("GETEX", "g", "EX", "0"));
        }
    }
}
