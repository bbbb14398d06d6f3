package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Decodes one message per call and, after the first protocol error, discards all further input:
 * once framing is lost no later byte can be trusted, and the connection is about to be closed.
 * Netty hands each decoded message on before it asks for the next one.
 */
abstract class StopOnErrorDecoder extends ByteToMessageDecoder {

    private boolean failed;

    /** The next complete message, or null when more bytes are needed. */
    protected abstract Object next(ByteBuf in);

    /** Reports the error: emit something into {@code out}, or throw. */
    protected abstract void protocolError(ProtocolException error, List<Object> out);

    @Override
    protected final void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            Object message = next(in);
            if (message != null) {
                out.add(message);
            }
        } catch (ProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            protocolError(e, out);
        }
    }
}
