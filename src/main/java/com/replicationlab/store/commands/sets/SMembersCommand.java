package com.replicationlab.store.commands.sets;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.READONLY;

/** SMEMBERS key: the members, in insertion order (Redis uses its hash order). */
public final class SMembersCommand extends Command {
    public SMembersCommand() {
        super("smembers", 2, KeySpec.ONE, READONLY);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.arrayOfBulks(SetRead.members(ctx).stream().map(ByteKey::bytes).toList());
    }
}
