package com.replicationlab.command;

import com.replicationlab.resp.RespValue;

/** Ends a command early with an error reply, e.g. a bad integer argument. */
public final class CommandException extends RuntimeException {
    private final RespValue.ErrorReply reply;

    public CommandException(RespValue.ErrorReply reply) {
        super(reply.message(), null, false, false);
        this.reply = reply;
    }

    public CommandException(String message) {
        this(RespValue.error(message));
    }

    public RespValue.ErrorReply reply() {
        return reply;
    }
}
