package com.replicationlab.lab;

import io.netty.channel.embedded.EmbeddedChannel;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * One end of a lab connection: a Netty channel whose pipeline is the node's real pipeline, with
 * the lab's handlers at its head turning writes into packets and packets into reads.
 */
final class LabChannel extends EmbeddedChannel {
    private final String node;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private LabConnection connection;
    /** The faults of the link direction this end sends in, once looked up. */
    private LinkFaults outgoingFaults;

    LabChannel(String node, InetSocketAddress local, InetSocketAddress remote) {
        super(false, false);
        this.node = node;
        this.local = local;
        this.remote = remote;
    }

    String node() {
        return node;
    }

    LabConnection connection() {
        return connection;
    }

    void attach(LabConnection connection) {
        this.connection = connection;
    }

    LinkFaults outgoingFaults() {
        return outgoingFaults;
    }

    void setOutgoingFaults(LinkFaults faults) {
        outgoingFaults = faults;
    }

    @Override
    protected SocketAddress localAddress0() {
        return local;
    }

    @Override
    protected SocketAddress remoteAddress0() {
        return remote;
    }
}
