package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.ClientKind;
import com.replicationlab.server.ClientSession;
import com.replicationlab.server.Execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CLIENT SETNAME | GETNAME | ID | LIST | INFO | KILL | SETINFO. */
final class Client extends ServerCommand {
    Client() {
        super("client", -2, KeySpec.NONE, CommandFlag.STALE);
    }

    @Override
    protected RespValue execute(Execution ex) {
        String sub = ex.argString(1).toLowerCase(Locale.ROOT);
        ClientSession me = ex.session();
        return switch (sub) {
            case "setname" -> ex.argCount() != 3 ? Errors.wrongArity("client|setname") : setName(me, ex.argString(2));
            case "getname" -> me.name().isEmpty() ? RespValue.NIL : RespValue.bulk(me.name());
            case "id" -> RespValue.integer(me.id());
            case "info" -> RespValue.bulk(me.infoLine(ex.clock().nowMs()) + "\n");
            case "list" -> list(ex);
            case "kill" -> kill(ex);
            case "setinfo" -> ex.argCount() != 4 ? Errors.wrongArity("client|setinfo") : RespValue.OK;
            default -> RespValue.error("ERR unknown subcommand '" + ex.argString(1) + "'. Try CLIENT HELP.");
        };
    }

    private static RespValue setName(ClientSession me, String name) {
        for (char c : name.toCharArray()) {
            if (c <= ' ' || c > '~') {
                return RespValue.error("ERR Client names cannot contain spaces, newlines or special characters.");
            }
        }
        me.setName(name);
        return RespValue.OK;
    }

    private static RespValue list(Execution ex) {
        StringBuilder text = new StringBuilder();
        for (ClientSession session : ex.node().clients().all()) {
            text.append(session.infoLine(ex.clock().nowMs())).append('\n');
        }
        return RespValue.bulk(text.toString());
    }

    /** CLIENT KILL ip:port (old form), or filter pairs: ID id, ADDR ip:port, TYPE type, SKIPME yes|no. */
    private static RespValue kill(Execution ex) {
        if (ex.argCount() == 3) {
            List<ClientSession> found = matching(ex, Map.of("addr", ex.argString(2)), false);
            if (found.isEmpty()) {
                return RespValue.error("ERR No such client");
            }
            found.forEach(ClientSession::close);
            return RespValue.OK;
        }
        if (ex.argCount() % 2 != 0) {
            return Errors.SYNTAX;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        boolean skipMe = true;
        for (int i = 2; i < ex.argCount(); i += 2) {
            String filter = ex.argString(i).toLowerCase(Locale.ROOT);
            String value = ex.argString(i + 1);
            switch (filter) {
                case "id", "addr" -> filters.put(filter, value);
                case "type" -> {
                    String type = value.toLowerCase(Locale.ROOT);
                    if (!TYPES.containsKey(type)) {
                        return RespValue.error("ERR Unknown client type '" + value + "'");
                    }
                    filters.put("type", type);
                }
                case "skipme" -> skipMe = !value.equalsIgnoreCase("no");
                default -> {
                    return Errors.SYNTAX;
                }
            }
        }
        List<ClientSession> found = matching(ex, filters, skipMe);
        found.forEach(ClientSession::close);
        return RespValue.integer(found.size());
    }

    private static final Map<String, ClientKind> TYPES = Map.of("normal", ClientKind.NORMAL,
            "replica", ClientKind.REPLICA, "slave", ClientKind.REPLICA, "master", ClientKind.MASTER);

    private static List<ClientSession> matching(Execution ex, Map<String, String> filters, boolean skipMe) {
        return ex.node().clients().all().stream()
                .filter(s -> !(skipMe && s == ex.session()))
                .filter(s -> !filters.containsKey("id") || Long.toString(s.id()).equals(filters.get("id")))
                .filter(s -> !filters.containsKey("addr") || s.address().equals(filters.get("addr")))
                .filter(s -> !filters.containsKey("type") || s.kind() == TYPES.get(filters.get("type")))
                .toList();
    }
}
