package com.replicationlab.server;

import com.replicationlab.command.CommandContext;
import com.replicationlab.store.Database;
import com.replicationlab.store.Keyspace;

import java.util.List;

/** The context one command runs in: the client's session, its arguments and the node. */
public final class Execution implements CommandContext {
    private final RedisNode node;
    private final ClientSession session;
    private final List<byte[]> args;
    private final Propagation propagation;

    Execution(RedisNode node, ClientSession session, List<byte[]> args, Propagation propagation) {
        this.node = node;
        this.session = session;
        this.args = args;
        this.propagation = propagation;
    }

    public RedisNode node() {
        return node;
    }

    public ClientSession session() {
        return session;
    }

    @Override
    public List<byte[]> args() {
        return args;
    }

    @Override
    public Database db() {
        return node.keyspace().db(session.dbIndex());
    }

    @Override
    public Keyspace keyspace() {
        return node.keyspace();
    }

    @Override
    public void selectDb(int index) {
        session.selectDb(index);
    }

    @Override
    public void propagate(List<byte[]> command) {
        propagation.add(session.dbIndex(), command);
    }
}
