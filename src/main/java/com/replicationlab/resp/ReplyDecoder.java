package com.replicationlab.resp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * A client pipeline's reply decoder: emits a {@link RespValue} for each reply. Malformed input
 * reaches {@code exceptionCaught} as a {@link ProtocolException}, once; after it the stream cannot
 * be trusted and everything that follows is ignored.
 */
public final class ReplyDecoder extends ByteToMessageDecoder {

    private final ReplyParser parser;
    private boolean failed;

    public ReplyDecoder(ReplyParser parser) {
        this.parser = parser;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            RespValue value = parser.next(in);
            if (value != null) {
                out.add(value);
            }
        } catch (ProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }
}
