package com.replicationlab.lab;

import com.replicationlab.replication.StreamChunk;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of a lab channel's pipeline, outbound: what the node writes is gathered until it
 * flushes, then handed to the lab network as packets (stream chunks keep their offsets).
 */
final class LabOutbound extends ChannelOutboundHandlerAdapter {
    private record Pending(byte[] bytes, long streamFirst, boolean resend) {}

    private final LabNetwork network;
    private final LabChannel channel;
    private final StreamReassembly stream;
    private final List<Pending> pending = new ArrayList<>();

    LabOutbound(LabNetwork network, LabChannel channel, StreamReassembly stream) {
        this.network = network;
        this.channel = channel;
        this.stream = stream;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        try {
            if (msg instanceof StreamChunk chunk) {
                pending.add(new Pending(ByteBufUtil.getBytes(chunk.content()), chunk.firstOffset(), chunk.resend()));
            } else if (msg instanceof ByteBuf bytes) {
                byte[] copy = ByteBufUtil.getBytes(bytes);
                stream.observeOutbound(copy);
                pending.add(new Pending(copy, -1, false));
            } else {
                promise.tryFailure(new IllegalArgumentException("a lab channel carries bytes, not " + msg));
                return;
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
        promise.trySuccess();
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        List<Pending> batch = List.copyOf(pending);
        pending.clear();
        int i = 0;
        while (i < batch.size()) {
            Pending p = batch.get(i);
            if (p.streamFirst() >= 0) {
                network.send(channel, p.bytes(), p.streamFirst(), p.resend());
                i++;
                continue;
            }
            // Consecutive plain writes (pipelined replies) leave together, as one flush does on TCP.
            int end = i;
            int size = 0;
            while (end < batch.size() && batch.get(end).streamFirst() < 0) {
                size += batch.get(end).bytes().length;
                end++;
            }
            byte[] joined = new byte[size];
            int at = 0;
            for (int j = i; j < end; j++) {
                byte[] part = batch.get(j).bytes();
                System.arraycopy(part, 0, joined, at, part.length);
                at += part.length;
            }
            network.send(channel, joined, -1, false);
            i = end;
        }
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        network.closing(channel);
        ctx.close(promise);
    }
}
