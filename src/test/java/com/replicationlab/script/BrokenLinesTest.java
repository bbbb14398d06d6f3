package com.replicationlab.script;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("A broken line is reported as file:line:column: plain words")
class BrokenLinesTest {

    static Stream<Arguments> brokenLines() {
        return Stream.of(
                arguments("dorp next master->replica-1", "lesson.txt:1:1: unknown verb 'dorp' — did you mean 'drop'?"),
                arguments("     dorp next master->replica-1", "lesson.txt:1:6: unknown verb 'dorp' — did you mean 'drop'?"),
                arguments("DROP next master->replica-1", "lesson.txt:1:1: unknown verb 'DROP' — did you mean 'drop'?"),
                arguments("xyzzy", "lesson.txt:1:1: unknown verb 'xyzzy' (verbs: cluster, config, drop, duplicate, hold, "
                        + "release, delay, jitter, kill, heal, close, clear, crash, restart, promote, advance, step, expect, run, "
                        + "recovery, deliver; or NODE> COMMAND)"),
                arguments("master->replica-1", "lesson.txt:1:1: a line starts with a verb, e.g. 'drop next master->replica-1'"),
                arguments("drop", "lesson.txt:1:5: expected 'next', 'rate' or 'packet' after 'drop'"),
                arguments("drop nxt master->replica-1",
                        "lesson.txt:1:6: expected 'next', 'rate' or 'packet' after 'drop', not 'nxt' — did you mean 'next'?"),
                arguments("drop next", "lesson.txt:1:10: expected 'A->B', e.g. master->replica-1"),
                arguments("drop next master", "lesson.txt:1:11: expected 'A->B', e.g. master->replica-1, not 'master'"),
                arguments("drop next master->", "lesson.txt:1:11: expected 'A->B', e.g. master->replica-1, not 'master->'"),
                arguments("drop next master->master", "lesson.txt:1:11: a link joins two different nodes, not master and itself"),
                arguments("drop next master->9x", "lesson.txt:1:19: '9x' is not a node name (nodes are named like master, replica-1)"),
                arguments("drop rate 30 master->replica-1", "lesson.txt:1:11: '30' is not a percentage (write e.g. 30%, from 0% to 100%)"),
                arguments("drop rate 130% master->replica-1", "lesson.txt:1:11: '130%' is not a percentage (write e.g. 30%, from 0% to 100%)"),
                arguments("drop rate 30%", "lesson.txt:1:14: expected 'A->B', e.g. master->replica-1"),
                arguments("crash", "lesson.txt:1:6: expected a node, e.g. replica-1"),
                arguments("advance 15", "lesson.txt:1:9: '15' is not a duration (write e.g. 500ms or 2s)"),
                arguments("advance 1.2345s", "lesson.txt:1:9: '1.2345s' is not a duration (write e.g. 500ms or 2s)"),
                arguments("advance 0.5ms", "lesson.txt:1:9: '0.5ms' is not a whole number of milliseconds"),
                arguments("advance 90000s", "lesson.txt:1:9: '90000s' is longer than 24 hours"),
                arguments("step 0", "lesson.txt:1:6: '0' is not a number of events (a whole number from 1 to 1000000)"),
                arguments("step 1 2", "lesson.txt:1:8: unexpected '2' at the end of the line"),
                arguments("master>", "lesson.txt:1:8: expected a command after 'master>'"),
                arguments("master> SET \"a", "lesson.txt:1:13: unbalanced quotes: the double quote is never closed"),
                arguments("master> SET \"a\"b", "lesson.txt:1:13: a closing quote must be followed by a space"),
                arguments("master> SET 'a", "lesson.txt:1:13: unbalanced quotes: the single quote is never closed"),
                arguments("config master a", "lesson.txt:1:16: config takes a node, a setting and a value: config master NAME VALUE"),
                arguments("kill replica-1", "lesson.txt:1:6: expected 'link' after 'kill', not 'replica-1'"),
                arguments("kill link replica-1 replica-1", "lesson.txt:1:21: a link joins two different nodes, not replica-1 and itself"),
                arguments("expect", "lesson.txt:1:7: expected a value: a number, \"text\", nil or node.field (e.g. master.offset)"),
                arguments("expect master.offset", "lesson.txt:1:21: expected a comparison: == != < <= > >="),
                arguments("expect master.offset = 5", "lesson.txt:1:22: '=' is not a comparison — did you mean '=='?"),
                arguments("expect master == 5",
                        "lesson.txt:1:8: 'master' is not a value: write a number, \"text\", nil or node.field (e.g. master.offset)"),
                arguments("expect master. == 5", "lesson.txt:1:15: expected a field after 'master.' (offset, lag or an INFO field)"),
                arguments("expect nil < 5", "lesson.txt:1:12: nil can only be compared with == or !="),
                arguments("expect \"a\" + 1 == 2", "lesson.txt:1:8: \"a\" cannot be added or subtracted: only numbers and fields can"),
                arguments("expect nill == master.offset", "lesson.txt:1:8: 'nill' is not a value: write a number, \"text\", nil or "
                        + "node.field (e.g. master.offset) — did you mean 'nil'?"),
                arguments("expect master> GET k",
                        "lesson.txt:1:21: expected '== REPLY' after the command, e.g. expect master> GET key == \"value\""),
                arguments("expect master> == 5", "lesson.txt:1:16: expected a command after 'master>'"),
                arguments("expect master> GET k == OK", "lesson.txt:1:25: 'OK' is not a reply: write \"text\", nil, an integer, "
                        + "error PREFIX or [a list] (a string goes in quotes: \"OK\")"),
                arguments("expect master> GET k == [1, 2", "lesson.txt:1:30: expected ']' to close the list opened at column 25"),
                arguments("expect master> GET k == [1 2]", "lesson.txt:1:28: expected ',' or ']' in the list opened at column 25"),
                arguments("expect master> GET k == error",
                        "lesson.txt:1:30: expected the start of the error after 'error' (e.g. error NOREPLICAS)"),
                arguments("expect master> GET k == [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]", "lesson.txt:1:41: lists nest at most 16 deep"),
                arguments("run until master.offset == 5 for 5s",
                        "lesson.txt:1:30: expected 'within' and a time limit (e.g. within 10s), not 'for'"),
                arguments("recovery resnd", "lesson.txt:1:10: recovery is resend or reconnect, not 'resnd' — did you mean 'resend'?"),
                arguments("deliver packet 0",
                        "lesson.txt:1:16: '0' is not a packet number (a whole number, as the trace shows it: #17 is packet 17)"),
                arguments("cluster replica=2", "lesson.txt:1:9: unknown cluster option 'replica' — did you mean 'replicas'?"),
                arguments("cluster replicas=9", "lesson.txt:1:18: replicas must be a number from 0 to 8, not '9'"),
                arguments("cluster replicas=2 replicas=3", "lesson.txt:1:20: 'replicas' is given twice"),
                arguments("cluster backlog=2gb", "lesson.txt:1:17: a backlog is from 1 byte to 1gb, not '2gb'"),
                arguments("cluster seed=x", "lesson.txt:1:14: a seed is a whole number, not 'x'"),
                arguments("delay master->replica-1", "lesson.txt:1:24: expected a time, e.g. 500ms or 2s"),
                arguments("cluster replicas=1\ncrash replica-2",
                        "lesson.txt:2:7: unknown node 'replica-2' (nodes: master, replica-1) — did you mean 'replica-1'?"),
                arguments("cluster replicas=1\n# a comment\n\n  expect replica-9.offset == 1",
                        "lesson.txt:4:10: unknown node 'replica-9' (nodes: master, replica-1) — did you mean 'replica-1'?"),
                arguments("cluster\nmastr> GET k",
                        "lesson.txt:2:1: unknown node 'mastr' (nodes: master, replica-1, replica-2) — did you mean 'master'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void isRefusedWithItsPosition(String script, String message) {
        ScriptException error = assertThrows(ScriptException.class, () -> ScriptParser.parse("lesson.txt", script));
        assertEquals(message, error.getMessage());
    }
}
