package com.replicationlab.server;

import com.replicationlab.command.Command;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Name → command, for one node. Filled explicitly from visible lists; no reflection. */
public final class CommandTable {
    private final Map<String, Command> commands = new TreeMap<>();
    /**
     * The same commands in a hash table keyed by the bytes of their names, so that a request's
     * command is found from the bytes it arrived in, in any case, without making a String of every
     * request's name (which showed in the profile of every request). Open addressing: a name's
     * slot is its hash, or the next free one after it; the table is kept at most half full.
     */
    private Command[] slots = new Command[256];
    private byte[][] slotNames = new byte[256][];

    public void register(Command command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalStateException("command registered twice: " + command.name());
        }
        if (commands.size() * 2 > slots.length) {
            growSlots();
        } else {
            place(command);
        }
    }

    public void registerAll(Collection<? extends Command> list) {
        list.forEach(this::register);
    }

    /** The command named {@code name} in any case, or null. */
    public Command lookup(String name) {
        return lookup(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The command whose name is {@code name} in any case, or null. Like Redis (a case-insensitive
     * dictionary of names), only the ASCII letters A-Z match their lower case.
     */
    public Command lookup(byte[] name) {
        int mask = slots.length - 1;
        for (int slot = hash(name) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            if (equalIgnoringCase(slotNames[slot], name)) {
                return slots[slot];
            }
        }
        return null;
    }

    public Collection<Command> all() {
        return commands.values();
    }

    public int size() {
        return commands.size();
    }

    private void place(Command command) {
        byte[] name = command.name().getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        int slot = hash(name) & mask;
        while (slots[slot] != null) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = command;
        slotNames[slot] = name;
    }

    /** Doubles the table and places every command again, the new one included. */
    private void growSlots() {
        slots = new Command[slots.length * 2];
        slotNames = new byte[slots.length][];
        commands.values().forEach(this::place);
    }

    private static int hash(byte[] name) {
        int hash = 0;
        for (byte b : name) {
            hash = 31 * hash + lowerCase(b);
        }
        return hash ^ (hash >>> 16);
    }

    private static boolean equalIgnoringCase(byte[] lowerCaseName, byte[] name) {
        if (lowerCaseName.length != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (lowerCaseName[i] != lowerCase(name[i])) {
                return false;
            }
        }
        return true;
    }

    private static int lowerCase(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }
}
