package com.replicationlab.net;

import com.replicationlab.server.ClientPipeline;
import com.replicationlab.server.RedisNode;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;

import java.net.InetSocketAddress;

/** Listens on a TCP port for one node; accepted connections run on that node's event loop. */
public final class TcpServer implements AutoCloseable {
    private final Channel serverChannel;

    private TcpServer(Channel serverChannel) {
        this.serverChannel = serverChannel;
    }

    /** Binds {@code host:port} (port 0 picks a free one) and waits until it is listening. */
    public static TcpServer listen(RedisNode node, EventLoop loop, String host, int port) throws InterruptedException {
        Channel channel = new ServerBootstrap()
                .group(loop, loop)
                .channel(Transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 511)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(ClientPipeline.forTcp(node))
                .bind(host, port)
                .sync()
                .channel();
        return new TcpServer(channel);
    }

    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
    }
}
