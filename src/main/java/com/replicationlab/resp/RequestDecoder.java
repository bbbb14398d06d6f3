package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * A server pipeline's request decoder: emits a {@link Request} for each request a client sends.
 * On a protocol error it emits one {@link ProtocolError} and then ignores everything the client
 * sends afterwards, while the server writes the error and closes the connection as Redis does.
 *
 * <p>Requests are decoded one at a time, each handed on before the next is parsed, so an AUTH
 * processed by the handler lifts the unauthenticated limits for the request after it.
 */
public final class RequestDecoder extends StopOnErrorDecoder {

    private final RequestParser parser;

    public RequestDecoder(RequestParser parser) {
        this.parser = parser;
    }

    @Override
    protected Object next(ByteBuf in) {
        return parser.next(in);
    }

    @Override
    protected void protocolError(ProtocolException error, List<Object> out) {
        out.add(new ProtocolError(error.toErrorReply().message()));
    }
}
