package com.replicationlab.net;

import com.replicationlab.server.Network;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;

/** Real TCP connections, opened on the node's own event loop so every callback stays on its thread. */
public final class TcpNetwork implements Network {
    private static final int CONNECT_TIMEOUT_MS = 5000;

    private final EventLoop loop;

    public TcpNetwork(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public ChannelFuture connect(String host, int port, ChannelHandler handler) {
        return new Bootstrap()
                .group(loop)
                .channel(Transport.clientChannel())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MS)
                .handler(handler)
                .connect(host, port);
    }
}
