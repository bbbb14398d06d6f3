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
 * flushes, then handed to the lab network as packets: one per run of plain writes (pipelined
 * replies), and one per stream chunk (a master gathers a turn's commands into one chunk already).
 */
final class LabOutbound extends ChannelOutboundHandlerAdapter {
    private record Pending(byte[] bytes, long streamFirst, boolean resend) {
        /** Whether {@code next} continues these bytes in the same packet. */
        boolean joinedBy(Pending next) {
            return streamFirst < 0 && next.streamFirst < 0;
        }
    }

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
            int end = i + 1;
            while (end < batch.size() && batch.get(end - 1).joinedBy(batch.get(end))) {
                end++;
            }
            Pending first = batch.get(i);
            network.send(channel, joined(batch.subList(i, end)), first.streamFirst(), first.resend());
            i = end;
        }
    }

    private static byte[] joined(List<Pending> parts) {
        if (parts.size() == 1) {
            return parts.get(0).bytes();
        }
        byte[] joined = new byte[parts.stream().mapToInt(p -> p.bytes().length).sum()];
        int at = 0;
        for (Pending part : parts) {
            System.arraycopy(part.bytes(), 0, joined, at, part.bytes().length);
            at += part.bytes().length;
        }
        return joined;
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        network.closing(channel);
        ctx.close(promise);
    }
}
