package com.replicationlab.lab;

import com.replicationlab.replication.StreamChunk;
import com.replicationlab.server.ClientPipeline;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;

import java.net.InetSocketAddress;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A real client's connection into a lab node (redis-cli, a real redis-server replica): the node
 * sees an ordinary connection; its output goes straight back to the client, not through the
 * simulated network, and is never lost (TCP keeps it whole).
 */
public final class Bridge {
    private final LabChannel nodeEnd;

    Bridge(LabNode node, InetSocketAddress clientAddress, Consumer<byte[]> toClient, LongSupplier unsentBytes,
           Runnable onClose) {
        nodeEnd = new LabChannel(node.name(), new InetSocketAddress(LabNetwork.LOOPBACK, node.port()), clientAddress);
        nodeEnd.pipeline().addLast("bridge-out", new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                ByteBuf bytes = msg instanceof StreamChunk chunk ? chunk.content() : (ByteBuf) msg;
                toClient.accept(ByteBufUtil.getBytes(bytes));
                ReferenceCountUtil.release(msg);
                promise.trySuccess();
            }

            @Override
            public void flush(ChannelHandlerContext ctx) {
                // Every write was handed over already.
            }

            @Override
            public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
                onClose.run();
                ctx.close(promise);
            }
        });
        nodeEnd.pipeline().addLast(ClientPipeline.forBridge(node.redis(), unsentBytes));
        try {
            nodeEnd.register();
        } catch (Exception e) {
            throw new IllegalStateException("could not open a bridge channel", e);
        }
    }

    /** Bytes from the client. */
    public void receive(byte[] bytes) {
        if (nodeEnd.isOpen()) {
            nodeEnd.writeInbound(Unpooled.wrappedBuffer(bytes));
            nodeEnd.runPendingTasks();
        }
    }

    /** The client went away (or the node crashed). */
    public void close() {
        if (nodeEnd.isOpen()) {
            nodeEnd.close();
        }
    }
}
