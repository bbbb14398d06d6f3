package com.replicationlab.store.commands.sets;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.store.ByteKey;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** SISMEMBER key member: 1 if member is in the set, else 0. */
public final class SIsMemberCommand extends Command {
    public SIsMemberCommand() {
        super("sismember", 3, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.integer(SetRead.members(ctx).contains(ByteKey.of(ctx.arg(2))) ? 1 : 0);
    }
}
