package com.replicationlab.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replicationlab.lab.Lab;
import com.replicationlab.replication.LinkState;
import com.replicationlab.server.RedisNode;
import com.replicationlab.testing.KeyspaceDigest;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The chaos test's moves on a lab of a master and three replicas: random actions of the lab
 * language (writes, lost, doubled, held and delayed packets, cut and reset links, crashes), then
 * clearing every fault, and the check that every replica has caught up.
 */
public final class ChaosMoves {
    static final String[] NODES = {"master", "replica-1", "replica-2", "replica-3"};
    static final String[] REPLICAS = {"replica-1", "replica-2", "replica-3"};

    private ChaosMoves() {
    }

    static void perform(Session session, String line) throws ScriptException {
        session.perform(ScriptParser.parseAction("chaos", line));
    }

    public static String randomAction(SplittableRandom random, int i) {
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

    static void clearFaults(Session session) throws ScriptException {
        for (String replica : REPLICAS) {
            perform(session, "clear link master " + replica);
        }
        for (String node : NODES) {
            if (!session.lab().node(node).isUp()) {
                perform(session, "restart " + node);
            }
        }
    }

    /**
     * Runs the clock long enough for every replica to reconnect and catch up, then asserts that it
     * has. A master PING sent at that very moment is still in flight for the link's latency, so
     * offsets that differ are given one more second before they count as a failure.
     */
    static void settleAndAssertConverged(Session session) throws ScriptException {
        perform(session, "advance 130s");
        Lab lab = session.lab();
        long masterOffset = lab.node("master").redis().masterSide().masterReplOffset();
        for (String name : REPLICAS) {
            if (lab.node(name).redis().replicaSide().replOffset() != masterOffset) {
                perform(session, "advance 1s");
                break;
            }
        }
        assertConverged(lab);
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
}
