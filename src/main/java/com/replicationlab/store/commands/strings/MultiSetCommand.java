package com.replicationlab.store.commands.strings;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.DENYOOM;
import static com.replicationlab.command.CommandFlag.WRITE;

/** MSET and MSETNX: key value pairs; an unpaired key is a wrong-arity error. */
abstract class MultiSetCommand extends Command {
    MultiSetCommand(String name) {
        super(name, -3, KeySpec.PAIRS, WRITE, DENYOOM);
    }

    /** Checks the arguments come in pairs. */
    final void checkPairs(CommandContext ctx) {
        if (ctx.argCount() % 2 == 0) {
            throw new CommandException(Errors.wrongArity(name()));
        }
    }

    /** Sets every pair, clearing expiry times, and propagates the command as sent. */
    final void setAll(CommandContext ctx) {
        for (int i = 1; i < ctx.argCount(); i += 2) {
            StringStore.set(ctx.db(), ByteKey.of(ctx.arg(i)), ctx.arg(i + 1));
        }
        ctx.propagate();
    }
}
