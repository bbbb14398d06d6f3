package com.replicationlab.server;

import com.replicationlab.command.Command;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Name → command, for one node. Filled explicitly from visible lists; no reflection. */
public final class CommandTable {
    private final Map<String, Command> commands = new TreeMap<>();
    /**
     * The same commands by their names in lower and in upper case, as clients write them: a
     * lookup then needs no case conversion, which showed in the profile of every request.
     */
    private final Map<String, Command> byUsualName = new HashMap<>();

    public void register(Command command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalStateException("command registered twice: " + command.name());
        }
        byUsualName.put(command.name(), command);
        byUsualName.put(command.name().toUpperCase(Locale.ROOT), command);
    }

    public void registerAll(Collection<? extends Command> list) {
        list.forEach(this::register);
    }

    /** The command named {@code name} in any case, or null. */
    public Command lookup(String name) {
        Command command = byUsualName.get(name);
        return command != null ? command : commands.get(name.toLowerCase(Locale.ROOT));
    }

    public Collection<Command> all() {
        return commands.values();
    }

    public int size() {
        return commands.size();
    }
}
