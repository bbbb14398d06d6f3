package com.replicationlab.replication;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;

import java.util.List;

/** On a real TCP connection a stream chunk is just its bytes: TCP keeps them in order. */
@Sharable
public final class StreamChunkEncoder extends MessageToMessageEncoder<StreamChunk> {
    public static final StreamChunkEncoder INSTANCE = new StreamChunkEncoder();

    private StreamChunkEncoder() {
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, StreamChunk chunk, List<Object> out) {
        out.add(chunk.content().retain());
    }
}
