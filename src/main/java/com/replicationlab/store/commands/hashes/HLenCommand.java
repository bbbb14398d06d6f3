package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;

import static com.replicationlab.command.CommandFlag.FAST;
import static com.replicationlab.command.CommandFlag.READONLY;

/** HLEN key: the number of fields, 0 for a missing key. */
public final class HLenCommand extends Command {
    public HLenCommand() {
        super("hlen", 2, KeySpec.ONE, READONLY, FAST);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.integer(HashRead.fields(ctx).size());
    }
}
