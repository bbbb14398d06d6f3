package com.replicationlab.server;

import com.replicationlab.resp.RequestDecoder;
import com.replicationlab.resp.RequestParser;
import com.replicationlab.resp.RespEncoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;

/** Assembles, in one place, the handlers of a connection a node accepts: decode, encode, dispatch. */
public final class ClientPipeline extends ChannelInitializer<Channel> {
    private final RedisNode node;
    private final NodeProtocolLimits limits;

    public ClientPipeline(RedisNode node) {
        this.node = node;
        this.limits = new NodeProtocolLimits(node.config());
    }

    @Override
    protected void initChannel(Channel channel) {
        ClientHandler handler = new ClientHandler(node);
        channel.pipeline().addLast("decoder", new RequestDecoder(new RequestParser(limits, handler::authenticated)));
        channel.pipeline().addLast("encoder", RespEncoder.INSTANCE);
        channel.pipeline().addLast("client", handler);
    }
}
