package com.replicationlab.store.commands;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.RedisObject;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs data commands as the dispatcher will: looked up by lower-case name in {@link DataCommands#all},
 * arity checked, then executed; an error thrown by the command becomes its reply. Replies and
 * propagated commands are shown as short text, so tests read like a redis-cli session.
 */
final class CommandRunner {
    /** 2023-11-14T22:13:20Z: a fixed, realistic "now". */
    static final long START_MS = 1_700_000_000_000L;
    static final String WRONGTYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value";

    private final Map<String, Command> commands = DataCommands.all().stream()
            .collect(Collectors.toMap(Command::name, Function.identity()));
    private final RecordingContext ctx = new RecordingContext(START_MS);
    private int propagatedSeen;

    RecordingContext context() {
        return ctx;
    }

    Database db() {
        return ctx.db();
    }

    /** Runs one command and shows its reply (see {@link #show}). */
    String run(String... args) {
        return show(execute(Arrays.stream(args).map(a -> a.getBytes(StandardCharsets.UTF_8)).toList()));
    }

    RespValue execute(List<byte[]> args) {
        propagatedSeen = ctx.propagated().size();
        Command command = commands.get(new String(args.get(0), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
        if (command == null) {
            throw new IllegalArgumentException("not a data command: " + new String(args.get(0)));
        }
        if (!command.arityAccepts(args.size())) {
            return Errors.wrongArity(command.name());
        }
        ctx.setArgs(args);
        try {
            return command.execute(ctx);
        } catch (CommandException e) {
            return e.reply();
        }
    }

    /** What the last command propagated, each command shown as its space-separated arguments. */
    List<String> propagated() {
        return ctx.propagated().subList(propagatedSeen, ctx.propagated().size()).stream()
                .map(CommandRunner::showCommand)
                .toList();
    }

    /** Everything propagated since the runner was made. */
    List<String> allPropagated() {
        return ctx.propagated().stream().map(CommandRunner::showCommand).toList();
    }

    /** When a key's time runs out, in ms (null without one), read without applying expiry. */
    Long expiresAt(String key) {
        return ctx.db().expiresAt(ByteKey.of(key));
    }

    /** The stored value of a key without applying expiry (null if absent). */
    RedisObject stored(String key) {
        return ctx.db().entries().stream()
                .filter(e -> e.getKey().equals(ByteKey.of(key)))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    static String showCommand(List<byte[]> command) {
        return command.stream().map(b -> new String(b, StandardCharsets.UTF_8)).collect(Collectors.joining(" "));
    }

    /**
     * A reply as text: {@code +OK}, {@code -ERR ...}, {@code :3}, {@code "value"}, {@code nil},
     * {@code ["a", nil]}, {@code nil-array}.
     */
    static String show(RespValue reply) {
        if (reply instanceof RespValue.SimpleString s) {
            return "+" + s.value();
        } else if (reply instanceof RespValue.ErrorReply e) {
            return "-" + e.message();
        } else if (reply instanceof RespValue.RespInteger i) {
            return ":" + i.value();
        } else if (reply instanceof RespValue.BulkString b) {
            return b.isNil() ? "nil" : "\"" + b.asString() + "\"";
        } else {
            RespValue.RespArray array = (RespValue.RespArray) reply;
            return array.isNil() ? "nil-array"
                    : array.items().stream().map(CommandRunner::show).collect(Collectors.joining(", ", "[", "]"));
        }
    }
}
