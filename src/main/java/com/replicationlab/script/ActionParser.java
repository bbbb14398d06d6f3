package com.replicationlab.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of the action language to one action: a verb and its words, or {@code NODE> COMMAND args}. */
final class ActionParser {
    static final List<String> VERBS = List.of("cluster", "config", "drop", "duplicate", "hold", "release", "delay",
            "jitter", "kill", "heal", "close", "clear", "crash", "restart", "promote", "advance", "step", "expect", "run",
            "recovery", "deliver");
    private static final Pattern PROMPT = Pattern.compile("(" + NodeNames.SPELLING.pattern() + ")>(?!=)");
    private static final Pattern LINK = Pattern.compile("(.+?)->(.+)");
    private static final long MAX_PACKET_ID = Long.MAX_VALUE / 2;

    private final LineCursor cursor;
    private final NodeNames nodes;

    ActionParser(LineCursor cursor, NodeNames nodes) {
        this.cursor = cursor;
        this.nodes = nodes;
    }

    /** The action of the line, or null for a blank or comment line. */
    Action parse() throws ScriptException {
        if (cursor.atEnd()) {
            return null;
        }
        Token prompt = prompt();
        Action action = prompt != null ? nodeCommand(prompt) : verb(cursor.word());
        cursor.requireEnd();
        return action;
    }

    /** {@code master>} at the cursor: consumes it and returns the node's name; otherwise null. */
    private Token prompt() {
        Matcher m = PROMPT.matcher(cursor.rest());
        if (!m.lookingAt()) {
            return null;
        }
        Token name = new Token(m.group(1), cursor.column());
        cursor.advance(m.end());
        return name;
    }

    private NodeCommand nodeCommand(Token prompt) throws ScriptException {
        String node = nodes.require(prompt, cursor);
        List<String> args = ArgSplitter.readAll(cursor).stream().map(Arg::value).toList();
        if (args.isEmpty()) {
            throw cursor.error("expected a command after '" + node + ">'");
        }
        return new NodeCommand(node, args);
    }

    private Action verb(Token verb) throws ScriptException {
        return switch (verb.text()) {
            case "cluster" -> new ClusterParser(cursor).parse(verb);
            case "config" -> config();
            case "drop" -> drop(verb);
            case "duplicate" -> nextOrPacket(verb, LinkFault.Kind.DUPLICATE_NEXT, PacketByHand.Kind.DUPLICATE);
            case "hold" -> nextOrPacket(verb, LinkFault.Kind.HOLD_NEXT, PacketByHand.Kind.HOLD);
            case "release" -> new LinkFault(LinkFault.Kind.RELEASE, link());
            case "delay" -> new LinkTiming(LinkTiming.Kind.DELAY, link(), span());
            case "jitter" -> new LinkTiming(LinkTiming.Kind.JITTER, link(), span());
            case "kill" -> linkChange(verb, LinkChange.Kind.KILL);
            case "heal" -> linkChange(verb, LinkChange.Kind.HEAL);
            case "close" -> linkChange(verb, LinkChange.Kind.CLOSE);
            case "clear" -> linkChange(verb, LinkChange.Kind.CLEAR);
            case "crash" -> new NodeChange(NodeChange.Kind.CRASH, node());
            case "restart" -> new NodeChange(NodeChange.Kind.RESTART, node());
            case "promote" -> new NodeChange(NodeChange.Kind.PROMOTE, node());
            case "advance" -> new Advance(span());
            case "step" -> step();
            case "expect" -> expect();
            case "run" -> runUntil(verb);
            case "recovery" -> new Recovery(Literals.recoveryMode(cursor.requireWord("resend or reconnect"), cursor));
            case "deliver" -> packet(verb, PacketByHand.Kind.DELIVER);
            default -> throw unknownVerb(verb);
        };
    }

    private ScriptException unknownVerb(Token verb) {
        if (LINK.matcher(verb.text()).matches()) {
            return cursor.error(verb, "a line starts with a verb, e.g. 'drop next " + verb.text() + "'");
        }
        String hint = Suggestions.hint(verb.text(), VERBS);
        return cursor.error(verb, "unknown verb '" + verb.text() + "'" + (hint.isEmpty()
                ? " (verbs: " + String.join(", ", VERBS) + "; or NODE> COMMAND)" : hint));
    }

    private ConfigSet config() throws ScriptException {
        String node = node();
        List<Arg> args = ArgSplitter.readAll(cursor);
        if (args.size() != 2) {
            int column = args.size() > 2 ? args.get(2).column() : cursor.column();
            throw cursor.error(column, "config takes a node, a setting and a value: config " + node + " NAME VALUE");
        }
        return new ConfigSet(node, args.get(0).value(), args.get(1).value());
    }

    private Action drop(Token verb) throws ScriptException {
        Token word = keyword(verb, "next", "rate", "packet");
        return switch (word.text()) {
            case "next" -> new LinkFault(LinkFault.Kind.DROP_NEXT, link());
            case "rate" -> new DropRate(Literals.percent(cursor.requireWord("a percentage, e.g. 30%"), cursor), link());
            default -> new PacketByHand(PacketByHand.Kind.DROP, packetId());
        };
    }

    private Action nextOrPacket(Token verb, LinkFault.Kind next, PacketByHand.Kind byHand) throws ScriptException {
        Token word = keyword(verb, "next", "packet");
        return word.text().equals("next") ? new LinkFault(next, link()) : new PacketByHand(byHand, packetId());
    }

    private PacketByHand packet(Token verb, PacketByHand.Kind kind) throws ScriptException {
        keyword(verb, "packet");
        return new PacketByHand(kind, packetId());
    }

    private LinkChange linkChange(Token verb, LinkChange.Kind kind) throws ScriptException {
        keyword(verb, "link");
        String node = node();
        if (cursor.atEnd()) {
            return new LinkChange(kind, node, null);
        }
        Token otherWord = cursor.word();
        String other = nodes.require(otherWord, cursor);
        if (node.equals(other)) {
            throw cursor.error(otherWord, "a link joins two different nodes, not " + node + " and itself");
        }
        return new LinkChange(kind, node, other);
    }

    private Step step() throws ScriptException {
        if (cursor.atEnd()) {
            return new Step(1);
        }
        Token count = cursor.word();
        return new Step((int) Literals.positive(count, Step.MAX_COUNT, cursor,
                "'" + count.text() + "' is not a number of events (a whole number from 1 to " + Step.MAX_COUNT + ")"));
    }

    private Action expect() throws ScriptException {
        cursor.skipSpaces();
        Token prompt = prompt();
        if (prompt == null) {
            return new Expect(new ComparisonParser(cursor, nodes).comparison());
        }
        String node = nodes.require(prompt, cursor);
        List<String> args = new ArrayList<>();
        while (!cursor.atEnd()) {
            Arg arg = ArgSplitter.read(cursor);
            if (!arg.quoted() && (arg.value().equals("==") || arg.value().equals("!="))) {
                if (args.isEmpty()) {
                    throw cursor.error(arg.column(), "expected a command after '" + node + ">'");
                }
                Operator operator = arg.value().equals("==") ? Operator.EQUAL : Operator.NOT_EQUAL;
                return new ExpectReply(node, args, operator, new ReplyPatternParser(cursor).pattern());
            }
            args.add(arg.value());
        }
        throw cursor.error(args.isEmpty() ? "expected a command after '" + node + ">'"
                : "expected '== REPLY' after the command, e.g. expect " + node + "> GET key == \"value\"");
    }

    private RunUntil runUntil(Token verb) throws ScriptException {
        keyword(verb, "until");
        Comparison comparison = new ComparisonParser(cursor, nodes).comparison();
        if (cursor.atEnd()) {
            return new RunUntil(comparison, null);
        }
        Token within = cursor.word();
        if (!within.text().equals("within")) {
            throw cursor.error(within, "expected 'within' and a time limit (e.g. within 10s), not '" + within.text() + "'");
        }
        return new RunUntil(comparison, span());
    }

    /** The next word, which must be one of {@code words}. */
    private Token keyword(Token verb, String... words) throws ScriptException {
        List<String> allowed = List.of(words);
        String expected = "'" + String.join("', '", allowed) + "'";
        int last = expected.lastIndexOf(", ");
        if (last > 0) {
            expected = expected.substring(0, last) + " or " + expected.substring(last + 2);
        }
        Token word = cursor.word();
        if (!allowed.contains(word.text())) {
            throw cursor.error(word, "expected " + expected + " after '" + verb.text() + "'"
                    + (word.text().isEmpty() ? "" : ", not '" + word.text() + "'") + Suggestions.hint(word.text(), allowed));
        }
        return word;
    }

    private String node() throws ScriptException {
        return nodes.require(cursor.requireWord("a node, e.g. replica-1"), cursor);
    }

    /** {@code A->B}. */
    private Link link() throws ScriptException {
        Token word = cursor.requireWord("'A->B', e.g. master->replica-1");
        Matcher m = LINK.matcher(word.text());
        if (!m.matches()) {
            throw cursor.error(word, "expected 'A->B', e.g. master->replica-1, not '" + word.text() + "'");
        }
        String from = nodes.require(new Token(m.group(1), word.column()), cursor);
        String to = nodes.require(new Token(m.group(2), word.column() + m.start(2)), cursor);
        if (from.equals(to)) {
            throw cursor.error(word, "a link joins two different nodes, not " + from + " and itself");
        }
        return new Link(from, to);
    }

    private TimeSpan span() throws ScriptException {
        return Literals.span(cursor.requireWord("a time, e.g. 500ms or 2s"), cursor);
    }

    private long packetId() throws ScriptException {
        Token id = cursor.requireWord("a packet number, as the trace shows it (#17 is packet 17)");
        return Literals.positive(id, MAX_PACKET_ID, cursor,
                "'" + id.text() + "' is not a packet number (a whole number, as the trace shows it: #17 is packet 17)");
    }
}
