package com.replicationlab.cli.bench;

import com.replicationlab.lab.Lab;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes on the master at a rate per second of virtual time, as an application would: SETs of
 * mostly hot keys, values of varied sizes, some with an expiry, a few only if absent.
 */
final class WriteMix {
    private static final int KEYS = 10_000;
    private static final int HOT_KEYS = 1_000;
    private static final int HOT_PERCENT = 80;
    private static final int MIN_VALUE = 16;
    private static final int MAX_VALUE = 256;
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
    private long written;
    /** Writes due so far, written or left out because they fell in time the lab skipped. */
    private long handled;
    private long startMs = -1;

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
        for (; handled < due; handled++, written++) {
            lab.command(master, next());
        }
        return written;
    }

    private List<String> next() {
        int key = random.nextInt(100) < HOT_PERCENT ? random.nextInt(HOT_KEYS) : random.nextInt(KEYS);
        String name = "user:" + key;
        String value = value(MIN_VALUE + random.nextInt(MAX_VALUE - MIN_VALUE + 1));
        int kind = random.nextInt(10);
        if (kind < 7) {
            return List.of("SET", name, value);
        }
        if (kind < 9) {
            return List.of("SET", name, value, "EX", Integer.toString(60 + random.nextInt(3600)));
        }
        return List.of("SET", name, value, "NX");
    }

    private String value(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(chars);
    }
}
