package com.replicationlab.script;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Expectations on fields")
class ComparisonTest {
    private Session session;

    @BeforeEach
    void syncedLab() throws ScriptException {
        session = new Session();
        perform("cluster replicas=1");
        perform("advance 2s");
    }

    /** The outcome in the script's English: its wording, for a window in another language, is ExpectWordingTest's. */
    private Outcome perform(String line) throws ScriptException {
        Outcome outcome = session.perform(ScriptParser.parseAction("test", line));
        return new Outcome(outcome.status(), outcome.detail(), outcome.reply());
    }

    @Test
    void numbersCompareNumericallyAndTheMessageShowsEachField() throws ScriptException {
        assertEquals(Outcome.passed("replica-1.offset is 14, master.offset is 14"),
                perform("expect replica-1.offset == master.offset"));
        assertEquals(Outcome.failed("master.offset is 14"), perform("expect master.offset > 100"));
        assertEquals(Outcome.passed("master.offset is 14"), perform("expect master.offset >= 9"));
    }

    @Test
    void aSumIsShownWithItsValue() throws ScriptException {
        assertEquals(Outcome.failed("master.offset is 14, replica-1.offset is 14, replica-1.offset + 33 is 47"),
                perform("expect master.offset == replica-1.offset + 33"));
        assertEquals(Outcome.passed("master.offset is 14, replica-1.offset is 14, replica-1.offset - master.offset is 0"),
                perform("expect master.offset > replica-1.offset - master.offset"));
    }

    @Test
    void textFieldsCompareAsText() throws ScriptException {
        assertEquals(Outcome.passed("replica-1.master_link_status is \"up\""),
                perform("expect replica-1.master_link_status == \"up\""));
        assertEquals(Outcome.failed("master.role is \"master\""), perform("expect master.role != \"master\""));
        assertEquals(Outcome.failed("'<' compares numbers, but master.role is \"master\""), perform("expect master.role < 5"));
        assertEquals(Outcome.passed("master.offset is 14"), perform("expect master.offset == \"14\""));
    }

    @Test
    void aFieldWithNoValueFailsAndSaysWhy() throws ScriptException {
        assertEquals(Outcome.failed("master.no_such_field has no value: master has no field 'no_such_field'"),
                perform("expect master.no_such_field == 1"));
        assertEquals(Outcome.failed("master.lag has no value: master is not attached to a master"),
                perform("expect master.lag < 5"));
        perform("crash replica-1");
        assertEquals(Outcome.failed("replica-1.offset has no value: replica-1 is down"),
                perform("expect replica-1.offset + 1 > 0"));
    }

    @Test
    void nilAsksWhetherAFieldHasNoValue() throws ScriptException {
        assertEquals(Outcome.failed("replica-1.offset is 14"), perform("expect replica-1.offset == nil"));
        perform("crash replica-1");
        assertEquals(Outcome.passed("replica-1.offset has no value: replica-1 is down"), perform("expect replica-1.offset == nil"));
        assertEquals(Outcome.failed("replica-1.offset has no value: replica-1 is down"), perform("expect nil != replica-1.offset"));
    }

    @Test
    void literalsAloneStillGiveAnAnswer() throws ScriptException {
        assertEquals(Outcome.passed("it holds"), perform("expect 10 > 9"));
        assertEquals(Outcome.failed("it does not hold"), perform("expect \"a\" == \"b\""));
    }

    @Test
    void anUnknownNodeIsAFailureAtItsLine() throws ScriptException {
        assertEquals(Outcome.failed("unknown node 'replica-9' (nodes: master, replica-1)"), perform("expect replica-9.offset == 1"));
    }
}
