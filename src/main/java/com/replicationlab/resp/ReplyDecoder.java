package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * A client pipeline's reply decoder: emits a {@link RespValue} for each reply. Malformed input
 * reaches {@code exceptionCaught} as a {@link ProtocolException}, once; everything after it is
 * ignored.
 */
public final class ReplyDecoder extends StopOnErrorDecoder {

    private final ReplyParser parser;

    public ReplyDecoder(ReplyParser parser) {
        this.parser = parser;
    }

    @Override
    protected Object next(ByteBuf in) {
        return parser.next(in);
    }

    @Override
    protected void protocolError(ProtocolException error, List<Object> out) {
        throw error;
    }
}
