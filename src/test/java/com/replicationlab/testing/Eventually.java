package com.replicationlab.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for a condition that real processes reach in their own time (bounded, never a timing assertion). */
public final class Eventually {
    private Eventually() {
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // The peer may not be ready to answer yet.
            }
            Thread.sleep(25);
        }
        fail("timed out after " + timeout.toSeconds() + " s waiting until " + what);
    }
}
