package com.replicationlab.live;

import com.replicationlab.lab.Bridge;
import com.replicationlab.lab.ClientEnd;
import com.replicationlab.lab.Lab;
import com.replicationlab.net.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Real TCP ports for lab nodes, so redis-cli, benchmarks and real Redis servers can talk to them.
 * The sockets live on the lab thread itself (it is a Netty event loop): what a client sends runs
 * in the lab as it is read, and the node's replies go straight into the socket, with no hand-over
 * between threads and no copy.
 */
public final class LabTcpGateway implements AutoCloseable {
    private final LabRunner runner;
    private final List<Channel> listeners = new ArrayList<>();
    private final ChannelGroup clients;
    /** Clients read in this pass of the event loop, in the order read; touched on the lab thread only. */
    private final Set<ClientSide> readsToComplete = new LinkedHashSet<>();

    public LabTcpGateway(LabRunner runner) {
        this.runner = runner;
        this.clients = new DefaultChannelGroup("lab clients", runner.eventLoop());
    }

    /** Opens {@code host:port} for the lab node {@code node}; returns the port bound (0 picks one). */
    public int listen(String node, String host, int port) throws InterruptedException {
        Channel channel = new ServerBootstrap()
                .group(runner.eventLoop())
                .channel(Transport.serverChannel())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        clients.add(ch);
                        ch.pipeline().addLast(new ClientSide(node));
                    }
                })
                .bind(host, port).sync().channel();
        synchronized (listeners) {
            listeners.add(channel);
        }
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /**
     * Ends a client's read after the event loop has read every client ready in this pass, as Redis
     * runs the requests of all readable clients and only then, in beforeSleep, writes the replies
     * and the replicas' streams: the writes of many clients without pipelining reach each replica
     * in one write (one packet) rather than one each. Netty runs queued tasks after its I/O.
     */
    private void completeAfterThisPass(ClientSide client) {
        if (readsToComplete.isEmpty()) {
            runner.eventLoop().execute(this::completeReads);
        }
        readsToComplete.add(client);
    }

    private void completeReads() {
        List<ClientSide> completing = List.copyOf(readsToComplete);
        readsToComplete.clear();
        completing.forEach(ClientSide::completeRead);
    }

    /** One TCP client, on the lab thread: its bytes go into the node; the node's bytes come back. */
    private final class ClientSide extends ChannelInboundHandlerAdapter {
        private final String node;
        private Bridge bridge;
        private Channel tcp;

        ClientSide(String node) {
            this.node = node;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            tcp = ctx.channel();
            Lab lab = runner.labOnThisThread();
            try {
                bridge = lab.openBridge(node, (InetSocketAddress) tcp.remoteAddress(), new SocketEnd(tcp));
            } catch (RuntimeException e) {
                tcp.writeAndFlush(Unpooled.copiedBuffer("-ERR " + e.getMessage() + "\r\n", StandardCharsets.UTF_8));
                tcp.close();
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf bytes = (ByteBuf) msg;
            if (bridge != null) {
                bridge.read(bytes);
            } else {
                bytes.release();
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (bridge != null) {
                completeAfterThisPass(this);
            }
        }

        /** Outside the channel's own events, so a failure closes the client as exceptionCaught would. */
        void completeRead() {
            try {
                bridge.readComplete();
            } catch (RuntimeException e) {
                tcp.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (bridge != null) {
                bridge.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** A node's replies, written into the client's socket. */
    private record SocketEnd(Channel tcp) implements ClientEnd {
        @Override
        public long unsentBytes() {
            ChannelOutboundBuffer buffer = tcp.unsafe().outboundBuffer();
            return buffer == null ? 0 : buffer.totalPendingWriteBytes();
        }

        @Override
        public void write(ByteBuf bytes) {
            tcp.write(bytes, tcp.voidPromise());
        }

        @Override
        public void flush() {
            tcp.flush();
        }

        @Override
        public void close() {
            tcp.close();
        }
    }

    @Override
    public void close() {
        synchronized (listeners) {
            listeners.forEach(channel -> channel.close().syncUninterruptibly());
        }
        clients.close().syncUninterruptibly();
    }
}
