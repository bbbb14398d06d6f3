package com.replicationlab.resp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Feeds bytes to a parser the way a socket would: in reads of any size. */
final class Wire {

    private Wire() {
    }

    /** The bytes of a wire text; every char is one byte (Latin-1), so "\u00e9" is the byte 0xE9. */
    static byte[] bytes(String wire) {
        return wire.getBytes(StandardCharsets.ISO_8859_1);
    }

    static ByteBuf buffer(String wire) {
        return Unpooled.wrappedBuffer(bytes(wire));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static List<String> texts(List<byte[]> args) {
        return args.stream().map(Wire::text).toList();
    }

    /**
     * Feeds {@code wire} in reads that end at the given offsets (and at the end), collecting every
     * result, and asserts that nothing is left over. Read bytes are discarded between reads, as
     * Netty's cumulation does, so parsers must not hold on to absolute buffer positions.
     */
    static <T> List<T> feed(byte[] wire, int[] cuts, Function<ByteBuf, T> next) {
        ByteBuf cumulation = Unpooled.buffer();
        List<T> results = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : wire.length;
            cumulation.writeBytes(wire, from, to - from);
            from = to;
            for (T result = next.apply(cumulation); result != null; result = next.apply(cumulation)) {
                results.add(result);
            }
            cumulation.discardReadBytes();
        }
        assertEquals(0, cumulation.readableBytes(), "bytes left over");
        return results;
    }

    static <T> List<T> feedWhole(byte[] wire, Function<ByteBuf, T> next) {
        return feed(wire, new int[0], next);
    }

    static <T> List<T> feedOneByteAtATime(byte[] wire, Function<ByteBuf, T> next) {
        int[] cuts = new int[Math.max(wire.length - 1, 0)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = i + 1;
        }
        return feed(wire, cuts, next);
    }

    /** Feeds {@code wire} split in two at every offset, each time to a fresh parser; asserts the same results. */
    static <T> List<T> feedSplitEverywhere(byte[] wire, Supplier<Function<ByteBuf, T>> newParser) {
        List<T> whole = feedWhole(wire, newParser.get());
        for (int cut = 1; cut < wire.length; cut++) {
            assertEquals(whole, feed(wire, new int[] {cut}, newParser.get()), "split at " + cut);
        }
        return whole;
    }
}
