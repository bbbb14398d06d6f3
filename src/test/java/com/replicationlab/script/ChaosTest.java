package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.TraceRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Faults, then convergence (after TigerBeetle's VOPR). For each seed, random actions of the lab
 * language: writes and WAITs, lost, doubled, held and delayed packets in both directions, cut and
 * reset links, packets handled by hand, crashes and restarts. After every single event each synced
 * replica must hold exactly the master's data as of the replica's offset (prefix consistency).
 * Then every fault is cleared and every replica must catch up completely. A failure prints the
 * seed and the action log: paste it into a .lab file and `run` replays it exactly.
 */
@DisplayName("Chaos: random faults never break prefix consistency, and replicas converge afterwards")
class ChaosTest {
    private static final int ACTIONS = 200;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("chaos.seeds", 24));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void faultsThenConvergence(long seed) throws ScriptException {
        SplittableRandom random = new SplittableRandom(seed * 7919);
        Session session = new Session();
        ChaosMoves.perform(session, "cluster replicas=3 latency=20ms seed=" + seed + " backlog="
                + (random.nextBoolean() ? "600" : "1mb") + " recovery=" + (random.nextBoolean() ? "resend" : "reconnect"));
        Lab lab = session.lab();
        PrefixHistory history = new PrefixHistory();
        lab.afterEachEvent(() -> history.check(lab));
        try {
            for (int i = 0; i < ACTIONS; i++) {
                ChaosMoves.perform(session, ChaosMoves.randomAction(random, i));
                history.recordIfWrite(lab);
            }
            ChaosMoves.clearFaults(session);
            ChaosMoves.settleAndAssertConverged(session);
            assertTrue(lab.packetsInFlight().size() < 50, "packets in flight stay bounded");
        } catch (AssertionError | RuntimeException e) {
            List<String> recent = lab.trace().records().stream().map(TraceRecord::format).toList();
            fail("seed " + seed + " failed: " + e.getMessage() + "\naction log:\n" + session.log().text()
                    + "\nlast trace records:\n" + String.join("\n", recent.subList(Math.max(0, recent.size() - 60),
                    recent.size())), e);
        }
    }
}
