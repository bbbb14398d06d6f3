package com.replicationlab.script;

import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Reply expectations")
class ReplyPatternTest {
    private static final ReplyPattern NIL = new ReplyPattern.Nil();

    @Test
    void textMatchesBulkAndSimpleStringsWithThatText() {
        ReplyPattern ok = new ReplyPattern.Text("OK");
        assertTrue(ok.matches(RespValue.OK));
        assertTrue(ok.matches(RespValue.bulk("OK")));
        assertFalse(ok.matches(RespValue.bulk("ok")));
        assertFalse(ok.matches(RespValue.NIL));
        assertFalse(ok.matches(RespValue.error("OK")));
    }

    @Test
    void nilMatchesANilBulkOrArrayButNotAnEmptyString() {
        assertTrue(NIL.matches(RespValue.NIL));
        assertTrue(NIL.matches(RespValue.NIL_ARRAY));
        assertFalse(NIL.matches(RespValue.bulk("")));
        assertFalse(NIL.matches(RespValue.EMPTY_ARRAY));
    }

    @Test
    void anIntegerMatchesAnIntegerReplyOrAStringHoldingExactlyIt() {
        ReplyPattern five = new ReplyPattern.Number(BigInteger.valueOf(5));
        assertTrue(five.matches(RespValue.integer(5)));
        assertTrue(five.matches(RespValue.bulk("5")));
        assertFalse(five.matches(RespValue.bulk("05")));
        assertFalse(five.matches(RespValue.integer(6)));
    }

    @Test
    void anErrorMatchesByPrefix() {
        ReplyPattern noReplicas = new ReplyPattern.ErrorPrefix("NOREPLICAS");
        assertTrue(noReplicas.matches(RespValue.error("NOREPLICAS Not enough good replicas to write.")));
        assertFalse(noReplicas.matches(RespValue.error("ERR NOREPLICAS")));
        assertFalse(noReplicas.matches(RespValue.bulk("NOREPLICAS")));
    }

    @Test
    void aListMatchesItemByItem() {
        ReplyPattern list = new ReplyPattern.Items(List.of(new ReplyPattern.Text("a"), new ReplyPattern.Number(BigInteger.ONE), NIL));
        assertTrue(list.matches(RespValue.array(List.of(RespValue.bulk("a"), RespValue.integer(1), RespValue.NIL))));
        assertFalse(list.matches(RespValue.array(List.of(RespValue.bulk("a"), RespValue.integer(1)))));
        assertFalse(list.matches(RespValue.NIL_ARRAY));
        assertEquals("[\"a\", 1, nil]", list.text());
    }

    @Test
    void repliesAreShownAsRedisCliShowsThem() {
        assertEquals("OK", ReplyText.format(RespValue.OK));
        assertEquals("\"a\\nb\"", ReplyText.format(RespValue.bulk("a\nb")));
        assertEquals("(nil)", ReplyText.format(RespValue.NIL));
        assertEquals("(integer) -2", ReplyText.format(RespValue.integer(-2)));
        assertEquals("(error) ERR x", ReplyText.format(RespValue.error("ERR x")));
        assertEquals("[\"a\", (integer) 1, []]", ReplyText.format(RespValue.array(List.of(RespValue.bulk("a"),
                RespValue.integer(1), RespValue.EMPTY_ARRAY))));
    }

    @Test
    void errorPrefixesThatAreNotOneWordArePrintedQuoted() {
        assertEquals("error NOREPLICAS", new ReplyPattern.ErrorPrefix("NOREPLICAS").text());
        assertEquals("error \"ERR wrong\"", new ReplyPattern.ErrorPrefix("ERR wrong").text());
        assertEquals("error \"a,b\"", new ReplyPattern.ErrorPrefix("a,b").text());
    }
}
