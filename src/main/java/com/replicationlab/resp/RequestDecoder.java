package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * A server pipeline's request decoder: emits a {@link Request} for each request a client sends.
 * On a protocol error it emits one {@link ProtocolError} and then ignores everything the client
 * sends afterwards, while the server writes the error and closes the connection as Redis does.
 */
public final class RequestDecoder extends ByteToMessageDecoder {

    private final RequestParser parser;
    private boolean failed;

    public RequestDecoder(RequestParser parser) {
        this.parser = parser;
    }

    /**
     * Decodes one request per call: Netty hands each one on before asking for the next, so a
     * request is parsed only after the one before it reached the handler (AUTH can change the
     * limits that apply to the next request).
     */
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            Request request = parser.next(in);
            if (request != null) {
                out.add(request);
            }
        } catch (ProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            out.add(new ProtocolError(e.toErrorReply().message()));
        }
    }
}
