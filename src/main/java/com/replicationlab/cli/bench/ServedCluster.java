package com.replicationlab.cli.bench;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.live.LabRunner;
import com.replicationlab.live.LabTcpGateway;

import java.io.IOException;

/** A lab served in real time on TCP ports, as {@code serve --port P --replicas N} runs it. */
final class ServedCluster implements AutoCloseable {
    /** What serve gives a lab by default (repl-backlog-size 1mb). */
    private static final long BACKLOG_BYTES = 1024 * 1024;

    private final LabRunner runner;
    private final LabTcpGateway gateway;

    ServedCluster(int port, int replicas) throws IOException, InterruptedException {
        Lab lab = Lab.create(new ClusterSpec(replicas, 1, 42, BACKLOG_BYTES, "resend", port));
        runner = new LabRunner(lab);
        gateway = new LabTcpGateway(runner);
        for (String node : lab.nodeNames()) {
            gateway.listen(node, "127.0.0.1", lab.node(node).port());
        }
        runner.play();
        RespLink.awaitReplicas(port, replicas);
    }

    @Override
    public void close() {
        gateway.close();
        runner.close();
    }
}
