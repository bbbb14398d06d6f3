package com.replicationlab.cli;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lab.LabException;
import com.replicationlab.live.LabRunner;
import com.replicationlab.live.LabTcpGateway;
import com.replicationlab.live.ServedLab;
import com.replicationlab.script.Cluster;
import com.replicationlab.script.Script;
import com.replicationlab.script.ScriptException;
import com.replicationlab.script.ScriptParser;
import com.replicationlab.script.ScriptText;
import com.replicationlab.net.TcpHost;
import com.replicationlab.server.RedisNode;
import com.replicationlab.server.config.ConfigException;
import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.server.config.NodeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: a master and N replicas on consecutive ports, or one replica of any Redis master,
 * reachable by redis-cli and real redis-server instances. Runs until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run Redis-compatible nodes on TCP ports until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "Port of the first node (default: ${DEFAULT-VALUE}).", defaultValue = "6379")
    int port;

    @Option(names = "--replicas", description = "Replicas of the master, on the following ports, connected by the "
            + "lab's simulated network (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    int replicas;

    @Option(names = "--replicaof", paramLabel = "HOST:PORT",
            description = "Run one node that replicates from this master (any Redis).")
    String replicaOf;

    @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--latency", description = "Latency of each lab link, in ms (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    long latencyMs;

    @Option(names = "--seed", description = "Seed of the lab's random choices (default: ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(names = "--script", paramLabel = "FILE",
            description = "Lab actions to run once the cluster is up (faults, writes); more can be sent at any "
                    + "time as a command: redis-cli LAB drop next master->replica-1")
    Path script;

    @Option(names = "--config", paramLabel = "NAME=VALUE", description = "Any CONFIG setting, for every node (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        validate();
        CountDownLatch stopped = new CountDownLatch(1);
        if (replicaOf != null) {
            startReplicaOf(HostAndPort.parse(replicaOf, spec), stopped);
        } else {
            startLab(stopped);
        }
        stopped.await();
        return 0;
    }

    /** One node over plain TCP, replicating from any Redis master. */
    private void startReplicaOf(HostAndPort master, CountDownLatch stopped) throws Exception {
        TcpHost host = new TcpHost();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            stopped.countDown();
        }));
        RedisNode node = host.startNode("replica", config(port), bind, port);
        host.call(() -> {
            node.replicaOfAtStartup(master.host(), master.port());
            return null;
        });
        System.out.printf("replica listening on %s:%d, replicating from %s:%d%n", bind, port, master.host(), master.port());
    }

    /**
     * A master and its replicas on the lab network, in real time; each node's lab port is also a
     * real TCP port. The lab's faults apply between the nodes, not to outside clients.
     */
    private void startLab(CountDownLatch stopped) throws Exception {
        Script startup = script == null ? null : readScript(script);
        Lab lab = Lab.create(new ClusterSpec(replicas, latencyMs, seed, backlogBytes(), "resend", port));
        applySettings(lab);
        LabRunner runner = new LabRunner(lab);
        ServedLab served = new ServedLab(runner, lab);
        if (startup != null) {
            served.run(startup);
        }
        LabTcpGateway gateway = new LabTcpGateway(runner);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            runner.close();
            stopped.countDown();
        }));
        for (String node : lab.nodeNames()) {
            int nodePort = lab.node(node).port();
            gateway.listen(node, bind, nodePort);
            System.out.printf("%s listening on %s:%d%n", node, bind, nodePort);
        }
        runner.play();
    }

    private Script readScript(Path file) {
        try {
            Script parsed = ScriptParser.parse(file.toString(), ScriptText.read(file));
            if (parsed.statements().stream().anyMatch(s -> s.action() instanceof Cluster)) {
                throw new ParameterException(spec.commandLine(), file + ": a served lab's cluster comes from serve's "
                        + "options (--replicas, --latency, --seed); remove the cluster line");
            }
            return parsed;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
        } catch (ScriptException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void applySettings(Lab lab) {
        for (String node : lab.nodeNames()) {
            settings.forEach((name, value) -> {
                try {
                    lab.config(node, name, value);
                } catch (LabException e) {
                    throw new ParameterException(spec.commandLine(), "--config " + name + "=" + value + ": " + e.getMessage());
                }
            });
        }
    }

    private long backlogBytes() {
        return config(port).getLong(ConfigNames.REPL_BACKLOG_SIZE);
    }

    private void validate() {
        if (port < 1 || port > 65535 - replicas) {
            throw new ParameterException(spec.commandLine(), "--port must leave room for the replicas' ports: " + port);
        }
        if (replicas < 0 || replicas > ClusterSpec.MAX_REPLICAS) {
            throw new ParameterException(spec.commandLine(), "--replicas must be between 0 and "
                    + ClusterSpec.MAX_REPLICAS + ": " + replicas);
        }
        if (replicaOf != null && replicas > 0) {
            throw new ParameterException(spec.commandLine(), "use either --replicas or --replicaof, not both");
        }
    }

    private NodeConfig config(int nodePort) {
        NodeConfig config = new NodeConfig();
        try {
            config.set(ConfigNames.BIND, bind);
            config.set(ConfigNames.PORT, Integer.toString(nodePort));
            config.setAll(settings);
        } catch (ConfigException e) {
            throw new ParameterException(spec.commandLine(), "--config: " + e.getMessage());
        }
        return config;
    }
}
