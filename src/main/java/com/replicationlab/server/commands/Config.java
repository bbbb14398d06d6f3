package com.replicationlab.server.commands;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;
import com.replicationlab.server.config.ConfigException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CONFIG GET pattern [pattern ...] | SET name value [name value ...] | RESETSTAT | REWRITE | HELP. */
final class Config extends ServerCommand {
    Config() {
        super("config", -2, KeySpec.NONE, CommandFlag.ADMIN, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        String sub = ex.argString(1);
        if (Args.is(ex.arg(1), "get")) {
            return ex.argCount() < 3 ? Errors.wrongArity("config|get") : get(ex);
        }
        if (Args.is(ex.arg(1), "set")) {
            return ex.argCount() < 4 || ex.argCount() % 2 != 0 ? Errors.wrongArity("config|set") : set(ex);
        }
        if (Args.is(ex.arg(1), "resetstat") && ex.argCount() == 2) {
            ex.node().stats().reset();
            return RespValue.OK;
        }
        if (Args.is(ex.arg(1), "rewrite") && ex.argCount() == 2) {
            return RespValue.error("ERR The server is running without a config file");
        }
        if (Args.is(ex.arg(1), "help") && ex.argCount() == 2) {
            return RespValue.array(List.of(
                    new RespValue.SimpleString("CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"),
                    new RespValue.SimpleString("GET <pattern>"),
                    new RespValue.SimpleString("    Return parameters matching the glob-like <pattern> and their values."),
                    new RespValue.SimpleString("SET <directive> <value>"),
                    new RespValue.SimpleString("    Set the configuration <directive> to <value>."),
                    new RespValue.SimpleString("RESETSTAT"),
                    new RespValue.SimpleString("    Reset statistics reported by the INFO command."),
                    new RespValue.SimpleString("HELP"),
                    new RespValue.SimpleString("    Print this help.")));
        }
        return RespValue.error("ERR unknown subcommand '" + sub + "'. Try CONFIG HELP.");
    }

    private RespValue get(Execution ex) {
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 2; i < ex.argCount(); i++) {
            ex.node().config().matching(ex.argString(i)).forEach(e -> found.putIfAbsent(e.getKey(), e.getValue()));
        }
        List<RespValue> reply = new ArrayList<>();
        found.forEach((name, value) -> {
            reply.add(RespValue.bulk(name));
            reply.add(RespValue.bulk(value));
        });
        return RespValue.array(reply);
    }

    private RespValue set(Execution ex) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 2; i < ex.argCount(); i += 2) {
            if (values.put(ex.argString(i), ex.argString(i + 1)) != null) {
                return RespValue.error("ERR CONFIG SET failed (possibly related to argument '" + ex.argString(i)
                        + "') - duplicate parameter");
            }
        }
        try {
            ex.node().config().setAll(values);
        } catch (ConfigException e) {
            return RespValue.error("ERR " + e.getMessage());
        }
        return RespValue.OK;
    }
}
