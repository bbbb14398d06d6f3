package com.replicationlab.server;

import com.replicationlab.command.Command;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Name → command, for one node. Filled explicitly from visible lists; no reflection. */
public final class CommandTable {
    private final Map<String, Command> commands = new TreeMap<>();

    public void register(Command command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalStateException("command registered twice: " + command.name());
        }
    }

    public void registerAll(Collection<? extends Command> list) {
        list.forEach(this::register);
    }

    /** The command named {@code name} in any case, or null. */
    public Command lookup(String name) {
        return commands.get(name.toLowerCase(Locale.ROOT));
    }

    public Collection<Command> all() {
        return commands.values();
    }

    public int size() {
        return commands.size();
    }
}
