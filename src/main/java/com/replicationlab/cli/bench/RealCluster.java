package com.replicationlab.cli.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A real redis-server master on {@code port} and real replicas on the following ports, in sync. */
final class RealCluster implements AutoCloseable {
    private final List<RedisServerProcess> servers = new ArrayList<>();

    RealCluster(int port, int replicas) throws IOException, InterruptedException {
        servers.add(RedisServerProcess.start(port, 0));
        for (int i = 1; i <= replicas; i++) {
            servers.add(RedisServerProcess.start(port + i, port));
        }
        try {
            RespLink.awaitReplicas(port, replicas);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        for (RedisServerProcess server : servers) {
            server.close();
        }
    }
}
