package com.replicationlab.server;

import com.replicationlab.replication.StreamChunkEncoder;
import com.replicationlab.resp.RequestDecoder;
import com.replicationlab.resp.RequestParser;
import com.replicationlab.resp.RespEncoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

/**
 * Assembles, in one place, the handlers of a connection a node accepts: decode, encode, dispatch;
 * over TCP also the output buffer limits.
 * Over TCP, stream chunks leave as plain bytes; the lab keeps them whole (it reads their offsets).
 */
public final class ClientPipeline extends ChannelInitializer<Channel> {
    private final RedisNode node;
    private final boolean overTcp;

    private ClientPipeline(RedisNode node, boolean overTcp) {
        this.node = node;
        this.overTcp = overTcp;
    }

    public static ClientPipeline forTcp(RedisNode node) {
        return new ClientPipeline(node, true);
    }

    public static ClientPipeline forLab(RedisNode node) {
        return new ClientPipeline(node, false);
    }

    @Override
    protected void initChannel(Channel channel) {
        ClientHandler handler = new ClientHandler(node);
        if (overTcp) {
            channel.pipeline().addLast("output-buffer-limit", new OutputBufferGuard(node, handler::session));
            channel.pipeline().addLast("stream", StreamChunkEncoder.INSTANCE);
        }
        channel.pipeline().addLast("decoder", new RequestDecoder(new RequestParser(node.protocolLimits(), handler::authenticated)));
        channel.pipeline().addLast("encoder", RespEncoder.INSTANCE);
        channel.pipeline().addLast("client", handler);
    }
}
