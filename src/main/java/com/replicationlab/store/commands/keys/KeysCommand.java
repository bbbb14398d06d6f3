package com.replicationlab.store.commands.keys;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.Glob;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;
import com.replicationlab.store.Database;

import java.util.List;

import static com.replicationlab.command.CommandFlag.READONLY;

/**
 * KEYS pattern: the matching keys, in key order (Redis uses its hash order). Like Redis, it skips
 * keys whose time has run out without deleting them, so KEYS never propagates anything.
 */
public final class KeysCommand extends Command {
    public KeysCommand() {
        super("keys", 2, KeySpec.NONE, READONLY);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        byte[] pattern = ctx.arg(1);
        Database db = ctx.db();
        long nowMs = ctx.clock().nowMs();
        List<byte[]> keys = db.keys().stream()
                .filter(key -> Glob.matches(pattern, key.bytes(), false) && !hasExpired(db, key, nowMs))
                .map(ByteKey::bytes)
                .toList();
        return RespValue.arrayOfBulks(keys);
    }

    private static boolean hasExpired(Database db, ByteKey key, long nowMs) {
        Long atMs = db.expiresAt(key);
        return atMs != null && atMs <= nowMs;
    }
}
