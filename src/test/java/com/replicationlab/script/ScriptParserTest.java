package com.replicationlab.script;

import com.replicationlab.lab.ClusterSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("The action language parser")
class ScriptParserTest {

    private static Action parse(String line) throws ScriptException {
        return ScriptParser.parseAction("console", line);
    }

    private static Link link(String from, String to) {
        return new Link(from, to);
    }

    private static Expression field(String node, String name) {
        return Expression.of(new Term.Field(node, name));
    }

    private static Expression number(long value) {
        return Expression.of(new Term.Number(BigInteger.valueOf(value)));
    }

    static Stream<Arguments> everyVerb() {
        return Stream.of(
                arguments("cluster", new Cluster(ClusterSpec.defaults(), List.of())),
                arguments("cluster replicas=3 latency=20ms seed=7 backlog=16kb recovery=reconnect",
                        new Cluster(new ClusterSpec(3, 20, 7, 16 * 1024, "reconnect"),
                                List.of("replicas=3", "latency=20ms", "seed=7", "backlog=16kb", "recovery=reconnect"))),
                arguments("master> SET key value", new NodeCommand("master", List.of("SET", "key", "value"))),
                arguments("config master min-replicas-to-write 2", new ConfigSet("master", "min-replicas-to-write", "2")),
                arguments("drop next master->replica-1", new LinkFault(LinkFault.Kind.DROP_NEXT, link("master", "replica-1"))),
                arguments("drop rate 30% replica-1->master", new DropRate(30, link("replica-1", "master"))),
                arguments("duplicate next master->replica-1", new LinkFault(LinkFault.Kind.DUPLICATE_NEXT, link("master", "replica-1"))),
                arguments("hold next replica-1->master", new LinkFault(LinkFault.Kind.HOLD_NEXT, link("replica-1", "master"))),
                arguments("release replica-1->master", new LinkFault(LinkFault.Kind.RELEASE, link("replica-1", "master"))),
                arguments("delay master->replica-1 500ms", new LinkTiming(LinkTiming.Kind.DELAY, link("master", "replica-1"),
                        new TimeSpan(500, "500ms"))),
                arguments("jitter master->replica-1 20ms", new LinkTiming(LinkTiming.Kind.JITTER, link("master", "replica-1"),
                        new TimeSpan(20, "20ms"))),
                arguments("kill link replica-1", new LinkChange(LinkChange.Kind.KILL, "replica-1", null)),
                arguments("heal link replica-1 master", new LinkChange(LinkChange.Kind.HEAL, "replica-1", "master")),
                arguments("close link replica-1", new LinkChange(LinkChange.Kind.CLOSE, "replica-1", null)),
                arguments("crash replica-1", new NodeChange(NodeChange.Kind.CRASH, "replica-1")),
                arguments("restart replica-1", new NodeChange(NodeChange.Kind.RESTART, "replica-1")),
                arguments("promote replica-1", new NodeChange(NodeChange.Kind.PROMOTE, "replica-1")),
                arguments("advance 1500ms", new Advance(new TimeSpan(1500, "1500ms"))),
                arguments("advance 1.5s", new Advance(new TimeSpan(1500, "1.5s"))),
                arguments("step", new Step(1)),
                arguments("step 5", new Step(5)),
                arguments("deliver packet 17", new PacketByHand(PacketByHand.Kind.DELIVER, 17)),
                arguments("drop packet 17", new PacketByHand(PacketByHand.Kind.DROP, 17)),
                arguments("hold packet 17", new PacketByHand(PacketByHand.Kind.HOLD, 17)),
                arguments("duplicate packet 17", new PacketByHand(PacketByHand.Kind.DUPLICATE, 17)),
                arguments("recovery reconnect", new Recovery("reconnect")),
                arguments("expect replica-1.offset == master.offset", new Expect(new Comparison(field("replica-1", "offset"),
                        Operator.EQUAL, field("master", "offset")))),
                arguments("expect replica-1> GET key == \"value\"", new ExpectReply("replica-1", List.of("GET", "key"),
                        Operator.EQUAL, new ReplyPattern.Text("value"))),
                arguments("run until replica-1.lag > 1 within 10s", new RunUntil(new Comparison(field("replica-1", "lag"),
                        Operator.GREATER, number(1)), new TimeSpan(10_000, "10s"))),
                arguments("run until replica-1.lag > 1", new RunUntil(new Comparison(field("replica-1", "lag"),
                        Operator.GREATER, number(1)), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyVerb")
    void readsEveryVerbAndPrintsItBackExactly(String line, Action expected) throws ScriptException {
        Action action = parse(line);
        assertEquals(expected, action);
        assertEquals(line, action.text());
    }

    @Nested
    @DisplayName("splits command arguments as redis-cli does")
    class CommandArguments {
        @Test
        void doubleQuotesWithEscapes() throws ScriptException {
            NodeCommand command = (NodeCommand) parse("master> SET \"my key\" \"a\\n\\\"b\\\"\\\\c\\x41\\t\"");
            assertEquals(List.of("SET", "my key", "a\n\"b\"\\cA\t"), command.args());
        }

        @Test
        void singleQuotesOnlyEscapeTheQuote() throws ScriptException {
            NodeCommand command = (NodeCommand) parse("master> SET k 'it\\'s \\n'");
            assertEquals(List.of("SET", "k", "it's \\n"), command.args());
        }

        @Test
        void quotesMayStartInsideAWordAndEmptyQuotesAreAnEmptyArgument() throws ScriptException {
            NodeCommand command = (NodeCommand) parse("master> SET key\"a b\" \"\"");
            assertEquals(List.of("SET", "keya b", ""), command.args());
        }

        @Test
        void hexEscapesMakeBytesReadAsUtf8AndAnIncompleteOneIsAPlainX() throws ScriptException {
            NodeCommand command = (NodeCommand) parse("master> SET k \"\\xc3\\xa9 \\xZZ\"");
            assertEquals(List.of("SET", "k", "é xZZ"), command.args());
        }

        @Test
        void aHashInsideAWordOrQuotesIsNotAComment() throws ScriptException {
            NodeCommand command = (NodeCommand) parse("master> SET a#b \"# not a comment\" # a comment");
            assertEquals(List.of("SET", "a#b", "# not a comment"), command.args());
        }

        @Test
        void argumentsThatNeedQuotesArePrintedQuotedAndReadBackTheSame() throws ScriptException {
            NodeCommand command = new NodeCommand("master", List.of("SET", "my key", "", "#x", "==", "a\"b\\c\n\u0001"));
            assertEquals("master> SET \"my key\" \"\" \"#x\" \"==\" \"a\\\"b\\\\c\\n\\x01\"", command.text());
            assertEquals(command, parse(command.text()));
        }
    }

    @Nested
    @DisplayName("reads expectations")
    class Expectations {
        @Test
        void sumsAndDifferencesOfFieldsAndNumbers() throws ScriptException {
            Expect expect = (Expect) parse("expect master.offset == replica-1.offset + 33 - 2");
            Expression right = expect.comparison().right();
            assertEquals(List.of(new Expression.Addend(false, new Term.Field("replica-1", "offset")),
                    new Expression.Addend(false, new Term.Number(BigInteger.valueOf(33))),
                    new Expression.Addend(true, new Term.Number(BigInteger.valueOf(2)))), right.addends());
        }

        @Test
        void spacesAroundOperatorsAreOptional() throws ScriptException {
            assertEquals(parse("expect master.offset == replica-1.offset - 33"),
                    parse("expect master.offset==replica-1.offset-33"));
        }

        @Test
        void negativeNumbersTextAndNil() throws ScriptException {
            assertEquals("expect master.x != -1", parse("expect master.x != -1").text());
            assertEquals("expect replica-1.master_link_status == \"up\"",
                    parse("expect replica-1.master_link_status == 'up'").text());
            assertEquals("expect replica-1.lag == nil", parse("expect replica-1.lag == nil").text());
        }

        @ParameterizedTest
        @ValueSource(strings = {"==", "!=", "<", "<=", ">", ">="})
        void everyComparison(String symbol) throws ScriptException {
            Expect expect = (Expect) parse("expect master.offset " + symbol + " 5");
            assertEquals(symbol, expect.comparison().operator().symbol());
        }

        @Test
        void repliesOfEveryKind() throws ScriptException {
            assertEquals(new ReplyPattern.Nil(), ((ExpectReply) parse("expect replica-1> GET key == nil")).expected());
            assertEquals(new ReplyPattern.Number(BigInteger.valueOf(-3)), ((ExpectReply) parse("expect master> DECR n == -3")).expected());
            assertEquals(new ReplyPattern.ErrorPrefix("NOREPLICAS"),
                    ((ExpectReply) parse("expect master> SET k v == error NOREPLICAS")).expected());
            assertEquals(new ReplyPattern.ErrorPrefix("ERR wrong"),
                    ((ExpectReply) parse("expect master> SET k == error \"ERR wrong\"")).expected());
            assertEquals(new ReplyPattern.Items(List.of(new ReplyPattern.Text("a"), new ReplyPattern.Number(BigInteger.ONE),
                            new ReplyPattern.Nil(), new ReplyPattern.Items(List.of()))),
                    ((ExpectReply) parse("expect master> X == [\"a\",1 , nil, []]")).expected());
        }

        @Test
        void aQuotedOperatorIsACommandArgument() throws ScriptException {
            ExpectReply expect = (ExpectReply) parse("expect master> ECHO \"==\" == \"==\"");
            assertEquals(List.of("ECHO", "=="), expect.args());
            assertEquals(new ReplyPattern.Text("=="), expect.expected());
            assertEquals("expect master> ECHO \"==\" == \"==\"", expect.text());
        }

        @Test
        void notEqualReplies() throws ScriptException {
            ExpectReply expect = (ExpectReply) parse("expect master> GET k != nil");
            assertEquals(Operator.NOT_EQUAL, expect.operator());
        }
    }

    @Nested
    @DisplayName("reads scripts")
    class Scripts {
        @Test
        void skipsCommentsAndBlankLinesAndKeepsWhereEachActionWasWritten() throws ScriptException {
            Script script = ScriptParser.parse("a.lab", "# header\n\ncluster replicas=1\r\n   advance 2s   # wait\n\tstep\n");
            assertEquals(List.of(new SourcePosition("a.lab", 3, 1), new SourcePosition("a.lab", 4, 4),
                    new SourcePosition("a.lab", 5, 2)), script.statements().stream().map(Statement::position).toList());
            assertEquals(List.of("cluster replicas=1", "advance 2s", "step"), script.actions().stream().map(Action::text).toList());
        }

        @Test
        void checksNodeNamesOnlyOnceAClusterLineHasNamedThem() throws ScriptException {
            Script script = ScriptParser.parse("a.lab", "crash replica-7\ncluster replicas=7\ncrash replica-7");
            assertEquals(3, script.statements().size());
        }

        @Test
        void anEmptyScriptHasNoActions() throws ScriptException {
            assertTrue(ScriptParser.parse("empty.lab", "").statements().isEmpty());
        }

        @Test
        void aConsoleLineMustHoldAnAction() {
            ScriptException error = assertThrows(ScriptException.class,
                    () -> ScriptParser.parseAction("console", "   # only a comment"));
            assertEquals("console:1:1: expected an action, e.g. master> SET key value", error.getMessage());
        }

        @Test
        void aClusterMadeFromASpecPrintsEveryOption() throws ScriptException {
            Cluster cluster = Cluster.of(new ClusterSpec(1, 10, 3, 2048, "reconnect"));
            assertEquals("cluster replicas=1 latency=10ms seed=3 backlog=2048 recovery=reconnect", cluster.text());
            assertInstanceOf(Cluster.class, parse(cluster.text()));
            assertEquals(cluster.spec(), ((Cluster) parse(cluster.text())).spec());
        }

        @Test
        void backlogSizesUseRedisUnits() throws ScriptException {
            assertEquals(1000, ((Cluster) parse("cluster backlog=1k")).spec().backlogBytes());
            assertEquals(1024, ((Cluster) parse("cluster backlog=1KB")).spec().backlogBytes());
            assertEquals(1_000_000, ((Cluster) parse("cluster backlog=1m")).spec().backlogBytes());
            assertEquals(1024 * 1024, ((Cluster) parse("cluster backlog=1mb")).spec().backlogBytes());
            assertEquals(100, ((Cluster) parse("cluster backlog=100")).spec().backlogBytes());
        }
    }
}
