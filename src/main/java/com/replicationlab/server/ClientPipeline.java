package com.replicationlab.server;

import com.replicationlab.replication.StreamChunkEncoder;
import com.replicationlab.resp.RequestDecoder;
import com.replicationlab.resp.RequestParser;
import com.replicationlab.resp.ReplyBuffer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import java.util.function.LongSupplier;

/**
 * Assembles, in one place, the handlers of a connection a node accepts: decode, dispatch, buffer
 * the replies; over TCP, and for a real client bridged into the lab, also the output buffer limits.
 * Over TCP, stream chunks leave as plain bytes; the lab keeps them whole (it reads their offsets).
 */
public final class ClientPipeline extends ChannelInitializer<Channel> {
    private final RedisNode node;
    private final boolean overTcp;
    private final LongSupplier bridgedPendingBytes;

    private ClientPipeline(RedisNode node, boolean overTcp, LongSupplier bridgedPendingBytes) {
        this.node = node;
        this.overTcp = overTcp;
        this.bridgedPendingBytes = bridgedPendingBytes;
    }

    public static ClientPipeline forTcp(RedisNode node) {
        return new ClientPipeline(node, true, null);
    }

    public static ClientPipeline forLab(RedisNode node) {
        return new ClientPipeline(node, false, null);
    }

    /**
     * A real client's connection into a lab node: a lab pipeline whose output goes to a TCP channel
     * elsewhere, where {@code pendingBytes} wait unsent; the output buffer limits apply to them.
     */
    public static ClientPipeline forBridge(RedisNode node, LongSupplier pendingBytes) {
        return new ClientPipeline(node, false, pendingBytes);
    }

    @Override
    protected void initChannel(Channel channel) {
        ClientHandler handler = new ClientHandler(node);
        if (overTcp || bridgedPendingBytes != null) {
            channel.pipeline().addLast("output-buffer-limit", new OutputBufferGuard(node, handler::session,
                    bridgedPendingBytes));
        }
        if (overTcp) {
            channel.pipeline().addLast("stream", StreamChunkEncoder.INSTANCE);
        }
        channel.pipeline().addLast("decoder", new RequestDecoder(new RequestParser(node.protocolLimits(), handler::authenticated)));
        channel.pipeline().addLast("replies", new ReplyBuffer());
        channel.pipeline().addLast("client", handler);
    }
}
