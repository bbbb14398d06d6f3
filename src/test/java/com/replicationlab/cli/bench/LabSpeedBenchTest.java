package com.replicationlab.cli.bench;

import io.netty.util.concurrent.FastThreadLocalThread;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Lab speed benchmark: the lab runs on a thread like the app's lab thread")
class LabSpeedBenchTest {

    @Test
    @DisplayName("the work runs on a Netty thread of its own (as a LabRunner's event loop), and its result comes back")
    void runsOnANettyThread() throws Exception {
        Thread caller = Thread.currentThread();
        Thread ran = LabSpeedBench.onLabThread(Thread::currentThread);
        assertNotSame(caller, ran);
        assertTrue(ran instanceof FastThreadLocalThread, "Netty's per-thread state is a field of the thread there");
        assertEquals(42, LabSpeedBench.onLabThread(() -> 42));
    }

    @Test
    @DisplayName("a failure of the work reaches the caller")
    void failuresReachTheCaller() {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> LabSpeedBench.onLabThread(() -> {
            throw new IllegalStateException("replica-8 did not catch up with the master");
        }));
        assertEquals("replica-8 did not catch up with the master", failure.getCause().getMessage());
    }
}
