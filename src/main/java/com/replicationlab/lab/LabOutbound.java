package com.replicationlab.lab;

import com.replicationlab.replication.StreamChunk;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
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
                pending.add(new Pending(bytesOf(chunk.content()), chunk.firstOffset(), chunk.resend()));
            } else if (msg instanceof ByteBuf buf) {
                byte[] bytes = bytesOf(buf);
                stream.observeOutbound(bytes);
                pending.add(new Pending(bytes, -1, false));
            } else {
                promise.tryFailure(new IllegalArgumentException("a lab channel carries bytes, not " + msg));
                return;
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
        promise.trySuccess();
    }

    /**
     * The bytes of a written buffer, as a packet keeps them. A channel owns what is written to it
     * (Netty's rule: the writer lets go of it), so an unpooled buffer that wraps a whole array hands
     * over that array as it is — a master's stream bytes are one array that all its replicas'
     * packets share. Any other buffer (a slice, a pooled buffer whose memory will be reused) is copied.
     */
    static byte[] bytesOf(ByteBuf buf) {
        boolean wholeArray = buf.hasArray() && buf.alloc() instanceof UnpooledByteBufAllocator
                && buf.arrayOffset() == 0 && buf.readerIndex() == 0 && buf.readableBytes() == buf.array().length;
        return wholeArray ? buf.array() : ByteBufUtil.getBytes(buf);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        if (pending.size() == 1) {
            // The usual case: one write since the last flush, so one packet as it is.
            Pending only = pending.remove(0);
            network.send(channel, only.bytes(), only.streamFirst(), only.resend());
            return;
        }
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
