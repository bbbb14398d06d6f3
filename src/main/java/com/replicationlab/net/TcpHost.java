package com.replicationlab.net;

import com.replicationlab.server.NodeEnvironment;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.server.config.NodeConfig;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * Runs nodes on real TCP ports, all on one event loop thread (like Redis's single thread): every
 * node's state is touched only there. Other threads go through {@link #call}.
 */
public final class TcpHost implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, Transport.ioHandlerFactory());
    private final EventLoop loop = group.next();
    private final SplittableRandom seeds = new SplittableRandom();
    private final List<RedisNode> nodes = new ArrayList<>();
    private final List<TcpServer> servers = new ArrayList<>();

    /** Creates a node listening on {@code host:port} (0 = any free port) and starts its cron. */
    public RedisNode startNode(String name, NodeConfig config, String host, int port) throws Exception {
        NodeEnvironment env = new NodeEnvironment(name, new EventLoopScheduler(loop, new SystemClock()),
                seeds.split(), new TcpNetwork(loop), ProcessHandle.current().pid());
        RedisNode node = call(() -> new RedisNode(env, config));
        TcpServer server = TcpServer.listen(node, loop, host, port);
        call(() -> {
            node.setListeningPort(server.port());
            config.set(ConfigNames.PORT, Integer.toString(server.port()));
            node.start();
            return null;
        });
        synchronized (this) {
            nodes.add(node);
            servers.add(server);
        }
        return node;
    }

    /** Runs {@code task} on the nodes' thread and waits for its result. */
    public <T> T call(Callable<T> task) throws Exception {
        if (loop.inEventLoop()) {
            return task.call();
        }
        try {
            return loop.submit(task).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        // Stop listening first, as Redis does on shutdown: a client reconnecting at once (a replica)
        // must find the port closed, not be accepted by a host that is going away.
        servers.forEach(TcpServer::close);
        try {
            call(() -> {
                nodes.forEach(RedisNode::stop);
                return null;
            });
        } catch (Exception e) {
            // Shutting down anyway; the nodes' sockets close with the event loop.
        }
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
