package com.replicationlab.resp;

import static com.replicationlab.resp.Wire.buffer;
import static com.replicationlab.resp.Wire.bytes;
import static com.replicationlab.resp.Wire.feedOneByteAtATime;
import static com.replicationlab.resp.Wire.feedSplitEverywhere;
import static com.replicationlab.resp.Wire.feedWhole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("RequestParser")
class RequestParserTest {

    private static final ProtocolLimits SMALL = new ProtocolLimits.Fixed(100, 5, 16);

    /** A request with comparable contents. */
    record Parsed(List<String> args, int wireBytes, boolean inline) {
        static Parsed of(Request request) {
            return new Parsed(Wire.texts(request.args()), request.wireBytes(), request.inline());
        }
    }

    static Parsed multibulk(int wireBytes, String... args) {
        return new Parsed(List.of(args), wireBytes, false);
    }

    static Parsed inline(int wireBytes, String... args) {
        return new Parsed(List.of(args), wireBytes, true);
    }

    static Function<ByteBuf, Parsed> parser(ProtocolLimits limits, boolean authenticated) {
        RequestParser parser = new RequestParser(limits, () -> authenticated);
        return in -> {
            Request request = parser.next(in);
            return request == null ? null : Parsed.of(request);
        };
    }

    static Supplier<Function<ByteBuf, Parsed>> parsers() {
        return () -> parser(ProtocolLimits.DEFAULTS, true);
    }

    static List<Parsed> parseAll(String wire) {
        return feedWhole(bytes(wire), parser(ProtocolLimits.DEFAULTS, true));
    }

    static String errorOf(String wire, ProtocolLimits limits, boolean authenticated) {
        Function<ByteBuf, Parsed> parser = parser(limits, authenticated);
        ByteBuf in = buffer(wire);
        return assertThrows(ProtocolException.class, () -> {
            while (parser.apply(in) != null) {
                // requests before the bad one are fine
            }
        }).getMessage();
    }

    static String errorOf(String wire) {
        return errorOf(wire, ProtocolLimits.DEFAULTS, true);
    }

    @Nested
    @DisplayName("multibulk requests")
    class Multibulk {

        @Test
        @DisplayName("SET key value is 33 bytes on the wire")
        void setKeyValue() {
            assertEquals(List.of(multibulk(33, "SET", "key", "value")),
                    parseAll("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n"));
        }

        @Test
        @DisplayName("arguments are binary-safe: CR, LF and '*' inside a payload are data")
        void binarySafe() {
            assertEquals(List.of(multibulk(24, "SET", "a\r\n*b")),
                    parseAll("*2\r\n$3\r\nSET\r\n$5\r\na\r\n*b\r\n"));
        }

        @Test
        @DisplayName("an empty argument is allowed")
        void emptyArgument() {
            assertEquals(List.of(multibulk(20, "ECHO", "")), parseAll("*2\r\n$4\r\nECHO\r\n$0\r\n\r\n"));
        }

        @Test
        @DisplayName("more arguments than the first allocation holds (1,024) are all kept, in order, split anywhere")
        void manyArguments() {
            int count = 2500;
            StringBuilder wire = new StringBuilder("*" + count + "\r\n$4\r\nMSET\r\n");
            List<String> expected = new ArrayList<>(List.of("MSET"));
            for (int i = 1; i < count; i++) {
                String arg = Integer.toString(i);
                wire.append('$').append(arg.length()).append("\r\n").append(arg).append("\r\n");
                expected.add(arg);
            }
            Parsed whole = multibulk(wire.length(), expected.toArray(String[]::new));
            assertEquals(List.of(whole), feedWhole(bytes(wire.toString()), parser(ProtocolLimits.DEFAULTS, true)));
            assertEquals(List.of(whole), feedOneByteAtATime(bytes(wire.toString()), parser(ProtocolLimits.DEFAULTS, true)));
        }

        @Test
        @DisplayName("a request's arguments cannot be changed by whoever gets them")
        void argumentsCannotChange() {
            Request request = new RequestParser(ProtocolLimits.DEFAULTS, () -> true)
                    .next(buffer("*2\r\n$4\r\nECHO\r\n$1\r\nx\r\n"));
            assertThrows(UnsupportedOperationException.class, () -> request.args().set(0, bytes("PING")));
            assertThrows(UnsupportedOperationException.class, () -> request.args().add(bytes("y")));
            assertThrows(UnsupportedOperationException.class, () -> request.args().remove(0));
        }

        @Test
        @DisplayName("only the first of two buffered requests is consumed")
        void consumesExactlyOneRequest() {
            RequestParser parser = new RequestParser(ProtocolLimits.DEFAULTS, () -> true);
            ByteBuf in = buffer("*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$1\r\nx\r\n");
            assertEquals(multibulk(14, "PING"), Parsed.of(parser.next(in)));
            assertEquals(21, in.readableBytes());
            assertEquals(multibulk(21, "ECHO", "x"), Parsed.of(parser.next(in)));
            assertEquals(0, in.readableBytes());
            assertNull(parser.next(in));
        }

        @Test
        @DisplayName("the finished parts of an incomplete request are consumed and remembered")
        void incompleteRequestKeepsItsState() {
            RequestParser parser = new RequestParser(ProtocolLimits.DEFAULTS, () -> true);
            ByteBuf in = Unpooled.buffer();
            in.writeBytes(bytes("*2\r\n$3\r\nGET\r\n$1\r"));
            assertNull(parser.next(in));
            assertEquals(List.of((byte) '$', (byte) '1', (byte) '\r'), remaining(in));
            in.writeBytes(bytes("\nk\r\n*1\r\n"));
            assertEquals(multibulk(20, "GET", "k"), Parsed.of(parser.next(in)));
            assertEquals(4, in.readableBytes(), "the next request's header is untouched");
        }

        @Test
        @DisplayName("one byte at a time gives the same requests and byte counts")
        void oneByteAtATime() {
            String wire = "*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n*1\r\n$4\r\nPING\r\n";
            assertEquals(List.of(multibulk(33, "SET", "key", "value"), multibulk(14, "PING")),
                    feedOneByteAtATime(bytes(wire), parser(ProtocolLimits.DEFAULTS, true)));
        }

        @Test
        @DisplayName("a stream split at every offset gives the same requests")
        void everySplitPoint() {
            String wire = "*2\r\n$3\r\nGET\r\n$2\r\n\r\n\r\nPING\r\n*0\r\n\n*1\r\n$4\r\nPING\r\n";
            assertEquals(List.of(multibulk(21, "GET", "\r\n"), inline(6, "PING"), multibulk(4),
                    inline(1), multibulk(14, "PING")), feedSplitEverywhere(bytes(wire), parsers()));
        }

        @Test
        @DisplayName("many pipelined MSETs in one buffer give every argument as sent")
        void pipelinedMsets() {
            StringBuilder wire = new StringBuilder();
            List<Parsed> expected = new ArrayList<>();
            for (int n = 0; n < 50; n++) {
                List<String> args = new ArrayList<>(List.of("MSET"));
                for (int k = 0; k < 10; k++) {
                    args.add("key:" + (n * 10 + k));
                    args.add("v".repeat(n % 7));
                }
                StringBuilder request = new StringBuilder("*" + args.size() + "\r\n");
                args.forEach(arg -> request.append('$').append(arg.length()).append("\r\n").append(arg).append("\r\n"));
                wire.append(request);
                expected.add(new Parsed(args, request.length(), false));
            }
            assertEquals(expected, parseAll(wire.toString()));
            assertEquals(expected, feedOneByteAtATime(bytes(wire.toString()), parser(ProtocolLimits.DEFAULTS, true)));
        }

        @Test
        @DisplayName("a CRLF split across two reads, in a header and after a payload")
        void crlfSplitAcrossReads() {
            byte[] wire = bytes("*1\r\n$4\r\nPING\r\n");
            for (int cut : new int[] {3, 7, 13}) {
                assertEquals(List.of(multibulk(14, "PING")),
                        Wire.feed(wire, new int[] {cut}, parser(ProtocolLimits.DEFAULTS, true)), "cut at " + cut);
            }
        }

        @Test
        @DisplayName("like Redis, the two bytes after a payload are taken as CRLF without a look")
        void payloadTerminatorNotChecked() {
            assertEquals(List.of(multibulk(14, "PING")), parseAll("*1\r\n$4\r\nPINGxx"));
        }

        @Test
        @DisplayName("like Redis, a header ends at its CR and the byte after it is skipped unseen")
        void headerEndsAtCr() {
            assertEquals(List.of(multibulk(14, "PING")), parseAll("*1\rx$4\r\nPING\r\n"));
        }
    }

    @Nested
    @DisplayName("requests with no command still report their bytes")
    class EmptyRequests {

        @Test
        @DisplayName("*0 and *-1 headers are skipped as empty multibulk requests")
        void emptyAndNilMultibulk() {
            assertEquals(List.of(multibulk(4), multibulk(5), multibulk(5), multibulk(14, "PING")),
                    parseAll("*0\r\n*-1\r\n*-5\r\n*1\r\n$4\r\nPING\r\n"));
        }

        @Test
        @DisplayName("a bare LF or CRLF (a replica's keepalive) is an empty inline request")
        void keepaliveNewlines() {
            assertEquals(List.of(inline(1), inline(2), inline(5)), parseAll("\n\r\n \t \r\n"));
        }

        @Test
        @DisplayName("the byte counts of any mix of requests add up to the stream's length")
        void byteCountsAddUp() {
            Random random = new Random(7);
            StringBuilder wire = new StringBuilder();
            List<Parsed> expected = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int start = wire.length();
                switch (random.nextInt(4)) {
                    case 0 -> {
                        List<String> args = randomArgs(random);
                        RespValue command = RespValue.arrayOfBulks(args.stream().map(Wire::bytes).toList());
                        wire.append(Wire.text(RespEncoder.toBytes(command)));
                        expected.add(new Parsed(args, wire.length() - start, false));
                    }
                    case 1 -> {
                        wire.append("SET k").append(i).append(random.nextBoolean() ? "\r\n" : "\n");
                        expected.add(new Parsed(List.of("SET", "k" + i), wire.length() - start, true));
                    }
                    case 2 -> {
                        wire.append(random.nextBoolean() ? "\r\n" : "\n");
                        expected.add(new Parsed(List.of(), wire.length() - start, true));
                    }
                    default -> {
                        wire.append(random.nextBoolean() ? "*0\r\n" : "*-1\r\n");
                        expected.add(new Parsed(List.of(), wire.length() - start, false));
                    }
                }
            }
            byte[] bytes = bytes(wire.toString());
            List<Parsed> parsed = Wire.feed(bytes, randomCuts(random, bytes.length), parser(ProtocolLimits.DEFAULTS, true));
            assertEquals(expected, parsed);
            assertEquals(bytes.length, parsed.stream().mapToInt(Parsed::wireBytes).sum());
        }
    }

    @Nested
    @DisplayName("inline requests, split like sdssplitargs")
    class Inline {

        @Test
        @DisplayName("a line ends at LF, and a CR before it is part of the terminator")
        void terminators() {
            assertEquals(List.of(inline(6, "PING"), inline(5, "PING")), parseAll("PING\r\nPING\n"));
        }

        @Test
        @DisplayName("spaces and tabs separate arguments; leading and trailing blanks are ignored")
        void blanks() {
            assertEquals(List.of(inline(17, "SET", "k", "v")), parseAll("  SET \t k   v \t\r\n"));
        }

        @Test
        @DisplayName("a CR inside the line separates arguments")
        void crInsideLine() {
            assertEquals(List.of(inline(10, "ECHO", "a", "b")), parseAll("ECHO a\rb\r\n"));
        }

        @Test
        @DisplayName("a vertical tab is skipped before an argument but kept inside one")
        void verticalTab() {
            assertEquals(List.of(inline(7, "a\u000Bb", "c")), parseAll("\u000Ba\u000Bb c\n"));
        }

        @Test
        @DisplayName("double quotes understand \\n \\r \\t \\b \\a \\\\ \\\" and any other escaped byte as itself")
        void doubleQuoteEscapes() {
            String line = "ECHO \"\\n\\r\\t\\b\\a\\\\\\\"\\q\"\n";
            assertEquals(List.of("ECHO", "\n\r\t\b\u0007\\\"q"), parseAll(line).get(0).args());
        }

        @Test
        @DisplayName("double quotes understand \\xHH in either case, and keep spaces")
        void hexEscapes() {
            assertEquals(List.of("ECHO", "J J\u00ff"), parseAll("ECHO \"\\x4A \\x4a\\xFf\"\n").get(0).args());
        }

        @Test
        @DisplayName("a \\x not followed by two hex digits is an x")
        void incompleteHexEscape() {
            assertEquals(List.of("ECHO", "Ax4g", "x4"), parseAll("ECHO \"\\x41\\x4g\" \"\\x4\"\n").get(0).args());
        }

        @Test
        @DisplayName("single quotes understand only \\' and keep every other byte as it is")
        void singleQuotes() {
            assertEquals(List.of("ECHO", "it's", "a\\nb \"c\""), parseAll("ECHO 'it\\'s' 'a\\nb \"c\"'\n").get(0).args());
        }

        @Test
        @DisplayName("a quote may open in the middle of an argument, and \"\" is an empty argument")
        void quoteInsideArgumentAndEmpty() {
            assertEquals(List.of("ab c", "", "x"), parseAll("a\"b c\" \"\" 'x'\n").get(0).args());
        }

        @Test
        @DisplayName("unbalanced or misplaced quotes are an error")
        void unbalancedQuotes() {
            for (String line : List.of("ECHO \"abc\n", "ECHO 'abc\n", "ECHO \"a\"b\n", "ECHO 'a'b\n",
                    "ECHO \"abc\\\"\n", "ECHO \"a\\\n", "\"\n")) {
                assertEquals("Protocol error: unbalanced quotes in request", errorOf(line), line);
            }
        }

        @Test
        @DisplayName("a closing quote may be followed by any blank")
        void closingQuoteThenBlank() {
            assertEquals(List.of("a", "b", "c"), parseAll("\"a\"\t'b'\u000Bc\n").get(0).args());
        }
    }

    @Nested
    @DisplayName("limits, checked as soon as a header is read")
    class Limits {

        @Test
        @DisplayName("an inline line may hold maxInlineLength bytes before its LF, counting a CR")
        void inlineLength() {
            String sixteen = "ECHO 12345678901";
            assertEquals(List.of(inline(17, "ECHO", "12345678901")),
                    feedWhole(bytes(sixteen + "\n"), parser(SMALL, true)));
            assertEquals(List.of(inline(17, "ECHO", "1234567890")),
                    feedWhole(bytes("ECHO 1234567890\r\n"), parser(SMALL, true)));
            assertEquals("Protocol error: too big inline request", errorOf(sixteen + "\r\n", SMALL, true));
            assertEquals("Protocol error: too big inline request", errorOf(sixteen + "2\n", SMALL, true));
        }

        @Test
        @DisplayName("a too long inline line is reported before its LF arrives")
        void inlineLengthWithoutLf() {
            Function<ByteBuf, Parsed> parser = parser(SMALL, true);
            ByteBuf in = Unpooled.buffer().writeBytes(bytes("x".repeat(16)));
            assertNull(parser.apply(in));
            in.writeBytes(bytes("x"));
            assertEquals("Protocol error: too big inline request",
                    assertThrows(ProtocolException.class, () -> parser.apply(in)).getMessage());
        }

        @Test
        @DisplayName("the default inline limit is 64 KB")
        void defaultInlineLimit() {
            String line = "x".repeat(64 * 1024);
            assertEquals(1, parseAll(line + "\n").size());
            assertEquals("Protocol error: too big inline request", errorOf(line + "x"));
        }

        @Test
        @DisplayName("header lines without CR longer than the inline limit are too big")
        void headerLength() {
            assertEquals("Protocol error: too big mbulk count string", errorOf("*" + "1".repeat(16), SMALL, true));
            assertEquals("Protocol error: too big bulk count string",
                    errorOf("*1\r\n$" + "1".repeat(16), SMALL, true));
        }

        @Test
        @DisplayName("a header ending exactly at the line limit is read; one byte more is too big")
        void headerAtTheLimit() {
            assertEquals("Protocol error: invalid bulk length", errorOf("*1\r\n$" + "1".repeat(15) + "\r\n", SMALL, true));
            assertEquals("Protocol error: too big bulk count string",
                    errorOf("*1\r\n$" + "1".repeat(16) + "\r\n", SMALL, true));
            assertEquals("Protocol error: invalid multibulk length", errorOf("*" + "1".repeat(15) + "\r\n", SMALL, true));
            assertEquals("Protocol error: too big mbulk count string", errorOf("*" + "1".repeat(16) + "\r\n", SMALL, true));
        }

        @Test
        @DisplayName("header lines of 20 to 41 bytes, longer than the parser copies at once: too large or invalid")
        void longHeaderLines() {
            for (int digits = 19; digits <= 40; digits++) {
                String number = "1" + "0".repeat(digits - 1);
                assertEquals("Protocol error: invalid bulk length", errorOf("*1\r\n$" + number + "\r\n"), number);
                assertEquals("Protocol error: invalid multibulk length", errorOf("*" + number + "\r\n"), number);
            }
            assertEquals("Protocol error: invalid bulk length", errorOf("*1\r\n$-" + "0".repeat(40) + "\r\n"));
        }

        @Test
        @DisplayName("a header split after any byte, with the next request's bytes behind it, reads the same")
        void headerSplitAnywhere() {
            String wire = "*3\r\n$4\r\nMSET\r\n$16\r\nkey:000000000001\r\n$0\r\n\r\n"
                    + "*2\r\n$3\r\nGET\r\n$16\r\nkey:000000000001\r\n";
            assertEquals(List.of(multibulk(43, "MSET", "key:000000000001", ""), multibulk(36, "GET", "key:000000000001")),
                    feedSplitEverywhere(bytes(wire), parsers()));
        }

        @Test
        @DisplayName("a multibulk count over maxMultibulkLength is invalid; the limit itself is fine")
        void multibulkCount() {
            assertEquals("Protocol error: invalid multibulk length", errorOf("*6\r\n", SMALL, true));
            assertNull(parser(SMALL, true).apply(buffer("*5\r\n")));
        }

        @Test
        @DisplayName("by default a count up to INT_MAX is accepted without allocating for it")
        void defaultMultibulkLimit() {
            assertNull(parser(ProtocolLimits.DEFAULTS, true).apply(buffer("*2147483647\r\n$1\r\n")));
            assertEquals("Protocol error: invalid multibulk length", errorOf("*2147483648\r\n"));
        }

        @Test
        @DisplayName("a bulk length over maxBulkLength is invalid, reported before any payload")
        void bulkLength() {
            assertEquals("Protocol error: invalid bulk length", errorOf("*1\r\n$101\r\n", SMALL, true));
            assertEquals(List.of(multibulk(112, "x".repeat(100))),
                    feedWhole(bytes("*1\r\n$100\r\n" + "x".repeat(100) + "\r\n"), parser(SMALL, true)));
        }

        @Test
        @DisplayName("by default a bulk of 512 MB is announced without buffering; one byte more is invalid")
        void defaultBulkLimit() {
            ByteBuf in = buffer("*1\r\n$536870912\r\nab");
            assertNull(parser(ProtocolLimits.DEFAULTS, true).apply(in));
            assertEquals(2, in.readableBytes(), "the payload stays in the buffer until it is whole");
            assertEquals("Protocol error: invalid bulk length", errorOf("*1\r\n$536870913\r\n"));
        }

        @Test
        @DisplayName("before authentication: at most 10 arguments of at most 16384 bytes")
        void unauthenticated() {
            assertEquals("Protocol error: unauthenticated multibulk length",
                    errorOf("*11\r\n", ProtocolLimits.DEFAULTS, false));
            assertEquals("Protocol error: unauthenticated bulk length",
                    errorOf("*1\r\n$16385\r\n", ProtocolLimits.DEFAULTS, false));
            assertNull(parser(ProtocolLimits.DEFAULTS, false).apply(buffer("*10\r\n$16384\r\n")));
            assertNull(parser(ProtocolLimits.DEFAULTS, true).apply(buffer("*11\r\n$16385\r\n")));
        }

        @Test
        @DisplayName("an invalid length is reported as invalid even before authentication")
        void invalidBeforeUnauthenticated() {
            assertEquals("Protocol error: invalid multibulk length", errorOf("*6\r\n", SMALL, false));
            assertEquals("Protocol error: invalid bulk length", errorOf("*1\r\n$101\r\n", SMALL, false));
        }

        @Test
        @DisplayName("authentication is asked at each header, so an AUTH before it lifts the limits")
        void authenticationAskedPerHeader() {
            AtomicBoolean authenticated = new AtomicBoolean(false);
            RequestParser parser = new RequestParser(ProtocolLimits.DEFAULTS, authenticated::get);
            ByteBuf in = buffer("*2\r\n$4\r\nAUTH\r\n$2\r\npw\r\n*11\r\n");
            assertEquals(multibulk(22, "AUTH", "pw"), Parsed.of(parser.next(in)));
            authenticated.set(true);
            assertNull(parser.next(in));
        }

        @Test
        @DisplayName("limits are read at each header, so a CONFIG SET applies to the next request")
        void limitsChangeAtRunTime() {
            MutableLimits limits = new MutableLimits();
            RequestParser parser = new RequestParser(limits, () -> true);
            ByteBuf in = buffer("*1\r\n$3\r\nabc\r\n*1\r\n$3\r\nabc\r\n");
            assertEquals(multibulk(13, "abc"), Parsed.of(parser.next(in)));
            limits.maxBulkLength = 2;
            assertEquals("Protocol error: invalid bulk length",
                    assertThrows(ProtocolException.class, () -> parser.next(in)).getMessage());
        }
    }

    @Nested
    @DisplayName("malformed multibulk requests, with Redis 7.0's messages")
    class Errors {

        @Test
        @DisplayName("a count that is not a canonical integer is an invalid multibulk length")
        void badCount() {
            for (String header : List.of("*abc", "*", "*-0", "*01", "*+1", "* 1", "*1 ", "*99999999999999999999")) {
                assertEquals("Protocol error: invalid multibulk length", errorOf(header + "\r\n"), header);
            }
        }

        @Test
        @DisplayName("an argument that does not start with '$' names the byte it got")
        void expectedDollar() {
            assertEquals("Protocol error: expected '$', got 'f'",
                    errorOf("*3\r\n$3\r\nSET\r\n$1\r\nx\r\nfooz\r\n"));
        }

        @Test
        @DisplayName("like Redis, a CR or LF where '$' was expected is shown as a space")
        void expectedDollarGotNewline() {
            assertEquals("Protocol error: expected '$', got ' '", errorOf("*1\r\n\r\n"));
            assertEquals("Protocol error: expected '$', got ' '", errorOf("*1\r\n\n\r\n"));
        }

        @Test
        @DisplayName("a bulk length that is negative or not a canonical integer is invalid")
        void badBulkLength() {
            for (String header : List.of("$-1", "$-5", "$abc", "$", "$01", "$1x")) {
                assertEquals("Protocol error: invalid bulk length", errorOf("*1\r\n" + header + "\r\n"), header);
            }
        }

        @Test
        @DisplayName("requests before a malformed one are returned first")
        void goodRequestsFirst() {
            RequestParser parser = new RequestParser(ProtocolLimits.DEFAULTS, () -> true);
            ByteBuf in = buffer("PING\r\n*x\r\n");
            assertEquals(inline(6, "PING"), Parsed.of(parser.next(in)));
            assertThrows(ProtocolException.class, () -> parser.next(in));
        }
    }

    static List<String> randomArgs(Random random) {
        List<String> args = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            StringBuilder arg = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                arg.append((char) random.nextInt(256));
            }
            args.add(arg.toString());
        }
        return args;
    }

    static int[] randomCuts(Random random, int length) {
        List<Integer> cuts = new ArrayList<>();
        for (int at = random.nextInt(8) + 1; at < length; at += random.nextInt(8) + 1) {
            cuts.add(at);
        }
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Byte> remaining(ByteBuf in) {
        List<Byte> bytes = new ArrayList<>();
        for (int i = in.readerIndex(); i < in.writerIndex(); i++) {
            bytes.add(in.getByte(i));
        }
        return bytes;
    }

    /** Limits a test changes between requests, as CONFIG SET does. */
    static final class MutableLimits implements ProtocolLimits {
        long maxBulkLength = 100;

        @Override
        public long maxBulkLength() {
            return maxBulkLength;
        }

        @Override
        public int maxMultibulkLength() {
            return 5;
        }

        @Override
        public int maxInlineLength() {
            return 16;
        }
    }
}
