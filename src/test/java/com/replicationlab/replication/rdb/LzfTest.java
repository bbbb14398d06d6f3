package com.replicationlab.replication.rdb;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.DataFormatException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@DisplayName("LZF")
class LzfTest {
    private static final HexFormat HEX = HexFormat.of();

    private final Lzf lzf = new Lzf();

    @Nested
    @DisplayName("compression")
    class Compression {
        @Test
        @DisplayName("\"a\"*100 compresses to Redis's bytes 01 61 61 e0 57 00 01 61 61")
        void hundredAs() {
            assertEquals("016161e05700016161", HEX.formatHex(compress("a".repeat(100).getBytes(), 96)));
        }

        @Test
        @DisplayName("\"b\"*21 compresses to Redis's bytes 01 62 62 e0 0a 00 (observed sample)")
        void twentyOneBs() {
            assertEquals("016262e00a00", HEX.formatHex(compress("b".repeat(21).getBytes(), 17)));
        }

        @Test
        @DisplayName("returns 0 when the result does not fit the limit (random bytes do not shrink)")
        void incompressible() {
            byte[] data = new byte[200];
            new Random(3).nextBytes(data);
            assertEquals(0, lzf.compress(data, 0, data.length, new byte[196], 0, 196));
        }

        @Test
        @DisplayName("returns 0 for empty input or a zero limit")
        void nothingToDo() {
            assertEquals(0, lzf.compress(new byte[0], 0, 0, new byte[10], 0, 10));
            assertEquals(0, lzf.compress(new byte[] {1, 2, 3}, 0, 3, new byte[10], 0, 0));
        }

        @Test
        @DisplayName("one instance gives the same output for the same input, whatever it compressed before")
        void independentOfHistory() {
            byte[] text = "the quick brown fox jumps over the lazy dog; the quick brown fox".getBytes();
            byte[] first = compress(text, text.length);
            for (int i = 0; i < 50; i++) {
                compress(("noise " + i + " the quick brown fox " + i).getBytes(), 200);
            }
            assertArrayEquals(first, compress(text, text.length));
            assertArrayEquals(first, new LzfTest().compress(text, text.length));
        }
    }

    @Nested
    @DisplayName("round trips (seeded)")
    class RoundTrips {
        @Test
        @DisplayName("random bytes of every length from 0 to 600 round-trip with a generous limit")
        void randomBytes() {
            Random random = new Random(42);
            for (int len = 0; len <= 600; len++) {
                byte[] data = new byte[len];
                random.nextBytes(data);
                assertRoundTrip(data, len + len / 16 + 8);
            }
        }

        @Test
        @DisplayName("repetitive data (runs, short patterns, text, random bits) round-trips")
        void repetitiveData() throws DataFormatException {
            Random random = new Random(43);
            for (int round = 0; round < 300; round++) {
                byte[] data = repetitive(random, 1 + random.nextInt(20_000));
                byte[] out = new byte[data.length + 64];
                int n = lzf.compress(data, 0, data.length, out, 0, out.length);
                assertTrue(n > 0, "round " + round);
                assertArrayEquals(data, Lzf.decompress(out, 0, n, data.length), "round " + round);
            }
        }

        @Test
        @DisplayName("repeated text shrinks to a small fraction")
        void shrinks() {
            byte[] text = "replica offset 12345; ".repeat(200).getBytes();
            assertTrue(compress(text, text.length).length < text.length / 20);
        }

        @Test
        @DisplayName("with tight limits it either fits and round-trips, or says 0, never overruns")
        void tightLimits() throws DataFormatException {
            Random random = new Random(44);
            for (int round = 0; round < 2000; round++) {
                byte[] data = repetitive(random, 1 + random.nextInt(400));
                int limit = random.nextInt(data.length + 1);
                byte[] out = new byte[limit + 16];
                Arrays.fill(out, (byte) 0x5a);
                int n = lzf.compress(data, 0, data.length, out, 8, limit);
                for (int i = 8 + limit; i < out.length; i++) {
                    assertEquals(0x5a, out[i], "wrote past the limit in round " + round);
                }
                if (n > 0) {
                    assertArrayEquals(data, Lzf.decompress(out, 8, n, data.length), "round " + round);
                }
            }
        }

        @Test
        @DisplayName("a long overlapping back-reference (one byte repeated) decompresses byte by byte")
        void overlappingRun() throws DataFormatException {
            byte[] compressed = HEX.parseHex("0078e0ff00");
            assertArrayEquals("x".repeat(1 + 264).getBytes(), Lzf.decompress(compressed, 0, 5, 265));
        }
    }

    @Nested
    @DisplayName("decompressing corrupt input fails cleanly")
    class CorruptInput {
        @Test
        @DisplayName("a back-reference to before the start of the output")
        void referenceBeforeStart() {
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> Lzf.decompress(HEX.parseHex("0061" + "2005"), 0, 4, 4));
            assertTrue(e.getMessage().contains("reaches 6 bytes back from output position 1"), e.getMessage());
        }

        @Test
        @DisplayName("a literal run longer than the remaining input")
        void literalPastInput() {
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> Lzf.decompress(HEX.parseHex("056161"), 0, 3, 6));
            assertTrue(e.getMessage().contains("runs past the end"), e.getMessage());
        }

        @Test
        @DisplayName("a back-reference cut off by the end of the input")
        void referenceCutOff() {
            assertThrows(DataFormatException.class, () -> Lzf.decompress(HEX.parseHex("016161e0"), 0, 4, 100));
            assertThrows(DataFormatException.class, () -> Lzf.decompress(HEX.parseHex("016161e057"), 0, 5, 100));
        }

        @Test
        @DisplayName("output longer than declared")
        void outputOverflow() {
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> Lzf.decompress(HEX.parseHex("016161e05700016161"), 0, 9, 99));
            assertTrue(e.getMessage().contains("overflows the declared 99 bytes"), e.getMessage());
        }

        @Test
        @DisplayName("output shorter than declared")
        void outputShort() {
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> Lzf.decompress(HEX.parseHex("016161e05700016161"), 0, 9, 101));
            assertEquals("decompressed to 100 bytes instead of 101", e.getMessage());
        }

        @Test
        @DisplayName("randomly damaged compressed data gives the original, other bytes, or DataFormatException")
        void fuzz() {
            Random random = new Random(45);
            for (int round = 0; round < 5000; round++) {
                byte[] data = repetitive(random, 1 + random.nextInt(300));
                byte[] out = new byte[data.length + 40];
                int n = lzf.compress(data, 0, data.length, out, 0, out.length);
                byte[] damaged = Arrays.copyOf(out, n);
                damaged[random.nextInt(n)] ^= (byte) (1 + random.nextInt(255));
                int declared = random.nextBoolean() ? data.length : random.nextInt(data.length * 2 + 1);
                try {
                    assertEquals(declared, Lzf.decompress(damaged, 0, damaged.length, declared).length);
                } catch (DataFormatException expected) {
                    // a clean refusal is the point
                } catch (RuntimeException e) {
                    fail("round " + round + " threw " + e);
                }
            }
        }
    }

    private byte[] compress(byte[] data, int limit) {
        byte[] out = new byte[limit];
        int n = lzf.compress(data, 0, data.length, out, 0, limit);
        assertTrue(n > 0, "did not fit in " + limit);
        return Arrays.copyOf(out, n);
    }

    private void assertRoundTrip(byte[] data, int limit) {
        byte[] out = new byte[limit];
        int n = lzf.compress(data, 0, data.length, out, 0, limit);
        if (data.length == 0) {
            assertEquals(0, n);
            return;
        }
        assertTrue(n > 0, "length " + data.length);
        try {
            assertArrayEquals(data, Lzf.decompress(out, 0, n, data.length), "length " + data.length);
        } catch (DataFormatException e) {
            fail("length " + data.length + ": " + e.getMessage());
        }
    }

    /** Data with structure: runs, repeated short patterns and words, mixed with random bytes. */
    static byte[] repetitive(Random random, int length) {
        byte[] data = new byte[length];
        String[] words = {"redis ", "replica ", "offset ", "backlog ", "0123456789", "\u0000\u0000\u0000"};
        int at = 0;
        while (at < length) {
            int kind = random.nextInt(4);
            byte[] piece;
            if (kind == 0) {
                piece = new byte[1 + random.nextInt(300)];
                Arrays.fill(piece, (byte) random.nextInt(256));
            } else if (kind == 1) {
                piece = words[random.nextInt(words.length)].getBytes(StandardCharsets.ISO_8859_1);
            } else if (kind == 2) {
                int back = 1 + random.nextInt(Math.max(1, Math.min(at, 9000)));
                int len = 1 + random.nextInt(300);
                piece = new byte[len];
                for (int i = 0; i < len; i++) {
                    piece[i] = at - back + i >= 0 && at - back + i < at ? data[at - back + i] : (byte) i;
                }
            } else {
                piece = new byte[1 + random.nextInt(12)];
                random.nextBytes(piece);
            }
            int n = Math.min(piece.length, length - at);
            System.arraycopy(piece, 0, data, at, n);
            at += n;
        }
        return data;
    }
}
