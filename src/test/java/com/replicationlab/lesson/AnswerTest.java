package com.replicationlab.lesson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Predictions: a student's guess against the lab's answer")
class AnswerTest {

    @Test
    void aNumberMatchesWhateverWayItIsWritten() {
        Answer field = Answer.ofField("233");
        assertTrue(field.accepts("233"));
        assertTrue(field.accepts(" 233 "));
        assertTrue(field.accepts("233.0"));
        assertFalse(field.accepts("232"));
        assertFalse(field.accepts("two hundred"));
        Answer integer = Answer.ofReply("(integer) 2");
        assertEquals(Answer.Kind.NUMBER, integer.kind());
        assertTrue(integer.accepts("2"));
        assertTrue(Answer.ofReply("\"5\"").accepts("5"), "GET of a counter replies a string holding a number");
    }

    @Test
    void textMatchesWithOrWithoutQuotesInAnyCase() {
        Answer bulk = Answer.ofReply("\"value\"");
        assertEquals("\"value\"", bulk.shown());
        assertTrue(bulk.accepts("value"));
        assertTrue(bulk.accepts("\"value\""));
        assertTrue(bulk.accepts("'VALUE'"));
        assertFalse(bulk.accepts("values"));
        assertTrue(Answer.ofReply("OK").accepts("ok"));
        assertTrue(Answer.ofField("up").accepts("up"));
    }

    @Test
    void nilMatchesNilNullOrItsPrintedForm() {
        Answer nil = Answer.ofReply("(nil)");
        assertEquals(Answer.Kind.NIL, nil.kind());
        assertTrue(nil.accepts("nil"));
        assertTrue(nil.accepts("(nil)"));
        assertTrue(nil.accepts("null"));
        assertFalse(nil.accepts(""));
        assertFalse(nil.accepts("0"));
    }

    @Test
    void anErrorMatchesByItsCodeOrWholeMessage() {
        Answer error = Answer.ofReply("(error) NOREPLICAS Not enough good replicas to write.");
        assertEquals(Answer.Kind.ERROR, error.kind());
        assertTrue(error.accepts("NOREPLICAS"));
        assertTrue(error.accepts("noreplicas"));
        assertTrue(error.accepts("-NOREPLICAS"));
        assertTrue(error.accepts("(error) NOREPLICAS Not enough good replicas to write."));
        assertFalse(error.accepts("READONLY"));
        assertFalse(error.accepts("error"));
    }

    @Test
    void aListMatchesIgnoringSpacesAndQuotes() {
        Answer list = Answer.ofReply("[\"a\", \"b\"]");
        assertTrue(list.accepts("[a,b]"));
        assertTrue(list.accepts("[\"a\", \"b\"]"));
        assertFalse(list.accepts("[b, a]"));
    }

    @Test
    void noAnswerMatchesNothing() {
        Answer none = Answer.none("master is down", null);
        assertFalse(none.available());
        assertFalse(none.accepts("master is down"));
    }
}
