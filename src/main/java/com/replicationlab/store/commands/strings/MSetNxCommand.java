package com.replicationlab.store.commands.strings;

import com.replicationlab.command.CommandContext;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

/** MSETNX key value [key value ...]: sets all pairs only if none of the keys exists (1), else nothing (0). */
public final class MSetNxCommand extends MultiSetCommand {
    public MSetNxCommand() {
        super("msetnx");
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        checkPairs(ctx);
        // Every key is looked up, as Redis does, so each expired one is deleted (and its DEL sent).
        int existing = 0;
        for (int i = 1; i < ctx.argCount(); i += 2) {
            if (ctx.db().lookup(ByteKey.of(ctx.arg(i))) != null) {
                existing++;
            }
        }
        if (existing > 0) {
            return RespValue.integer(0);
        }
        setAll(ctx);
        return RespValue.integer(1);
    }
}
