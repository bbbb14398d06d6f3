package com.replicationlab.script;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A session runs actions one at a time")
class SessionTest {

    private static Outcome perform(Session session, String line) throws ScriptException {
        return session.perform(ScriptParser.parseAction("test", line));
    }

    /** An outcome as scripts read it, without the wording a window in another language says it from. */
    private static Outcome english(Outcome outcome) {
        return new Outcome(outcome.status(), outcome.detail(), outcome.reply());
    }

    @Test
    void startsTheDefaultLabWhenTheFirstActionIsNotACluster() throws ScriptException {
        Session session = new Session();
        assertFalse(session.hasLab());
        Outcome outcome = perform(session, "advance 2s");
        assertEquals(new Outcome(Outcome.Status.DONE, "virtual time is 2.000 s", null, new Wording("advanced", "2.000")),
                outcome);
        assertEquals(List.of("master", "replica-1", "replica-2"), session.lab().nodeNames());
    }

    @Test
    void aClusterActionStartsAFreshLabAtTimeZero() throws ScriptException {
        Session session = new Session();
        perform(session, "advance 5s");
        perform(session, "cluster replicas=1 latency=10ms");
        assertEquals(0, session.lab().elapsedMs());
        assertEquals(List.of("master", "replica-1"), session.lab().nodeNames());
    }

    @Test
    void aCommandsOutcomeIsItsReply() throws ScriptException {
        Session session = new Session();
        assertEquals("OK", perform(session, "master> SET k v").detail());
        assertEquals("\"v\"", perform(session, "master> GET k").detail());
        assertEquals("(integer) 1", perform(session, "master> EXISTS k").detail());
        assertEquals("(error) ERR unknown command 'NOPE', with args beginning with: ", perform(session, "master> NOPE").detail());
    }

    @Test
    void aRefusedActionIsAFailureAndTheSessionGoesOn() throws ScriptException {
        Session session = new Session();
        assertEquals(Outcome.failed("unknown node 'replica-9' (nodes: master, replica-1, replica-2)"),
                english(perform(session, "crash replica-9")));
        assertEquals(Outcome.failed("no packet #999 is in flight"), english(perform(session, "deliver packet 999")));
        assertEquals(Outcome.failed("master is not a replica: name both ends of the link, e.g. 'master replica-1'"),
                english(perform(session, "kill link master")));
        assertEquals(Outcome.Status.DONE, perform(session, "crash replica-1").status());
        assertEquals(Outcome.failed("replica-1 is already down"), english(perform(session, "crash replica-1")));
        assertEquals(Outcome.failed("replica-1 is down"), english(perform(session, "replica-1> PING")));
    }

    @Test
    void aBadConfigValueIsAFailureInRedisWords() throws ScriptException {
        Outcome outcome = perform(new Session(), "config master min-replicas-to-write lots");
        assertTrue(outcome.failed());
        assertTrue(outcome.detail().startsWith("ERR CONFIG SET failed"), outcome.detail());
    }

    @Test
    @DisplayName("a session without a log (the window's: its journal records the actions) performs as any other and keeps none")
    void withoutLog() throws ScriptException {
        Session session = Session.withoutLog(Lab.create(ClusterSpec.defaults()));
        assertEquals("OK", perform(session, "master> SET k v").detail());
        assertEquals("\"v\"", perform(session, "master> GET k").detail());
        IllegalStateException noLog = assertThrows(IllegalStateException.class, session::log);
        assertEquals("this session keeps no log: its actions are recorded by whoever performs them", noLog.getMessage());
    }

    @Test
    void runUntilFailsLikeAnExpectWhenTheLimitPasses() throws ScriptException {
        Session session = new Session();
        perform(session, "advance 1s");
        Outcome outcome = perform(session, "run until master.connected_slaves == 3 within 2s");
        assertEquals(Outcome.failed("still false after 2s: master.connected_slaves is 2"), english(outcome));
        assertEquals(3000, session.lab().elapsedMs());
    }

    @Test
    void runUntilStopsAsSoonAsTheComparisonHolds() throws ScriptException {
        Session session = new Session();
        Outcome outcome = perform(session, "run until master.connected_slaves == 2");
        assertEquals(Outcome.passed("held after 0.300 s: master.connected_slaves is 2"), english(outcome));
    }

    @Test
    void stepRunsExactlyTheNextEvent() throws ScriptException {
        Session session = new Session();
        long before = session.lab().eventsRun();
        String next = session.lab().nextEvent().description();
        assertEquals(Outcome.done(next), english(perform(session, "step")));
        assertEquals(before + 1, session.lab().eventsRun());
        assertEquals(Outcome.Status.DONE, perform(session, "step 10").status());
        assertEquals(before + 11, session.lab().eventsRun());
    }

    @Test
    void theActionLogHoldsEveryActionAsItsLineAndReplaysTheSameRun() throws ScriptException {
        Session session = new Session();
        List<String> firstTrace = new ArrayList<>();
        session.addListener(new TracePrinter(firstTrace::add));
        for (String line : List.of("cluster replicas=1", "advance 2s", "drop next master->replica-1",
                "master> SET \"my key\" v", "crash replica-1", "crash replica-1", "restart replica-1",
                "run until replica-1.offset == master.offset")) {
            perform(session, line);
        }
        assertEquals(List.of("cluster replicas=1", "advance 2s", "drop next master->replica-1", "master> SET \"my key\" v",
                "crash replica-1", "crash replica-1", "restart replica-1", "run until replica-1.offset == master.offset"),
                session.log().lines());

        List<String> replayTrace = new ArrayList<>();
        RunReport replay = ScriptRunner.run(ScriptParser.parse("replay", session.log().text()),
                new TracePrinter(replayTrace::add));
        assertEquals(firstTrace, replayTrace);
        assertEquals(1, replay.failures().size());
        assertTrue(firstTrace.size() > 50, "a trace of the whole run: " + firstTrace.size());
    }

    @Test
    void anActionNamingANodeTheLabDoesNotHaveIsRefusedBeforeItRunsAndNotLogged() throws ScriptException {
        Session session = new Session();
        List<String> trace = new ArrayList<>();
        session.addListener(new TracePrinter(trace::add));
        perform(session, "cluster replicas=1");
        int linesBefore = trace.size();
        assertEquals(Outcome.failed("unknown node 'replica-2' (nodes: master, replica-1)"),
                english(perform(session, "drop next master->replica-2")));
        assertEquals(Outcome.failed("unknown node 'replica-2' (nodes: master, replica-1)"),
                english(perform(session, "expect replica-2.offset == replica-1.offset")));
        assertEquals(List.of("cluster replicas=1"), session.log().lines());
        assertEquals(linesBefore, trace.size());
    }

    @Test
    void listenersHearEachActionStartAndFinish() throws ScriptException {
        Session session = new Session();
        List<String> heard = new ArrayList<>();
        session.addListener(new SessionListener() {
            @Override
            public void labStarted(com.replicationlab.lab.Lab lab) {
                heard.add("lab");
            }

            @Override
            public void actionStarting(Action action) {
                heard.add("start " + action.text());
            }

            @Override
            public void actionFinished(Action action, Outcome outcome) {
                heard.add("end " + action.text() + " " + outcome.status());
            }
        });
        perform(session, "cluster replicas=1");
        perform(session, "expect master.connected_slaves == 1");
        assertEquals(List.of("start cluster replicas=1", "lab", "end cluster replicas=1 DONE",
                "start expect master.connected_slaves == 1", "end expect master.connected_slaves == 1 FAILED"), heard);
    }
}
