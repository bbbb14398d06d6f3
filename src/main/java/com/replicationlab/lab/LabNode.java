package com.replicationlab.lab;

import com.replicationlab.server.NodeEnvironment;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.NodeConfig;

/**
 * A node of the lab across its lives: its name, port and settings stay; its RedisNode is replaced
 * when it restarts after a crash (all memory lost, as a Redis without persistence).
 */
public final class LabNode {
    private final String name;
    private final int port;
    private final NodeConfig config;
    private RedisNode redis;
    private NodeScheduler scheduler;
    private ConsoleClient console;
    private boolean up;
    /** The port of the node it replicated from when it went down, or 0. */
    private int masterPortAtCrash;

    LabNode(String name, int port, NodeConfig config) {
        this.name = name;
        this.port = port;
        this.config = config;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public boolean isUp() {
        return up;
    }

    /** The running node; callers on the lab thread only. */
    public RedisNode redis() {
        return redis;
    }

    NodeConfig config() {
        return config;
    }

    void boot(Lab lab, NodeEnvironment env, NodeScheduler nodeScheduler) {
        scheduler = nodeScheduler;
        config.clearListeners();
        redis = new RedisNode(env, config);
        redis.setListeningPort(port);
        redis.start();
        console = null;
        up = true;
    }

    void crash() {
        masterPortAtCrash = redis.isReplica() ? redis.replicaSide().masterPort() : 0;
        scheduler.shut();
        up = false;
    }

    int masterPortAtCrash() {
        return masterPortAtCrash;
    }

    ConsoleClient console(Lab lab) {
        if (console == null || !console.isOpen()) {
            console = new ConsoleClient(lab, this);
        }
        return console;
    }
}
