package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.READONLY;

/** HKEYS key: the field names, in insertion order. */
public final class HKeysCommand extends Command {
    public HKeysCommand() {
        super("hkeys", 2, KeySpec.ONE, READONLY);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.arrayOfBulks(HashRead.fields(ctx).keySet().stream().map(ByteKey::bytes).toList());
    }
}
