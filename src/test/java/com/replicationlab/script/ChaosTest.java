package com.replicationlab.script;

import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabNode;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.replication.LinkState;
import com.replicationlab.server.RedisNode;
import com.replicationlab.testing.KeyspaceDigest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    private static final String[] NODES = {"master", "replica-1", "replica-2", "replica-3"};
    private static final String[] REPLICAS = {"replica-1", "replica-2", "replica-3"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("chaos.seeds", 24));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void faultsThenConvergence(long seed) throws ScriptException {
        SplittableRandom random = new SplittableRandom(seed * 7919);
        Session session = new Session();
        perform(session, "cluster replicas=3 latency=20ms seed=" + seed + " backlog=" + (random.nextBoolean() ? "600" : "1mb")
                + " recovery=" + (random.nextBoolean() ? "resend" : "reconnect"));
        Lab lab = session.lab();
        History history = new History();
        lab.afterEachEvent(() -> history.check(lab));
        try {
            for (int i = 0; i < ACTIONS; i++) {
                perform(session, randomAction(random, i));
                history.recordIfWrite(lab);
            }
            clearFaults(session);
            perform(session, "advance 130s");
            assertConverged(lab);
            assertTrue(lab.packetsInFlight().size() < 50, "packets in flight stay bounded");
        } catch (AssertionError | RuntimeException e) {
            List<String> recent = lab.trace().records().stream().map(TraceRecord::format).toList();
            fail("seed " + seed + " failed: " + e.getMessage() + "\naction log:\n" + session.log().text()
                    + "\nlast trace records:\n" + String.join("\n", recent.subList(Math.max(0, recent.size() - 60),
                    recent.size())), e);
        }
    }

    private static void perform(Session session, String line) throws ScriptException {
        session.perform(ScriptParser.parseAction("chaos", line));
    }

    private static String randomAction(SplittableRandom random, int i) {
        String replica = REPLICAS[random.nextInt(REPLICAS.length)];
        String link = random.nextInt(3) > 0 ? "master->" + replica : replica + "->master";
        return switch (random.nextInt(20)) {
            case 0, 1, 2 -> "master> SET k" + random.nextInt(8) + " v" + i;
            case 3 -> "master> INCR counter";
            case 4 -> "master> RPUSH list e" + i;
            case 5 -> "master> DEL k" + random.nextInt(8);
            case 6 -> "drop next " + link;
            case 7 -> "drop rate " + random.nextInt(40) + "% " + link;
            case 8 -> "duplicate next " + link;
            case 9 -> "hold next " + link;
            case 10 -> "release " + link;
            case 11 -> List.of("kill", "heal", "close").get(random.nextInt(3)) + " link " + replica;
            case 12 -> (random.nextBoolean() ? "crash " : "restart ") + NODES[random.nextInt(NODES.length)];
            case 13 -> "delay " + link + " " + (5 + random.nextInt(300)) + "ms";
            case 14 -> "jitter " + link + " " + random.nextInt(60) + "ms";
            case 15 -> List.of("deliver", "drop", "hold", "duplicate").get(random.nextInt(4)) + " packet "
                    + (1 + random.nextInt(400));
            case 16 -> "master> WAIT 1 " + random.nextInt(800);
            case 17 -> "step " + (1 + random.nextInt(20));
            default -> "advance " + random.nextInt(1500) + "ms";
        };
    }

    private static void clearFaults(Session session) throws ScriptException {
        for (String replica : REPLICAS) {
            perform(session, "clear link master " + replica);
        }
        for (String node : NODES) {
            if (!session.lab().node(node).isUp()) {
                perform(session, "restart " + node);
            }
        }
    }

    private static void assertConverged(Lab lab) {
        RedisNode master = lab.node("master").redis();
        String expected = KeyspaceDigest.of(master.keyspace());
        for (String name : REPLICAS) {
            RedisNode replica = lab.node(name).redis();
            assertEquals(LinkState.CONNECTED, replica.replicaSide().state(), name + " link");
            assertEquals(master.masterSide().masterReplOffset(), replica.replicaSide().replOffset(), name + " offset");
            assertEquals(expected, KeyspaceDigest.of(replica.keyspace()), name + " data");
        }
    }

    /** The master's data after each of its writes, by history (replication ID) and offset. */
    private static final class History {
        private final Map<String, TreeMap<Long, String>> byReplid = new HashMap<>();

        void recordIfWrite(Lab lab) {
            LabNode master = lab.node("master");
            if (master.isUp()) {
                record(master.redis());
            }
        }

        private void record(RedisNode master) {
            byReplid.computeIfAbsent(master.masterSide().ids().replid(), k -> new TreeMap<>())
                    .put(master.masterSide().masterReplOffset(), KeyspaceDigest.of(master.keyspace()));
        }

        void check(Lab lab) {
            LabNode master = lab.node("master");
            if (master.isUp() && !master.redis().isReplica()) {
                TreeMap<Long, String> states = byReplid.get(master.redis().masterSide().ids().replid());
                if (states == null || !states.lastEntry().getValue().equals(KeyspaceDigest.of(master.redis().keyspace()))) {
                    record(master.redis()); // a new history, or data changed by a write or an expiry
                }
            }
            for (String name : REPLICAS) {
                LabNode node = lab.node(name);
                if (!node.isUp() || node.redis().replicaSide().state() != LinkState.CONNECTED) {
                    continue;
                }
                RedisNode replica = node.redis();
                TreeMap<Long, String> states = byReplid.get(replica.masterSide().ids().replid());
                Map.Entry<Long, String> asOf = states == null ? null : states.floorEntry(replica.replicaSide().replOffset());
                if (asOf == null) {
                    continue; // a history the checker never saw begin (a crashed master's)
                }
                String actual = KeyspaceDigest.of(replica.keyspace());
                if (!actual.equals(asOf.getValue())) {
                    throw new AssertionError("prefix consistency broken at " + lab.elapsedMs() + " ms: " + name
                            + " at offset " + replica.replicaSide().replOffset() + " holds\n" + actual
                            + "but the master held, at offset " + asOf.getKey() + ",\n" + asOf.getValue());
                }
            }
        }
    }
}
