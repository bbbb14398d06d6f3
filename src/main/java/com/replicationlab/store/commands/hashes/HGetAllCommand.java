package com.replicationlab.store.commands.hashes;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;

import java.util.ArrayList;
import java.util.List;

import static com.replicationlab.command.CommandFlag.READONLY;

/** HGETALL key: field, value, field, value... in insertion order. */
public final class HGetAllCommand extends Command {
    public HGetAllCommand() {
        super("hgetall", 2, KeySpec.ONE, READONLY);
    }

    @Override
    public RespValue execute(CommandContext ctx) {
        List<byte[]> flat = new ArrayList<>();
        HashRead.fields(ctx).forEach((field, value) -> {
            flat.add(field.bytes());
            flat.add(value);
        });
        return RespValue.arrayOfBulks(flat);
    }
}
