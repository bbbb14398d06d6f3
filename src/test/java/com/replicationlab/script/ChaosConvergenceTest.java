package com.replicationlab.script;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults, then convergence: random actions of every kind (except promote, which changes who the
 * master is), then every fault healed and every held packet released; after that the replicas
 * must catch up with the master. A failure prints the seed and the action log that reproduce it.
 */
@DisplayName("After random faults are healed, the replicas converge")
class ChaosConvergenceTest {
    private static final int ACTIONS = 60;
    private static final String[] NODES = {"master", "replica-1", "replica-2"};
    private static final List<String> DIRECTIONS = List.of("master->replica-1", "master->replica-2", "replica-1->master",
            "replica-2->master");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void replicasConverge(long seed) throws ScriptException {
        Random random = new Random(seed);
        Session session = new Session();
        perform(session, "cluster replicas=2 seed=" + seed + " backlog=" + (random.nextBoolean() ? "200" : "1mb")
                + " recovery=" + (random.nextBoolean() ? "resend" : "reconnect"));
        for (int i = 0; i < ACTIONS; i++) {
            perform(session, randomAction(random, i));
        }
        heal(session);
        List<String> failures = new ArrayList<>();
        for (String check : List.of("run until replica-1.offset == master.offset within 30s",
                "run until replica-2.offset == master.offset within 30s", "expect replica-1.master_link_status == \"up\"",
                "expect replica-2.master_link_status == \"up\"")) {
            Outcome outcome = perform(session, check);
            if (outcome.failed()) {
                failures.add(check + " — " + outcome.detail());
            }
        }
        assertTrue(failures.isEmpty(), "seed " + seed + ": " + String.join("; ", failures)
                + "\naction log:\n" + session.log().text());
    }

    private static Outcome perform(Session session, String line) throws ScriptException {
        return session.perform(ScriptParser.parseAction("chaos", line));
    }

    private static String randomAction(Random random, int i) {
        String from = NODES[random.nextInt(NODES.length)];
        String to = from.equals("master") ? NODES[1 + random.nextInt(2)] : "master";
        String link = from + "->" + to;
        return switch (random.nextInt(15)) {
            case 0, 1 -> "master> SET k" + random.nextInt(5) + " v" + i;
            case 2 -> "master> INCR counter";
            case 3 -> "drop next " + link;
            case 4 -> "drop rate " + random.nextInt(60) + "% " + link;
            case 5 -> "duplicate next " + link;
            case 6 -> "hold next " + link;
            case 7 -> "release " + link;
            case 8 -> (random.nextBoolean() ? "kill" : random.nextBoolean() ? "heal" : "close") + " link " + from + " " + to;
            case 9 -> (random.nextBoolean() ? "crash " : "restart ") + from;
            case 10 -> "advance " + random.nextInt(3000) + "ms";
            case 11 -> "step " + (1 + random.nextInt(20));
            case 12 -> List.of("deliver", "drop", "hold", "duplicate").get(random.nextInt(4)) + " packet " + (1 + random.nextInt(300));
            case 13 -> "jitter " + link + " " + random.nextInt(100) + "ms";
            default -> "master> WAIT 1 " + random.nextInt(2000);
        };
    }

    /** Heal everything; "hold next" may still be armed, so release held packets a few times as time goes on. */
    private static void heal(Session session) throws ScriptException {
        for (String replica : List.of("replica-1", "replica-2")) {
            perform(session, "heal link master " + replica);
        }
        for (String direction : DIRECTIONS) {
            perform(session, "drop rate 0% " + direction);
            perform(session, "jitter " + direction + " 0ms");
        }
        for (String node : NODES) {
            perform(session, "restart " + node);
        }
        for (int round = 0; round < 6; round++) {
            perform(session, "advance 70s");
            for (String direction : DIRECTIONS) {
                perform(session, "release " + direction);
            }
        }
    }
}
