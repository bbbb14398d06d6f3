package com.replicationlab.script;

import com.replicationlab.resp.RespValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The expected texts are what redis-cli 7.0.15 prints on a terminal for the same replies. */
@DisplayName("Console: replies printed as redis-cli prints them")
class CliReplyTextTest {

    private static RespValue bulk(String text) {
        return new RespValue.BulkString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("status, error, integer, nil, and strings quoted with escapes")
    void scalars() {
        assertEquals("OK", CliReplyText.text(new RespValue.SimpleString("OK")));
        assertEquals("(error) NOREPLICAS Not enough good replicas to write.",
                CliReplyText.text(new RespValue.ErrorReply("NOREPLICAS Not enough good replicas to write.")));
        assertEquals("(integer) 2", CliReplyText.text(new RespValue.RespInteger(2)));
        assertEquals("(nil)", CliReplyText.text(new RespValue.BulkString(null)));
        assertEquals("\"a\\\"b\\\\c\\xe5\\x80\\xbc\"", CliReplyText.text(bulk("a\"b\\c值")));
    }

    @Test
    @DisplayName("arrays: numbered lines, numbers right-aligned, nested arrays indented under their number")
    void arrays() {
        RespValue letters = new RespValue.RespArray(IntStream.range(0, 11)
                .mapToObj(i -> bulk(String.valueOf((char) ('a' + i)))).toList());
        List<String> lines = CliReplyText.lines(letters);
        assertEquals(" 1) \"a\"", lines.get(0));
        assertEquals("11) \"k\"", lines.get(10));
        RespValue role = new RespValue.RespArray(List.of(bulk("master"), new RespValue.RespInteger(8986),
                new RespValue.RespArray(List.of())));
        assertEquals("1) \"master\"\n2) (integer) 8986\n3) (empty array)", CliReplyText.text(role));
        RespValue nested = new RespValue.RespArray(List.of(new RespValue.RespArray(List.of(bulk("get"),
                new RespValue.RespArray(List.of(new RespValue.SimpleString("readonly"), new RespValue.SimpleString("fast")))))));
        assertEquals("1) 1) \"get\"\n   2) 1) readonly\n      2) fast", CliReplyText.text(nested));
    }

    @Test
    @DisplayName("INFO and CLIENT LIST print raw, line by line, as redis-cli prints them; GET of the same text stays quoted")
    void rawForTextReplies() {
        RespValue info = bulk("# Replication\r\nrole:master\r\nconnected_slaves:0\r\n");
        assertEquals("# Replication\nrole:master\nconnected_slaves:0", CliReplyText.text(List.of("info", "replication"), info));
        assertEquals("id=3 addr=127.0.0.1:58140", CliReplyText.text(List.of("CLIENT", "LIST"), bulk("id=3 addr=127.0.0.1:58140\n")));
        assertEquals("\"# Replication\\r\\nrole:master\\r\\nconnected_slaves:0\\r\\n\"", CliReplyText.text(List.of("GET", "k"), info));
    }
}
