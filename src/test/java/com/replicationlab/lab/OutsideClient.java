package com.replicationlab.lab;

import com.replicationlab.resp.RespEncoder;
import io.netty.buffer.Unpooled;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A real TCP client's part, as the window's TCP ports play it: a bridge into a node, replies ignored. */
public final class OutsideClient {
    private final Bridge bridge;

    public OutsideClient(Lab lab, String node) {
        bridge = lab.openBridge(node, new InetSocketAddress("127.0.0.1", 50_000), ClientEnd.ignoringReplies());
    }

    /** Sends one command, as one read. */
    public void send(String... words) {
        bridge.receive(Unpooled.wrappedBuffer(RespEncoder.commandBytes(
                Arrays.stream(words).map(word -> word.getBytes(StandardCharsets.UTF_8)).toList())));
    }
}
