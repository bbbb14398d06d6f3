package com.replicationlab.resp;

import com.replicationlab.resp.RespValue.ErrorReply;

/**
 * What {@link RequestDecoder} emits when a client breaks the protocol. {@code message} is the
 * whole error as it appears on the wire after '-', e.g. "ERR Protocol error: invalid bulk length";
 * the server writes {@link #reply()} and then closes the connection, as Redis does.
 */
public record ProtocolError(String message) {

    public ErrorReply reply() {
        return new ErrorReply(message);
    }
}
