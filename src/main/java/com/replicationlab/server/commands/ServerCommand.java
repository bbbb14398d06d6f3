package com.replicationlab.server.commands;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandContext;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/** A command about the server itself (INFO, CONFIG, REPLCONF, ...): it sees the node and the session. */
public abstract class ServerCommand extends Command {

    protected ServerCommand(String name, int arity, KeySpec keys, CommandFlag... flags) {
        super(name, arity, keys, flags);
    }

    @Override
    public final RespValue execute(CommandContext ctx) {
        return execute((Execution) ctx);
    }

    protected abstract RespValue execute(Execution ex);
}
