package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;

import java.util.List;

import static com.replicationlab.command.CommandFlag.READONLY;

/** HVALS key: the values, in field insertion order. */
public final class HValsCommand extends Command {
    public HValsCommand() {
        super("hvals", 2, KeySpec.ONE, READONLY);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        return RespValue.arrayOfBulks(List.copyOf(HashRead.fields(ctx).values()));
    }
}
