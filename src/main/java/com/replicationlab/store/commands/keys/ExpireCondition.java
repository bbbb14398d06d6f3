package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The NX / XX / GT / LT options of the EXPIRE family (Redis 7.0), parsed as
 * parseExtendedExpireArgumentsOrReply does, and the test each one puts on the key's current expiry.
 * A key without expiry counts as expiring never (infinitely late).
 */
enum ExpireCondition {
    /** Only if the key has no expiry. */
    NX,
    /** Only if the key has an expiry. */
    XX,
    /** Only if the new time is later than the current one (never true without an expiry). */
    GT,
    /** Only if the new time is earlier than the current one (always true without an expiry). */
    LT;

    /** The options from index 3 on; "ERR Unsupported option ..." or an incompatibility error otherwise. */
    static Set<ExpireCondition> parse(List<byte[]> args) {
        Set<ExpireCondition> conditions = EnumSet.noneOf(ExpireCondition.class);
        for (byte[] arg : args.subList(3, args.size())) {
            conditions.add(named(arg));
        }
        if (conditions.contains(NX) && conditions.size() > 1) {
            throw new CommandException("ERR NX and XX, GT or LT options at the same time are not compatible");
        }
        if (conditions.contains(GT) && conditions.contains(LT)) {
            throw new CommandException("ERR GT and LT options at the same time are not compatible");
        }
        return conditions;
    }

    /** Whether setting {@code newAtMs} is allowed when the key expires at {@code currentAtMs} (null: never). */
    boolean allows(Long currentAtMs, long newAtMs) {
        return switch (this) {
            case NX -> currentAtMs == null;
            case XX -> currentAtMs != null;
            case GT -> currentAtMs != null && newAtMs > currentAtMs;
            case LT -> currentAtMs == null || newAtMs < currentAtMs;
        };
    }

    private static ExpireCondition named(byte[] arg) {
        for (ExpireCondition condition : values()) {
            if (Args.is(arg, condition.name())) {
                return condition;
            }
        }
        throw new CommandException("ERR Unsupported option " + Args.text(arg));
    }
}
