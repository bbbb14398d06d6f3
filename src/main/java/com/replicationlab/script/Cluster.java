package com.replicationlab.script;

import com.replicationlab.lab.ClusterSpec;

import java.util.List;

/**
 * {@code cluster replicas=2 latency=50ms seed=42 backlog=1mb recovery=resend}: a fresh lab.
 * Options left out keep {@link ClusterSpec#defaults()}; {@code options} keeps them as written.
 */
public record Cluster(ClusterSpec spec, List<String> options) implements Action {

    public Cluster {
        options = List.copyOf(options);
    }

    /** Every option spelled out, for a cluster made by a button rather than typed. */
    public static Cluster of(ClusterSpec spec) {
        return new Cluster(spec, List.of("replicas=" + spec.replicas(), "latency=" + spec.latencyMs() + "ms",
                "seed=" + spec.seed(), "backlog=" + spec.backlogBytes(), "recovery=" + spec.lossRecovery()));
    }

    @Override
    public String text() {
        return options.isEmpty() ? "cluster" : "cluster " + String.join(" ", options);
    }

    @Override
    public Outcome perform(Session session) {
        session.startLab(spec, this);
        return Outcome.done("master and " + spec.replicas() + " replicas, " + spec.latencyMs() + " ms links, seed "
                + spec.seed() + ", " + spec.backlogBytes() + "-byte backlog, lost bytes recovered by "
                + spec.lossRecovery());
    }
}
