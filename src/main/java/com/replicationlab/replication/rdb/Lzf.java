package com.replicationlab.replication.rdb;

import java.util.Arrays;
import java.util.Objects;
import java.util.zip.DataFormatException;

/**
 * LZF, the compression Redis uses for long strings in RDB files (liblzf, as in Redis's
 * {@code lzf_c.c} and {@code lzf_d.c}).
 *
 * <p>The format is a sequence of runs, each starting with a control byte {@code c}:
 * {@code c < 32} copies the next {@code c + 1} bytes as they are; otherwise the run repeats earlier
 * output: length {@code (c >> 5) + 2} (with {@code c >> 5 == 7} meaning "add the next byte"), from
 * {@code ((c & 0x1f) << 8) + nextByte + 1} bytes back.
 *
 * <p>Decompression is static and checks every run against both buffers. Compression follows
 * liblzf 3.6 as Redis builds it ("very fast" mode, a 2<sup>16</sup>-entry hash table), starting each
 * input with an empty table. Redis leaves its table uninitialised, so a stale entry from an earlier
 * call occasionally gives it a match this class does not take: the output is then a valid, slightly
 * different compression. An instance reuses its table between calls and is not thread-safe.
 */
public final class Lzf {
    private static final int HASH_LOG = 16;
    private static final int MAX_LITERAL = 1 << 5;
    private static final int MAX_OFFSET = 1 << 13;
    private static final int MAX_MATCH = (1 << 8) + (1 << 3);
    /** The most output one input byte can stand for: a 3-byte run that repeats 264 bytes. */
    public static final int MAX_EXPANSION = MAX_MATCH / 3;

    /**
     * Input position + 1 of the last 3-byte sequence with each hash, offset by {@link #generation}
     * so entries from earlier inputs read as "none" without clearing the table on every call.
     */
    private final int[] table = new int[1 << HASH_LOG];
    private int generation;

    /**
     * Compresses {@code inLen} bytes of {@code in} from {@code inOff} into {@code out} from
     * {@code outOff}, using at most {@code outLen} bytes. Returns the compressed length, or 0 when the
     * result would not fit (as liblzf does; callers use that to keep the data uncompressed).
     */
    public int compress(byte[] in, int inOff, int inLen, byte[] out, int outOff, int outLen) {
        Objects.checkFromIndexSize(inOff, inLen, in.length);
        Objects.checkFromIndexSize(outOff, outLen, out.length);
        if (inLen == 0 || outLen == 0) {
            return 0;
        }
        int base = startGeneration(inLen);
        Output o = new Output(out, outOff, outLen);
        int ip = 0;
        int hash = inLen >= 2 ? first(in, inOff) : 0;
        while (ip < inLen - 2) {
            hash = next(hash, in, inOff + ip);
            int slot = slot(hash);
            int ref = table[slot] - base;
            table[slot] = base + ip;
            int off = ip - ref - 1;
            // ref > 0: like liblzf, a match never starts at the very first input byte.
            if (ref > 0 && off < MAX_OFFSET
                    && in[inOff + ref] == in[inOff + ip]
                    && in[inOff + ref + 1] == in[inOff + ip + 1]
                    && in[inOff + ref + 2] == in[inOff + ip + 2]) {
                o.closeRun();
                if (o.op + 3 + 1 >= o.end) {
                    return 0;
                }
                int len = matchLength(in, inOff + ref, inOff + ip, Math.min(inLen - ip - 2, MAX_MATCH)) - 2;
                o.backReference(off, len);
                ip += len + 2;
                if (ip >= inLen - 2) {
                    break;
                }
                // Hash the two positions just before the new one, as liblzf's "very fast" mode does.
                ip -= 2;
                hash = first(in, inOff + ip);
                hash = next(hash, in, inOff + ip);
                table[slot(hash)] = base + ip;
                ip++;
                hash = next(hash, in, inOff + ip);
                table[slot(hash)] = base + ip;
                ip++;
            } else {
                if (o.op >= o.end) {
                    return 0;
                }
                o.literal(in[inOff + ip++]);
            }
        }
        if (o.op + 3 > o.end) {
            return 0;
        }
        while (ip < inLen) {
            o.literal(in[inOff + ip++]);
        }
        o.closeRun();
        return o.op - outOff;
    }

    /**
     * Compressed output under construction. A literal run's control byte is reserved before its
     * bytes are known and filled in when the run closes.
     */
    private static final class Output {
        final byte[] out;
        final int end;
        int op;
        int lit;

        Output(byte[] out, int start, int len) {
            this.out = out;
            this.end = start + len;
            this.op = start + 1;
        }

        void literal(byte b) {
            lit++;
            out[op++] = b;
            if (lit == MAX_LITERAL) {
                closeRun();
                startRun();
            }
        }

        /** Writes the open run's control byte; an empty run takes no room. */
        void closeRun() {
            out[op - lit - 1] = (byte) (lit - 1);
            if (lit == 0) {
                op--;
            }
        }

        /** {@code len} is the match length minus 2; {@code off} the distance minus 1. */
        void backReference(int off, int len) {
            if (len < 7) {
                out[op++] = (byte) ((off >>> 8) + (len << 5));
            } else {
                out[op++] = (byte) ((off >>> 8) + (7 << 5));
                out[op++] = (byte) (len - 7);
            }
            out[op++] = (byte) off;
            startRun();
        }

        private void startRun() {
            lit = 0;
            op++;
        }
    }

    /**
     * Decompresses {@code len} bytes of {@code in} from {@code off}, which must expand to exactly
     * {@code outLen} bytes. Fails, without reading or writing out of bounds, on a run that reaches
     * past the input, past {@code outLen}, or back before the start of the output.
     */
    public static byte[] decompress(byte[] in, int off, int len, int outLen) throws DataFormatException {
        Objects.checkFromIndexSize(off, len, in.length);
        if (outLen < 0) {
            throw new DataFormatException("negative output length " + outLen);
        }
        byte[] out = new byte[outLen];
        int ip = off;
        int end = off + len;
        int op = 0;
        while (ip < end) {
            int runAt = ip - off;
            int control = in[ip++] & 0xff;
            if (control < 32) {
                int n = control + 1;
                if (n > outLen - op) {
                    throw new DataFormatException(overflow(n, runAt, outLen));
                }
                if (n > end - ip) {
                    throw new DataFormatException("literal run of " + n + " bytes at compressed byte " + runAt
                            + " runs past the end of the " + len + " compressed bytes");
                }
                System.arraycopy(in, ip, out, op, n);
                ip += n;
                op += n;
            } else {
                int n = control >>> 5;
                int back = (control & 0x1f) << 8;
                if (n == 7) {
                    if (ip >= end) {
                        throw new DataFormatException(truncatedReference(runAt));
                    }
                    n += in[ip++] & 0xff;
                }
                if (ip >= end) {
                    throw new DataFormatException(truncatedReference(runAt));
                }
                back += (in[ip++] & 0xff) + 1;
                n += 2;
                if (n > outLen - op) {
                    throw new DataFormatException(overflow(n, runAt, outLen));
                }
                if (back > op) {
                    throw new DataFormatException("back-reference at compressed byte " + runAt + " reaches "
                            + back + " bytes back from output position " + op);
                }
                copyWithin(out, op - back, op, n);
                op += n;
            }
        }
        if (op != outLen) {
            throw new DataFormatException("decompressed to " + op + " bytes instead of " + outLen);
        }
        return out;
    }

    /** Byte by byte where source and destination overlap: that is how a run repeats a pattern. */
    private static void copyWithin(byte[] buf, int from, int to, int n) {
        if (from + n <= to) {
            System.arraycopy(buf, from, buf, to, n);
        } else {
            for (int i = 0; i < n; i++) {
                buf[to + i] = buf[from + i];
            }
        }
    }

    private static String overflow(int n, int runAt, int outLen) {
        return "run of " + n + " bytes at compressed byte " + runAt + " overflows the declared "
                + outLen + " bytes of output";
    }

    private static String truncatedReference(int runAt) {
        return "back-reference at compressed byte " + runAt + " is cut off by the end of the input";
    }

    /**
     * How many bytes at {@code ip} repeat those at {@code ref} (at least 3, which the caller checked),
     * up to {@code maxLen}. liblzf unrolls the first 16 comparisons without checking the limit, so
     * near the end of the input it can overshoot {@code maxLen} by up to 2 bytes (never the input);
     * this does the same so the output matches Redis's.
     */
    private static int matchLength(byte[] in, int ref, int ip, int maxLen) {
        int len = 2;
        if (maxLen > 16) {
            for (int i = 0; i < 16; i++) {
                len++;
                if (in[ref + len] != in[ip + len]) {
                    return len;
                }
            }
        }
        do {
            len++;
        } while (len < maxLen && in[ref + len] == in[ip + len]);
        return len;
    }

    private int startGeneration(int inLen) {
        if (generation > Integer.MAX_VALUE - inLen) {
            Arrays.fill(table, 0);
            generation = 0;
        }
        int base = generation;
        generation += inLen;
        return base;
    }

    private static int first(byte[] in, int at) {
        return ((in[at] & 0xff) << 8) | (in[at + 1] & 0xff);
    }

    private static int next(int hash, byte[] in, int at) {
        return (hash << 8) | (in[at + 2] & 0xff);
    }

    private static int slot(int hash) {
        return ((hash >>> (3 * 8 - HASH_LOG)) - hash * 5) & ((1 << HASH_LOG) - 1);
    }
}
