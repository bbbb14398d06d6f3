package com.replicationlab.cli.bench;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;
import com.replicationlab.store.commands.DataCommands;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference of the lab-speed benchmark: the same commands applied straight to a number of
 * keyspaces, one after another — the work of a master and its replicas with no network at all.
 */
final class DirectKeyspaces {
    private final Map<String, Command> commands = new TreeMap<>();
    private final List<Keyspace> keyspaces = new ArrayList<>();

    DirectKeyspaces(int count) {
        DataCommands.all().forEach(c -> commands.put(c.name().toLowerCase(Locale.ROOT), c));
        for (int i = 0; i < count; i++) {
            keyspaces.add(new Keyspace(() -> 0));
        }
    }

    void apply(List<String> args) {
        List<byte[]> bytes = args.stream().map(a -> a.getBytes(StandardCharsets.UTF_8)).toList();
        Command command = commands.get(args.get(0).toLowerCase(Locale.ROOT));
        for (Keyspace keyspace : keyspaces) {
            command.execute(new Context(keyspace, bytes));
        }
    }

    /** Keys in database 0 of the first keyspace (a check that the work was done). */
    long keys() {
        return keyspaces.get(0).db(0).size();
    }

    private record Context(Keyspace keyspace, List<byte[]> args) implements CommandContext {
        @Override
        public Database db() {
            return keyspace.db(0);
        }

        @Override
        public void selectDb(int index) {
            throw new UnsupportedOperationException("the benchmark's writes use database 0");
        }

        @Override
        public void propagate(List<byte[]> command) {
            // No replicas: each keyspace applies the command itself.
        }
    }
}
