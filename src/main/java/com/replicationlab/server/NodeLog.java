package com.replicationlab.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** A node's log: Redis-style messages, to SLF4J and to whoever listens (the lab's trace). */
public final class NodeLog {
    private final String nodeName;
    private final Logger logger;
    private final List<BiConsumer<String, String>> listeners = new CopyOnWriteArrayList<>();

    NodeLog(String nodeName) {
        this.nodeName = nodeName;
        this.logger = LoggerFactory.getLogger("node." + nodeName);
    }

    public void info(String message) {
        logger.info("[{}] {}", nodeName, message);
        listeners.forEach(l -> l.accept("info", message));
    }

    public void warn(String message) {
        logger.warn("[{}] {}", nodeName, message);
        listeners.forEach(l -> l.accept("warn", message));
    }

    /** Receives (level, message) for every line logged. */
    public void addListener(BiConsumer<String, String> listener) {
        listeners.add(listener);
    }
}
