package com.replicationlab.store.commands.sets;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** SCARD key: the number of members, 0 for a missing key. */
public final class SCardCommand extends Command {
    public SCardCommand() {
        super("scard", 2, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.integer(SetRead.members(ctx).size());
    }
}
