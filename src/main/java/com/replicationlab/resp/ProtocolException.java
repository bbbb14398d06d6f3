package com.replicationlab.resp;

import com.replicationlab.resp.RespValue.ErrorReply;
import io.netty.handler.codec.DecoderException;

/**
 * Input that breaks the protocol. The message is the text Redis puts after "-ERR ", for example
 * "Protocol error: invalid bulk length". It is a {@link DecoderException} so that Netty hands it to
 * {@code exceptionCaught} as it is rather than wrapped.
 */
public final class ProtocolException extends DecoderException {

    public ProtocolException(String message) {
        super(message);
    }

    /** The reply a server writes before closing the connection. */
    public ErrorReply toErrorReply() {
        return new ErrorReply("ERR " + getMessage());
    }
}
