package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;

/**
 * The expiry options of SET and GETEX (also what SETEX and PSETEX mean), and how each turns its
 * argument into an absolute time in ms, with Redis's checks (getExpireMillisecondsOrReply).
 */
enum ExpireOption {
    EX(1000, true),
    PX(1, true),
    EXAT(1000, false),
    PXAT(1, false);

    private final long unitMs;
    private final boolean relative;

    ExpireOption(long unitMs, boolean relative) {
        this.unitMs = unitMs;
        this.relative = relative;
    }

    /** The option named by {@code arg} (any case), or null. */
    static ExpireOption named(byte[] arg) {
        for (ExpireOption option : values()) {
            if (Args.is(arg, option.name())) {
                return option;
            }
        }
        return null;
    }

    boolean isAbsolute() {
        return !relative;
    }

    /**
     * The absolute expiry time for {@code arg}: a positive integer in this option's unit.
     *
     * @throws CommandException "invalid expire time in '<command>' command" for zero, negative or
     *                          overflowing times; "value is not an integer" for non-numbers
     */
    long absoluteMs(byte[] arg, long nowMs, String commandName) {
        long value = Args.parseLong(arg);
        if (value <= 0 || value > Long.MAX_VALUE / unitMs) {
            throw invalid(commandName);
        }
        long ms = value * unitMs;
        if (relative) {
            if (ms > Long.MAX_VALUE - nowMs) {
                throw invalid(commandName);
            }
            ms += nowMs;
        }
        if (ms <= 0) {
            throw invalid(commandName);
        }
        return ms;
    }

    private static CommandException invalid(String commandName) {
        return new CommandException(Errors.invalidExpireTime(commandName));
    }
}
