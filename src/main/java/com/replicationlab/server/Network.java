package com.replicationlab.server;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;

/**
 * How a node opens a connection to another node (a replica to its master): real TCP, or the lab's
 * simulated network. The engine does not know which.
 */
public interface Network {
    /**
     * Connects to {@code host:port}; {@code handler} is installed on the new channel (usually a
     * ChannelInitializer) and all its callbacks run on the node's thread.
     */
    ChannelFuture connect(String host, int port, ChannelHandler handler);
}
