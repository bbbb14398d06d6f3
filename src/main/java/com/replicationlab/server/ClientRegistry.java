package com.replicationlab.server;

import io.netty.channel.Channel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The node's open connections, in the order they arrived (CLIENT LIST, INFO clients, maxclients). */
public final class ClientRegistry {
    private final Map<Long, ClientSession> sessions = new LinkedHashMap<>();
    private long nextId = 1;

    public ClientSession open(Channel channel, String address, String localAddress, long nowMs, boolean authenticated) {
        ClientSession session = new ClientSession(nextId++, channel, address, localAddress, nowMs, authenticated);
        sessions.put(session.id(), session);
        return session;
    }

    public void closed(ClientSession session) {
        sessions.remove(session.id());
    }

    public List<ClientSession> all() {
        return new ArrayList<>(sessions.values());
    }

    public ClientSession byId(long id) {
        return sessions.get(id);
    }

    /** Connected clients as Redis counts them: every connection except replicas. */
    public int connectedClients() {
        return (int) sessions.values().stream().filter(s -> s.kind() != ClientKind.REPLICA).count();
    }

    public int blockedClients() {
        return (int) sessions.values().stream().filter(ClientSession::blocked).count();
    }
}
