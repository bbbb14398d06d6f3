package com.replicationlab.command;

import com.replicationlab.resp.RespValue;

import java.util.EnumSet;
import java.util.Set;

/**
 * One Redis command: its name, arity, flags and what it does. Each command is its own small class,
 * registered in a visible table, so a student can find any command by name.
 *
 * <p>Arity follows Redis: a positive number is the exact argument count (command name included),
 * a negative one the minimum. The dispatcher checks arity, READONLY and min-replicas before
 * {@link #execute}; the command checks its own arguments.
 */
public abstract class Command {
    private final String name;
    private final int arity;
    private final KeySpec keys;
    private final Set<CommandFlag> flags;

    protected Command(String name, int arity, KeySpec keys, CommandFlag... flags) {
        this.name = name;
        this.arity = arity;
        this.keys = keys;
        this.flags = flags.length == 0 ? EnumSet.noneOf(CommandFlag.class) : EnumSet.of(flags[0], flags);
    }

    /** Lower-case name, as used in error messages and COMMAND. */
    public final String name() {
        return name;
    }

    public final int arity() {
        return arity;
    }

    public final KeySpec keys() {
        return keys;
    }

    public final Set<CommandFlag> flags() {
        return Set.copyOf(flags);
    }

    public final boolean is(CommandFlag flag) {
        return flags.contains(flag);
    }

    /** Whether {@code argCount} arguments (command name included) satisfy the arity. */
    public final boolean arityAccepts(int argCount) {
        return arity >= 0 ? argCount == arity : argCount >= -arity;
    }

    /**
     * Runs the command and returns its reply. A command that changes the dataset calls
     * {@link CommandContext#propagate()} (or propagates a rewritten form) so replicas see it.
     * Returns null only when the reply will come later (a blocked client, e.g. WAIT).
     *
     * @throws CommandException for an error reply found while parsing arguments
     */
    public abstract RespValue execute(CommandContext ctx);
}
