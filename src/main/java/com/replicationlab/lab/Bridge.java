package com.replicationlab.lab;

import com.replicationlab.replication.StreamChunk;
import com.replicationlab.server.ClientPipeline;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

import java.net.InetSocketAddress;

/**
 * A real client's connection into a lab node (redis-cli, a real redis-server replica): the node
 * sees an ordinary connection; its output goes straight back to the client, not through the
 * simulated network, and is never lost (TCP keeps it whole).
 */
public final class Bridge {
    private final LabChannel nodeEnd;
    /** Told of every read: the lab then holds a state its actions alone cannot rebuild. */
    private final Runnable onClientBytes;

    Bridge(LabNode node, InetSocketAddress clientAddress, ClientEnd client, Runnable onClientBytes) {
        this.onClientBytes = onClientBytes;
        nodeEnd = new LabChannel(node.name(), new InetSocketAddress(LabNetwork.LOOPBACK, node.port()), clientAddress);
        nodeEnd.pipeline().addLast("bridge-out", new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                // The bytes themselves go on, not a copy: the client end takes them over.
                if (msg instanceof StreamChunk chunk) {
                    client.write(chunk.content().retain());
                    chunk.release();
                } else {
                    client.write((ByteBuf) msg);
                }
                promise.trySuccess();
            }

            @Override
            public void flush(ChannelHandlerContext ctx) {
                client.flush();
            }

            @Override
            public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
                client.close();
                ctx.close(promise);
            }
        });
        nodeEnd.pipeline().addLast(ClientPipeline.forBridge(node.redis(), client::unsentBytes));
        try {
            nodeEnd.register();
        } catch (Exception e) {
            throw new IllegalStateException("could not open a bridge channel", e);
        }
    }

    /** Bytes from the client, as one read that completes at once; the bridge takes them over. */
    public void receive(ByteBuf bytes) {
        read(bytes);
        readComplete();
    }

    /**
     * Bytes from the client; the bridge takes them over. The node runs the requests they complete,
     * but its turn ends only with {@link #readComplete()}: a server reading several clients in one
     * pass of its event loop ends their turns after the pass, as Redis does in beforeSleep.
     */
    public void read(ByteBuf bytes) {
        if (nodeEnd.isOpen()) {
            onClientBytes.run();
            // The void promise makes a failure in the node's pipeline throw here, as a read's would.
            nodeEnd.writeOneInbound(bytes, nodeEnd.voidPromise());
        } else {
            bytes.release();
        }
    }

    /** The reads so far are done: the node's turn ends (its replies and replica streams leave). */
    public void readComplete() {
        if (nodeEnd.isOpen()) {
            nodeEnd.flushInbound();
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
