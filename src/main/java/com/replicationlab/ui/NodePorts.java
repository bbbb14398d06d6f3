package com.replicationlab.ui;

import com.replicationlab.live.LabRunner;
import com.replicationlab.live.LabTcpGateway;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Real TCP ports for the window's nodes, opened on request, so redis-cli or a real Redis can join
 * in. The lab thread serves them; binding happens off the UI thread.
 */
final class NodePorts implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";

    private final LabRunner runner;
    private final UiExecutor ui;
    private final ObservableMap<String, Integer> open = FXCollections.observableMap(new TreeMap<>());
    private final ObservableMap<String, Integer> openView = FXCollections.unmodifiableObservableMap(open);
    private LabTcpGateway gateway;

    NodePorts(LabRunner runner, UiExecutor ui) {
        this.runner = runner;
        this.ui = ui;
    }

    /** Node name → port, for the nodes opened so far. Read-only; changes on the UI thread. */
    ObservableMap<String, Integer> ports() {
        return openView;
    }

    /** The preferred port if it is free, else any free one; completes on the UI thread. */
    CompletionStage<Integer> open(String node, int preferredPort) {
        if (open.containsKey(node)) {
            return CompletableFuture.completedFuture(open.get(node));
        }
        if (gateway == null) {
            gateway = new LabTcpGateway(runner);
        }
        LabTcpGateway ports = gateway;
        // Binding waits on the network: never on the UI thread.
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ports.listen(node, LOOPBACK, preferredPort);
            } catch (Exception busy) {
                try {
                    return ports.listen(node, LOOPBACK, 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while opening a port", e);
                }
            }
        }).thenApplyAsync(port -> {
            open.put(node, port);
            return port;
        }, ui);
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
    }
}
