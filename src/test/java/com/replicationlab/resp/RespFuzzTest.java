package com.replicationlab.resp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The RESP parsers under a fuzzer. Whatever arrives, a parser returns values, asks for more bytes,
 * or throws {@link ProtocolException}: never another exception, never a call that neither
 * consumes bytes nor asks for more (the decoder would spin), and never an allocation out of
 * proportion to the bytes that actually arrived, whatever lengths the headers declare.
 *
 * <p>Each property runs {@code jqwik.tries.default} tries (src/test/resources/junit-platform.properties,
 * a few thousand in the suite); {@code scripts/fuzz-resp N} runs N per property.
 */
@Label("RESP parsers under a fuzzer")
class RespFuzzTest {

    /** Besides the input itself, a parser may allocate this much per call (lists, the odd error text). */
    private static final long ALLOCATION_SLACK_BYTES = 64 * 1024;
    private static final byte[] INTERESTING = "*$+-:\r\n0123456789 -\"'\\x".getBytes(StandardCharsets.ISO_8859_1);
    private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "01", "+1", "2147483647", "2147483648",
            "-2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999", "536870912", "536870913", "16384", "16385", "1e3", " 1", "1 ", "", "-");

    // ----- requests (what a client sends a node) -----

    @Property
    @Label("random bytes: requests, or a protocol error, nothing else")
    void randomBytesToRequests(@ForAll @Size(max = 300) byte[] input, @ForAll boolean authenticated) {
        parseRequestsSafely(input, authenticated);
    }

    @Property
    @Label("mutated valid requests: requests, or a protocol error, nothing else")
    void mutatedRequests(@ForAll("mutatedRequestStreams") byte[] input, @ForAll boolean authenticated) {
        parseRequestsSafely(input, authenticated);
    }

    @Property
    @Label("valid pipelines split at every offset give the same requests as read whole")
    void everySplitPointOfARequestPipeline(@ForAll("requestPipelines") byte[] pipeline) {
        List<String> whole = requestTexts(Wire.feedWhole(pipeline, newRequestParser(true)));
        for (int cut = 1; cut < pipeline.length; cut++) {
            assertEquals(whole, requestTexts(Wire.feed(pipeline, new int[] {cut}, newRequestParser(true))),
                    "split at " + cut);
        }
        assertEquals(whole, requestTexts(Wire.feedOneByteAtATime(pipeline, newRequestParser(true))));
    }

    @Property
    @Label("huge, negative and overflowing header numbers: no allocation for what never arrives")
    void headerNumbersInRequests(@ForAll("headerNumbers") String number, @ForAll("headerNumbers") String other,
                                 @ForAll boolean authenticated, @ForAll @IntRange(max = 64) int payloadBytes) {
        String wire = "*" + number + "\r\n$" + other + "\r\n" + "x".repeat(payloadBytes) + "\r\n";
        parseRequestsSafely(wire.getBytes(StandardCharsets.ISO_8859_1), authenticated);
        parseRequestsSafely(("*1\r\n$" + number + "\r\n" + "y".repeat(payloadBytes))
                .getBytes(StandardCharsets.ISO_8859_1), authenticated);
    }

    // ----- replies (what a replica reads from its master, or a client from a server) -----

    @Property
    @Label("random bytes: replies, or a protocol error, nothing else")
    void randomBytesToReplies(@ForAll @Size(max = 300) byte[] input) {
        parseRepliesSafely(input);
    }

    @Property
    @Label("mutated valid replies: replies, or a protocol error, nothing else")
    void mutatedReplies(@ForAll("mutatedReplyStreams") byte[] input) {
        parseRepliesSafely(input);
    }

    @Property
    @Label("valid replies split at every offset give the same values as read whole")
    void everySplitPointOfAReply(@ForAll("replyStreams") byte[] replies) {
        List<RespValue> whole = Wire.feedWhole(replies, newReplyParser());
        for (int cut = 1; cut < replies.length; cut++) {
            assertEquals(whole, Wire.feed(replies, new int[] {cut}, newReplyParser()), "split at " + cut);
        }
    }

    @Property
    @Label("deep nesting is refused at the limit, without recursion")
    void deepNesting(@ForAll @IntRange(min = 1, max = 100_000) int depth) {
        byte[] wire = ("*1\r\n".repeat(depth) + ":1\r\n").getBytes(StandardCharsets.ISO_8859_1);
        Outcome outcome = parseRepliesSafely(wire);
        assertEquals(depth > ReplyParser.MAX_NESTING_DEPTH, outcome.error != null, "depth " + depth);
    }

    @Property
    @Label("huge, negative and overflowing reply numbers: no allocation for what never arrives")
    void headerNumbersInReplies(@ForAll("headerNumbers") String number, @ForAll("replyTypes") char type,
                                @ForAll @IntRange(max = 64) int payloadBytes) {
        parseRepliesSafely((type + number + "\r\n" + "z".repeat(payloadBytes)).getBytes(StandardCharsets.ISO_8859_1));
    }

    // ----- the checks -----

    private record Outcome(int values, int calls, ProtocolException error) {
    }

    private static void parseRequestsSafely(byte[] input, boolean authenticated) {
        measured(() -> parseSafely(input, newRequestParser(authenticated)), input.length);
    }

    private static Outcome parseRepliesSafely(byte[] input) {
        return measured(() -> parseSafely(input, newReplyParser()), input.length);
    }

    /**
     * Runs the parse twice, the first time to load whatever classes it needs, and asserts that the
     * second allocated no more than the input's size plus a small constant per call to the parser.
     */
    private static Outcome measured(Supplier<Outcome> parse, int inputBytes) {
        parse.get();
        long allocatedBefore = allocatedBytes();
        Outcome outcome = parse.get();
        long allocated = allocatedBytes() - allocatedBefore;
        long bound = 4L * inputBytes + ALLOCATION_SLACK_BYTES * outcome.calls;
        assertTrue(allocated <= bound, "allocated " + allocated + " bytes for " + inputBytes + " input bytes");
        return outcome;
    }

    /** Feeds the input in three reads and asserts that each value returned consumed bytes. */
    private static Outcome parseSafely(byte[] input, Function<ByteBuf, ?> next) {
        ByteBuf buffer = Unpooled.buffer(input.length);
        int[] cuts = {input.length / 3, 2 * input.length / 3, input.length};
        int values = 0;
        int calls = 0;
        try {
            int from = 0;
            for (int cut : cuts) {
                buffer.writeBytes(input, from, cut - from);
                from = cut;
                for (int before = buffer.readerIndex(); ; before = buffer.readerIndex()) {
                    calls++;
                    if (next.apply(buffer) == null) {
                        break;
                    }
                    values++;
                    assertTrue(buffer.readerIndex() > before, "a value was returned without consuming a byte");
                }
                buffer.discardReadBytes();
            }
        } catch (ProtocolException expected) {
            assertNotNull(expected.getMessage());
            assertTrue(expected.getMessage().startsWith("Protocol error: "), expected.getMessage());
            return new Outcome(values, calls, expected);
        }
        return new Outcome(values, calls, null);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static Function<ByteBuf, Request> newRequestParser(boolean authenticated) {
        return new RequestParser(ProtocolLimits.DEFAULTS, () -> authenticated)::next;
    }

    private static Function<ByteBuf, RespValue> newReplyParser() {
        return new ReplyParser(ProtocolLimits.DEFAULTS)::next;
    }

    private static List<String> requestTexts(List<Request> requests) {
        return requests.stream().map(r -> r.inline() + ":" + Wire.texts(r.args())).toList();
    }

    // ----- generators -----

    @Provide
    Arbitrary<String> headerNumbers() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789-+ ").ofMaxLength(25);
        return Arbitraries.oneOf(Arbitraries.of(NUMBERS), digits,
                Arbitraries.longs().map(n -> Long.toString(n)));
    }

    @Provide
    Arbitrary<Character> replyTypes() {
        return Arbitraries.of('*', '$', ':', '+', '-');
    }

    @Provide
    Arbitrary<byte[]> requestPipelines() {
        Arbitrary<byte[]> multibulk = args().map(RespFuzzTest::multibulk);
        Arbitrary<byte[]> inline = Arbitraries.strings().withChars("abcXYZ019 \t").ofMaxLength(20)
                .map(line -> (line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return Arbitraries.oneOf(multibulk, inline).list().ofMinSize(1).ofMaxSize(4).map(RespFuzzTest::concat);
    }

    @Provide
    Arbitrary<byte[]> mutatedRequestStreams() {
        return mutated(args().map(RespFuzzTest::multibulk).list().ofMinSize(1).ofMaxSize(4).map(RespFuzzTest::concat));
    }

    @Provide
    Arbitrary<byte[]> replyStreams() {
        return replies().list().ofMinSize(1).ofMaxSize(3)
                .map(values -> concat(values.stream().map(RespEncoder::toBytes).toList()));
    }

    @Provide
    Arbitrary<byte[]> mutatedReplyStreams() {
        return mutated(replyStreams());
    }

    private static Arbitrary<List<byte[]>> args() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(5);
    }

    private static Arbitrary<RespValue> replies() {
        Arbitrary<RespValue> leaf = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMaxLength(10).map(text -> (RespValue) new RespValue.SimpleString(text)),
                Arbitraries.strings().alpha().ofMaxLength(10).map(text -> (RespValue) RespValue.error("ERR " + text)),
                Arbitraries.longs().map(n -> (RespValue) RespValue.integer(n)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(10).map(b -> (RespValue) RespValue.bulk(b)),
                Arbitraries.just(new RespValue.BulkString(null)));
        return Arbitraries.recursive(() -> leaf,
                inner -> inner.list().ofMaxSize(3).map(items -> (RespValue) RespValue.array(items)), 0, 4);
    }

    /** Up to five edits: flip, delete, duplicate or replace a byte (often with one RESP cares about). */
    private static Arbitrary<byte[]> mutated(Arbitrary<byte[]> valid) {
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(0, 255))
                .as((kind, position, value) -> new int[] {kind, position, value})
                .list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(valid, edits).as(RespFuzzTest::applyEdits);
    }

    private static byte[] applyEdits(byte[] original, List<int[]> edits) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : original) {
            bytes.add(b);
        }
        for (int[] edit : edits) {
            if (bytes.isEmpty()) {
                break;
            }
            int at = edit[1] % bytes.size();
            byte value = edit[2] % 2 == 0 ? INTERESTING[edit[2] % INTERESTING.length] : (byte) edit[2];
            switch (edit[0]) {
                case 0 -> bytes.set(at, (byte) (bytes.get(at) ^ (1 << (edit[2] % 8))));
                case 1 -> bytes.remove(at);
                case 2 -> bytes.add(at, bytes.get(at));
                default -> bytes.set(at, value);
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    private static byte[] multibulk(List<byte[]> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("*" + args.size() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] arg : args) {
            out.writeBytes(("$" + arg.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(arg);
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        return out.toByteArray();
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
