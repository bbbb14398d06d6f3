package com.replicationlab.cli.bench;

import com.replicationlab.lab.Bridge;
import com.replicationlab.lab.ClientEnd;
import com.replicationlab.lab.Lab;
import com.replicationlab.resp.RespEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes on the master at a rate per second of virtual time, as an application would: SETs of
 * mostly hot keys, values of varied sizes, some with an expiry, a few only if absent. They come as
 * from a client on the master's TCP port (redis-benchmark, say): over a {@link Bridge}, the way the
 * window's TCP ports hand a client's bytes to the lab, not as actions of the window's own.
 */
final class WriteMix {
    private static final int KEYS = 10_000;
    private static final int HOT_KEYS = 1_000;
    private static final int HOT_PERCENT = 80;
    private static final int MIN_VALUE = 16;
    private static final int MAX_VALUE = 256;
    private static final int VALUES_MADE = 1_024;
    private static final byte[] SET = ascii("SET");
    private static final byte[] EX = ascii("EX");
    private static final byte[] NX = ascii("NX");
    /** The client's own port, as the master's client list shows it. */
    private static final int CLIENT_PORT = 50_000;
    /**
     * Writes of at most this much virtual time go in one hand-over. A lab that fell behind and then
     * ran on to the wall clock in one go (few events left, so it moves its clock straight there)
     * would otherwise get every write of the time it skipped at a single instant: an application
     * writes as time passes, not in a burst of tens of thousands.
     */
    private static final long MAX_HAND_OVER_MS = 1_000;

    private final String master;
    private final int perSecond;
    private final SplittableRandom random = new SplittableRandom(42);
    private final byte[][] values = values(random);
    private long written;
    /** Writes due so far, written or left out because they fell in time the lab skipped. */
    private long handled;
    private long startMs = -1;
    private Bridge client;

    WriteMix(String master, int perSecond) {
        this.master = master;
        this.perSecond = perSecond;
    }

    /** On the lab thread: the writes due by the lab's time now (from the first call on), at most {@link #MAX_HAND_OVER_MS}'s worth. Gives the writes so far. */
    long writeDue(Lab lab) {
        long now = lab.elapsedMs();
        if (startMs < 0) {
            startMs = now;
        }
        long due = (now - startMs) * perSecond / 1000;
        handled = Math.max(handled, due - MAX_HAND_OVER_MS * perSecond / 1000);
        if (handled == due) {
            return written;
        }
        ByteBuf requests = Unpooled.buffer();
        for (; handled < due; handled++, written++) {
            requests.writeBytes(RespEncoder.commandBytes(next()));
        }
        if (client == null) {
            client = lab.openBridge(master, new InetSocketAddress("127.0.0.1", CLIENT_PORT), ClientEnd.ignoringReplies());
        }
        client.receive(requests);
        return written;
    }

    private List<byte[]> next() {
        int key = random.nextInt(100) < HOT_PERCENT ? random.nextInt(HOT_KEYS) : random.nextInt(KEYS);
        byte[] name = ascii("user:" + key);
        byte[] value = values[random.nextInt(values.length)];
        int kind = random.nextInt(10);
        if (kind < 7) {
            return List.of(SET, name, value);
        }
        if (kind < 9) {
            return List.of(SET, name, value, EX, ascii(Integer.toString(60 + random.nextInt(3600))));
        }
        return List.of(SET, name, value, NX);
    }

    /**
     * Values of random letters and lengths, made once: a client's values come from outside the
     * window's JVM, so making them should not weigh on its collector as they are sent.
     */
    private static byte[][] values(SplittableRandom random) {
        byte[][] values = new byte[VALUES_MADE][];
        for (int v = 0; v < values.length; v++) {
            values[v] = new byte[MIN_VALUE + random.nextInt(MAX_VALUE - MIN_VALUE + 1)];
            for (int i = 0; i < values[v].length; i++) {
                values[v][i] = (byte) ('a' + random.nextInt(26));
            }
        }
        return values;
    }

    private static byte[] ascii(String word) {
        return word.getBytes(StandardCharsets.US_ASCII);
    }
}
