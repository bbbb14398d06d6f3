package com.replicationlab.live;

import com.replicationlab.lab.Bridge;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real TCP ports for lab nodes, so redis-cli, benchmarks and real Redis servers can talk to them.
 * Bytes cross threads in both directions: the socket's thread hands what it reads to the lab
 * thread; the lab thread writes replies straight to the socket (Netty makes that safe).
 */
public final class LabTcpGateway implements AutoCloseable {
    private final LabRunner runner;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final List<Channel> listeners = new ArrayList<>();

    public LabTcpGateway(LabRunner runner) {
        this.runner = runner;
    }

    /** Opens {@code host:port} for the lab node {@code node}; returns the port bound (0 picks one). */
    public int listen(String node, String host, int port) throws InterruptedException {
        Channel channel = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new ClientSide(node));
                    }
                })
                .bind(host, port).sync().channel();
        synchronized (listeners) {
            listeners.add(channel);
        }
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** What waits to be sent to a client that does not read (its node applies the output buffer limits). */
    private static long unsentBytes(Channel tcp) {
        ChannelOutboundBuffer buffer = tcp.unsafe().outboundBuffer();
        return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }

    /** One TCP client: its bytes go to the lab thread; the node's bytes come back. */
    private final class ClientSide extends ChannelInboundHandlerAdapter {
        private final String node;
        private Bridge bridge;

        ClientSide(String node) {
            this.node = node;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            Channel tcp = ctx.channel();
            InetSocketAddress peer = (InetSocketAddress) tcp.remoteAddress();
            runner.submit(lab -> {
                try {
                    bridge = lab.openBridge(node, peer, bytes -> tcp.writeAndFlush(Unpooled.wrappedBuffer(bytes)),
                            () -> unsentBytes(tcp), tcp::close);
                } catch (RuntimeException e) {
                    tcp.writeAndFlush(Unpooled.wrappedBuffer(("-ERR " + e.getMessage() + "\r\n").getBytes()));
                    tcp.close();
                }
            });
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            byte[] bytes = ByteBufUtil.getBytes(buf);
            buf.release();
            runner.submit(lab -> {
                if (bridge != null) {
                    bridge.receive(bytes);
                }
            });
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            runner.submit(lab -> {
                if (bridge != null) {
                    bridge.close();
                }
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    @Override
    public void close() {
        synchronized (listeners) {
            listeners.forEach(Channel::close);
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
