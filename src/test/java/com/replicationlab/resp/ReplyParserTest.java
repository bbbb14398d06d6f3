package com.replicationlab.resp;

import static com.replicationlab.resp.RespValue.array;
import static com.replicationlab.resp.RespValue.bulk;
import static com.replicationlab.resp.RespValue.error;
import static com.replicationlab.resp.RespValue.integer;
import static com.replicationlab.resp.Wire.buffer;
import static com.replicationlab.resp.Wire.bytes;
import static com.replicationlab.resp.Wire.feedOneByteAtATime;
import static com.replicationlab.resp.Wire.feedSplitEverywhere;
import static com.replicationlab.resp.Wire.feedWhole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.replicationlab.resp.RespValue.SimpleString;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ReplyParser")
class ReplyParserTest {

    private static final ProtocolLimits SMALL = new ProtocolLimits.Fixed(10, 3, 16);

    static Function<ByteBuf, RespValue> parser(ProtocolLimits limits) {
        return new ReplyParser(limits)::next;
    }

    static Supplier<Function<ByteBuf, RespValue>> parsers() {
        return () -> parser(ProtocolLimits.DEFAULTS);
    }

    static List<RespValue> parseAll(String wire) {
        return feedWhole(bytes(wire), parser(ProtocolLimits.DEFAULTS));
    }

    static String errorOf(String wire, ProtocolLimits limits) {
        ReplyParser parser = new ReplyParser(limits);
        ByteBuf in = buffer(wire);
        return assertThrows(ProtocolException.class, () -> {
            while (parser.next(in) != null) {
                // values before the bad one are fine
            }
        }).getMessage();
    }

    static String errorOf(String wire) {
        return errorOf(wire, ProtocolLimits.DEFAULTS);
    }

    @Nested
    @DisplayName("the five kinds of value")
    class Kinds {

        @Test
        @DisplayName("simple strings and errors, UTF-8 included")
        void simpleStringsAndErrors() {
            assertEquals(List.of(RespValue.OK, new SimpleString(""), new SimpleString("caf\u00e9"),
                            error("ERR unknown command 'x'")),
                    feedWhole("+OK\r\n+\r\n+café\r\n-ERR unknown command 'x'\r\n".getBytes(StandardCharsets.UTF_8),
                            parser(ProtocolLimits.DEFAULTS)));
        }

        @Test
        @DisplayName("integers, from Long.MIN_VALUE to Long.MAX_VALUE")
        void integers() {
            assertEquals(List.of(integer(0), integer(-42), integer(Long.MAX_VALUE), integer(Long.MIN_VALUE)),
                    parseAll(":0\r\n:-42\r\n:9223372036854775807\r\n:-9223372036854775808\r\n"));
        }

        @Test
        @DisplayName("bulk strings: binary-safe, empty and nil")
        void bulkStrings() {
            assertEquals(List.of(bulk("a\r\nb"), bulk(""), RespValue.NIL),
                    parseAll("$4\r\na\r\nb\r\n$0\r\n\r\n$-1\r\n"));
        }

        @Test
        @DisplayName("arrays: empty, nil, and nested with every kind inside")
        void arrays() {
            RespValue nested = array(List.of(integer(1), array(List.of(bulk("x"), RespValue.NIL, RespValue.NIL_ARRAY)),
                    RespValue.EMPTY_ARRAY, RespValue.PONG, error("ERR e")));
            assertEquals(List.of(RespValue.EMPTY_ARRAY, RespValue.NIL_ARRAY, nested),
                    parseAll("*0\r\n*-1\r\n*5\r\n:1\r\n*3\r\n$1\r\nx\r\n$-1\r\n*-1\r\n*0\r\n+PONG\r\n-ERR e\r\n"));
        }
    }

    @Nested
    @DisplayName("incremental reading")
    class Incremental {

        private static final String NESTED = "*2\r\n*2\r\n$3\r\nfoo\r\n:7\r\n*1\r\n*1\r\n$-1\r\n";
        private static final RespValue NESTED_VALUE = array(List.of(
                array(List.of(bulk("foo"), integer(7))), array(List.of(array(List.of(RespValue.NIL))))));

        @Test
        @DisplayName("nested arrays fed one byte at a time")
        void oneByteAtATime() {
            assertEquals(List.of(NESTED_VALUE, RespValue.OK), feedOneByteAtATime(bytes(NESTED + "+OK\r\n"),
                    parser(ProtocolLimits.DEFAULTS)));
        }

        @Test
        @DisplayName("a stream of replies split at every offset")
        void everySplitPoint() {
            assertEquals(List.of(NESTED_VALUE, bulk("a\r\n"), integer(-3), RespValue.NIL_ARRAY),
                    feedSplitEverywhere(bytes(NESTED + "$3\r\na\r\n\r\n:-3\r\n*-1\r\n"), parsers()));
        }

        @Test
        @DisplayName("only one value is consumed; the bytes after it are left for the next reader")
        void consumesExactlyOneValue() {
            ReplyParser parser = new ReplyParser(ProtocolLimits.DEFAULTS);
            ByteBuf in = buffer("+FULLRESYNC 8de1787ba490483314a4d30f1c628bc5025eb761 0\r\n$5\r\nREDIS");
            assertEquals(new SimpleString("FULLRESYNC 8de1787ba490483314a4d30f1c628bc5025eb761 0"), parser.next(in));
            assertEquals(9, in.readableBytes());
        }
    }

    @Nested
    @DisplayName("a replica's handshake parser")
    class Keepalives {

        @Test
        @DisplayName("skips the empty lines a master sends before it answers PSYNC")
        void skipsEmptyLines() {
            Function<ByteBuf, RespValue> parser = ReplyParser.skippingKeepaliveLines(ProtocolLimits.DEFAULTS)::next;
            assertEquals(List.of(new SimpleString("CONTINUE")),
                    feedOneByteAtATime(bytes("\n\n\r\n\n+CONTINUE\r\n"), parser));
        }

        @Test
        @DisplayName("skips them only between values, never inside an array")
        void notInsideArrays() {
            ReplyParser parser = ReplyParser.skippingKeepaliveLines(ProtocolLimits.DEFAULTS);
            ByteBuf in = buffer("*1\r\n\n");
            assertEquals("Protocol error: unknown reply type byte 0x0A",
                    assertThrows(ProtocolException.class, () -> parser.next(in)).getMessage());
        }

        @Test
        @DisplayName("an ordinary parser rejects an empty line")
        void ordinaryParserRejects() {
            assertEquals("Protocol error: unknown reply type byte 0x0A", errorOf("\n+OK\r\n"));
            assertEquals("Protocol error: unknown reply type byte 0x0D", errorOf("\r\n+OK\r\n"));
        }
    }

    @Nested
    @DisplayName("limits, checked as soon as a header is read")
    class Limits {

        @Test
        @DisplayName("a bulk longer than maxBulkLength is refused before its payload")
        void bulkLength() {
            assertEquals("Protocol error: bulk length 11 is over the limit of 10", errorOf("$11\r\n", SMALL));
            assertEquals(List.of(bulk("0123456789")),
                    feedWhole(bytes("$10\r\n0123456789\r\n"), parser(SMALL)));
        }

        @Test
        @DisplayName("an array longer than maxMultibulkLength is refused")
        void arrayLength() {
            assertEquals("Protocol error: array length 4 is over the limit of 3", errorOf("*4\r\n", SMALL));
            assertNull(new ReplyParser(SMALL).next(buffer("*3\r\n")));
        }

        @Test
        @DisplayName("arrays nest at most 64 deep")
        void nestingDepth() {
            String deepest = "*1\r\n".repeat(ReplyParser.MAX_NESTING_DEPTH);
            RespValue value = parseAll(deepest + ":1\r\n").get(0);
            for (int depth = 0; depth < ReplyParser.MAX_NESTING_DEPTH; depth++) {
                value = ((RespValue.RespArray) value).items().get(0);
            }
            assertEquals(integer(1), value);
            assertEquals("Protocol error: arrays nested deeper than 64", errorOf(deepest + "*1\r\n"));
        }

        @Test
        @DisplayName("a line may hold maxInlineLength bytes; a longer one is refused before its end arrives")
        void lineLength() {
            String sixteen = "x".repeat(16);
            assertEquals(List.of(new SimpleString(sixteen)),
                    feedWhole(bytes("+" + sixteen + "\r\n"), parser(SMALL)));
            assertEquals("Protocol error: reply line longer than 16 bytes", errorOf("+" + sixteen + "x\r", SMALL));
        }
    }

    @Nested
    @DisplayName("malformed replies")
    class Malformed {

        @Test
        @DisplayName("an unknown type byte is reported at once")
        void unknownType() {
            assertEquals("Protocol error: unknown reply type byte 'x'", errorOf("x"));
            assertEquals("Protocol error: unknown reply type byte 0x00", errorOf("\0"));
        }

        @Test
        @DisplayName("numbers must be canonical integers")
        void badNumbers() {
            assertEquals("Protocol error: invalid integer '12a'", errorOf(":12a\r\n"));
            assertEquals("Protocol error: invalid integer '+1'", errorOf(":+1\r\n"));
            assertEquals("Protocol error: invalid integer ''", errorOf(":\r\n"));
            assertEquals("Protocol error: invalid integer '9223372036854775808'", errorOf(":9223372036854775808\r\n"));
            assertEquals("Protocol error: invalid bulk length 'abc'", errorOf("$abc\r\n"));
            assertEquals("Protocol error: invalid array length '01'", errorOf("*01\r\n"));
        }

        @Test
        @DisplayName("lengths below -1 are invalid")
        void negativeLengths() {
            assertEquals("Protocol error: invalid bulk length -2", errorOf("$-2\r\n"));
            assertEquals("Protocol error: invalid array length -2", errorOf("*-2\r\n"));
        }

        @Test
        @DisplayName("lines end with CRLF, bulk payloads too")
        void terminators() {
            assertEquals("Protocol error: reply line does not end with CRLF", errorOf("+OK\n"));
            assertEquals("Protocol error: reply line does not end with CRLF", errorOf(":\n"));
            assertEquals("Protocol error: bulk string of 3 bytes does not end with CRLF", errorOf("$3\r\nabcXY"));
        }
    }
}
