package com.replicationlab.cli;

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

    @Option(names = "--replicas", description = "Replicas of the master, on the following ports (default: ${DEFAULT-VALUE}).",
            defaultValue = "0")
    int replicas;

    @Option(names = "--replicaof", paramLabel = "HOST:PORT",
            description = "Run one node that replicates from this master (any Redis).")
    String replicaOf;

    @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--config", paramLabel = "NAME=VALUE", description = "Any CONFIG setting, for every node (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        validate();
        TcpHost host = new TcpHost();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            stopped.countDown();
        }));
        if (replicaOf != null) {
            startReplicaOf(host, HostAndPort.parse(replicaOf, spec));
        } else {
            startCluster(host);
        }
        stopped.await();
        return 0;
    }

    private void startReplicaOf(TcpHost host, HostAndPort master) throws Exception {
        RedisNode node = host.startNode("replica", config(port), bind, port);
        host.call(() -> {
            node.replicaOfAtStartup(master.host(), master.port());
            return null;
        });
        System.out.printf("replica listening on %s:%d, replicating from %s:%d%n", bind, port, master.host(), master.port());
    }

    private void startCluster(TcpHost host) throws Exception {
        host.startNode("master", config(port), bind, port);
        System.out.printf("master listening on %s:%d%n", bind, port);
        for (int i = 1; i <= replicas; i++) {
            RedisNode replica = host.startNode("replica-" + i, config(port + i), bind, port + i);
            host.call(() -> {
                replica.replicaOfAtStartup("127.0.0.1", port);
                return null;
            });
            System.out.printf("replica-%d listening on %s:%d%n", i, bind, port + i);
        }
    }

    private void validate() {
        if (port < 1 || port > 65535 - replicas) {
            throw new ParameterException(spec.commandLine(), "--port must leave room for the replicas' ports: " + port);
        }
        if (replicas < 0 || replicas > 16) {
            throw new ParameterException(spec.commandLine(), "--replicas must be between 0 and 16: " + replicas);
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
