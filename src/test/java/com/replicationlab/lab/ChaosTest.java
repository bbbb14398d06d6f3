package com.replicationlab.lab;

import com.replicationlab.replication.LinkState;
import com.replicationlab.server.RedisNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
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
 * Faults, then convergence (after TigerBeetle's VOPR). For each seed: a master and three replicas
 * take writes while links drop, double, hold and delay packets, are cut and reset, and nodes crash
 * and restart. After every single event each synced replica must hold exactly the master's data as
 * of the replica's offset. Then the faults stop, and every replica must catch up completely.
 * A failure prints the seed and the action log that reproduce it.
 */
@DisplayName("Chaos: random faults never break prefix consistency, and replicas converge afterwards")
class ChaosTest {
    private static final int FAULT_STEPS = 250;
    private static final String[] REPLICAS = {"replica-1", "replica-2", "replica-3"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("chaos.seeds", 24));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void faultsThenConvergence(long seed) {
        String recovery = seed % 2 == 0 ? "resend" : "reconnect";
        Lab lab = Lab.create(new ClusterSpec(3, 20, seed, 600, recovery), 10_000);
        List<String> actions = new ArrayList<>();
        History history = new History();
        lab.afterEachEvent(() -> history.check(lab, seed, actions));
        try {
            faultPhase(lab, new SplittableRandom(seed * 7919), actions, history);
            healPhase(lab, actions);
            lab.advance(130_000);
            assertConverged(lab);
            assertTrue(lab.packetsInFlight().size() < 50, "packets in flight stay bounded");
            assertTrue(lab.trace().records().size() <= 10_000, "the trace keeps a bounded window");
        } catch (AssertionError | RuntimeException e) {
            List<String> recent = lab.trace().records().stream().map(TraceRecord::format).toList();
            fail("seed " + seed + " (" + recovery + ") failed: " + e.getMessage() + "\nactions:\n"
                    + String.join("\n", actions) + "\nlast trace records:\n"
                    + String.join("\n", recent.subList(Math.max(0, recent.size() - 80), recent.size())), e);
        }
    }

    private void faultPhase(Lab lab, SplittableRandom random, List<String> actions, History history) {
        for (int i = 0; i < FAULT_STEPS; i++) {
            int choice = random.nextInt(100);
            String replica = REPLICAS[random.nextInt(REPLICAS.length)];
            String up = "master->" + replica;
            if (choice < 45) {
                write(lab, random, i, actions, history);
            } else if (choice < 55) {
                act(actions, "drop next " + up, () -> lab.dropNext("master", replica));
            } else if (choice < 60) {
                act(actions, "drop next " + replica + "->master", () -> lab.dropNext(replica, "master"));
            } else if (choice < 64) {
                int rate = random.nextInt(40);
                act(actions, "drop rate " + rate + "% " + up, () -> lab.dropRate("master", replica, rate));
            } else if (choice < 68) {
                act(actions, "duplicate next " + up, () -> lab.duplicateNext("master", replica));
            } else if (choice < 72) {
                act(actions, "hold next " + up, () -> lab.holdNext("master", replica));
            } else if (choice < 76) {
                act(actions, "release " + up, () -> lab.release("master", replica));
            } else if (choice < 79) {
                act(actions, "kill link master " + replica, () -> lab.killLink("master", replica));
            } else if (choice < 84) {
                act(actions, "heal link master " + replica, () -> lab.healLink("master", replica));
            } else if (choice < 87) {
                act(actions, "close link master " + replica, () -> lab.closeLink("master", replica));
            } else if (choice < 90) {
                long ms = 5 + random.nextInt(400);
                act(actions, "delay " + up + " " + ms + "ms", () -> lab.delay("master", replica, ms));
            } else if (choice < 93 && lab.node(replica).isUp()) {
                act(actions, "crash " + replica, () -> lab.crash(replica));
            } else if (choice < 96 && !lab.node(replica).isUp()) {
                act(actions, "restart " + replica, () -> lab.restart(replica));
            } else if (choice < 97 && lab.node("master").isUp()) {
                act(actions, "crash master", () -> lab.crash("master"));
            } else if (!lab.node("master").isUp()) {
                act(actions, "restart master", () -> lab.restart("master"));
            }
            long ms = random.nextInt(700);
            act(actions, "advance " + ms + "ms", () -> lab.advance(ms));
        }
    }

    private void write(Lab lab, SplittableRandom random, int i, List<String> actions, History history) {
        if (!lab.node("master").isUp()) {
            return;
        }
        String key = "k" + random.nextInt(12);
        List<String> command = switch (random.nextInt(5)) {
            case 0 -> List.of("INCR", "n" + random.nextInt(3));
            case 1 -> List.of("RPUSH", "list", "e" + i);
            case 2 -> List.of("DEL", key);
            case 3 -> List.of("HSET", "hash", key, "v" + i);
            default -> List.of("SET", key, "v" + i);
        };
        act(actions, "master> " + String.join(" ", command), () -> lab.command("master", command));
        history.record(lab.node("master").redis());
    }

    private void healPhase(Lab lab, List<String> actions) {
        for (String replica : REPLICAS) {
            act(actions, "clear link master " + replica, () -> lab.clearFaults("master", replica));
            if (!lab.node(replica).isUp()) {
                act(actions, "restart " + replica, () -> lab.restart(replica));
            }
        }
        if (!lab.node("master").isUp()) {
            act(actions, "restart master", () -> lab.restart("master"));
        }
    }

    private static void act(List<String> actions, String line, Runnable action) {
        actions.add(line);
        action.run();
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

        void record(RedisNode master) {
            byReplid.computeIfAbsent(master.masterSide().ids().replid(), k -> new TreeMap<>())
                    .put(master.masterSide().masterReplOffset(), KeyspaceDigest.of(master.keyspace()));
        }

        void check(Lab lab, long seed, List<String> actions) {
            LabNode masterNode = lab.node("master");
            if (masterNode.isUp() && !byReplid.containsKey(masterNode.redis().masterSide().ids().replid())) {
                record(masterNode.redis()); // a new history began (first backlog, or a restart)
            }
            for (String name : REPLICAS) {
                LabNode node = lab.node(name);
                if (!node.isUp() || node.redis().replicaSide().state() != LinkState.CONNECTED) {
                    continue;
                }
                RedisNode replica = node.redis();
                TreeMap<Long, String> states = byReplid.get(replica.masterSide().ids().replid());
                Map.Entry<Long, String> asOf = states == null ? null
                        : states.floorEntry(replica.replicaSide().replOffset());
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
