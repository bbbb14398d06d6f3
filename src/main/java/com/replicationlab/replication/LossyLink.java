package com.replicationlab.replication;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * Marks a connection that can lose whole packets — a link of the lab's simulated network, never a
 * real TCP connection. Only on such a link does a master re-send stream bytes a replica's ACK
 * shows it lacks (the mechanism in the classic description; Redis itself relies on TCP instead).
 */
public final class LossyLink {
    public static final AttributeKey<Boolean> KEY = AttributeKey.valueOf("replicationlab.lossy-link");

    private LossyLink() {
    }

    public static void mark(Channel channel) {
        channel.attr(KEY).set(Boolean.TRUE);
    }

    public static boolean isLossy(Channel channel) {
        return Boolean.TRUE.equals(channel.attr(KEY).get());
    }
}
