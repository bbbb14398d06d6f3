package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;
import com.replicationlab.store.RedisObject;

/**
 * RENAME and RENAMENX key newkey: moves the value and its expiry time. A missing source is
 * "ERR no such key"; renaming a key to itself succeeds without changing (or propagating) anything.
 */
abstract class RenameFamilyCommand extends Command {
    private final boolean onlyIfNew;

    RenameFamilyCommand(String name, boolean onlyIfNew, CommandFlag... flags) {
        super(name, 3, new KeySpec(1, 2, 1), flags);
        this.onlyIfNew = onlyIfNew;
    }

    @Override
    public final RespValue execute(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey source = ByteKey.of(ctx.arg(1));
        ByteKey target = ByteKey.of(ctx.arg(2));
        RedisObject value = db.lookup(source);
        if (value == null) {
            throw new CommandException(Errors.NO_SUCH_KEY);
        }
        if (source.equals(target)) {
            return success(false);
        }
        Long expiresAtMs = db.expiresAt(source);
        if (db.lookup(target) != null) {
            if (onlyIfNew) {
                return success(false);
            }
            db.remove(target);
        }
        db.putClearingExpiry(target, value);
        if (expiresAtMs != null) {
            db.setExpiresAt(target, expiresAtMs);
        }
        db.remove(source);
        ctx.propagate();
        return success(true);
    }

    /** RENAME replies OK either way; RENAMENX 1 if it renamed, 0 if not. */
    private RespValue success(boolean renamed) {
        if (!onlyIfNew) {
            return RespValue.OK;
        }
        return RespValue.integer(renamed ? 1 : 0);
    }
}
