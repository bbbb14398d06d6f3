package com.replicationlab.server.commands;

import com.replicationlab.command.Args;
import com.replicationlab.command.Command;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

import java.util.ArrayList;
import java.util.List;

/** COMMAND [COUNT | INFO name ... | LIST | DOCS]: the command table, as clients like redis-cli ask for it. */
final class CommandInfo extends ServerCommand {
    CommandInfo() {
        super("command", -1, KeySpec.NONE, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        var table = ex.node().dispatcher().table();
        if (ex.argCount() == 1) {
            return RespValue.array(table.all().stream().map(CommandInfo::describe).toList());
        }
        if (Args.is(ex.arg(1), "count") && ex.argCount() == 2) {
            return RespValue.integer(table.size());
        }
        if (Args.is(ex.arg(1), "list") && ex.argCount() == 2) {
            return RespValue.array(table.all().stream().map(c -> (RespValue) RespValue.bulk(c.name())).toList());
        }
        if (Args.is(ex.arg(1), "info")) {
            List<RespValue> reply = new ArrayList<>();
            for (int i = 2; i < ex.argCount(); i++) {
                Command command = table.lookup(ex.argString(i));
                reply.add(command == null ? RespValue.NIL_ARRAY : describe(command));
            }
            return RespValue.array(reply);
        }
        if (Args.is(ex.arg(1), "docs")) {
            return RespValue.EMPTY_ARRAY; // no documentation is served; clients fall back to names
        }
        return RespValue.error("ERR unknown subcommand '" + ex.argString(1) + "'. Try COMMAND HELP.");
    }

    /** Redis 7.0's ten-element description, with the parts the lab does not model left empty. */
    private static RespValue describe(Command command) {
        List<RespValue> flags = command.flags().stream()
                .sorted()
                .map(f -> (RespValue) new RespValue.SimpleString(f.wireName()))
                .toList();
        KeySpec keys = command.keys();
        return RespValue.array(List.of(RespValue.bulk(command.name()), RespValue.integer(command.arity()),
                RespValue.array(flags), RespValue.integer(keys.firstKey()), RespValue.integer(keys.lastKey()),
                RespValue.integer(keys.step()), RespValue.EMPTY_ARRAY, RespValue.EMPTY_ARRAY,
                RespValue.EMPTY_ARRAY, RespValue.EMPTY_ARRAY));
    }
}
