package com.replicationlab.server;

import com.replicationlab.replication.ReplicaHandle;
import com.replicationlab.resp.RespValue;
import io.netty.channel.Channel;
import io.netty.util.ReferenceCountUtil;

/**
 * One connection to a node and what the node remembers about it: selected database, name,
 * transaction, authentication, and — once it has asked to sync — its replica record.
 */
public final class ClientSession {
    private final long id;
    private final Channel channel;
    private final String address;
    private final String localAddress;
    private final long createdMs;
    private ClientKind kind = ClientKind.NORMAL;
    private ReplicaHandle replica;
    private long lastInteractionMs;
    private String name = "";
    private int dbIndex;
    private boolean authenticated;
    private Transaction transaction;
    private long writeOffset;
    private String lastCommand = "NULL";
    private boolean blocked;
    private boolean closeAfterReply;

    public ClientSession(long id, Channel channel, String address, String localAddress, long createdMs,
                         boolean authenticated) {
        this.id = id;
        this.channel = channel;
        this.address = address;
        this.localAddress = localAddress;
        this.createdMs = createdMs;
        this.lastInteractionMs = createdMs;
        this.authenticated = authenticated;
    }

    public long id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    /** "ip:port" of the peer. */
    public String address() {
        return address;
    }

    public String localAddress() {
        return localAddress;
    }

    public String ip() {
        int colon = address.lastIndexOf(':');
        return colon < 0 ? address : address.substring(0, colon);
    }

    public long createdMs() {
        return createdMs;
    }

    public ClientKind kind() {
        return kind;
    }

    public boolean isMaster() {
        return kind == ClientKind.MASTER;
    }

    public boolean isReplica() {
        return kind == ClientKind.REPLICA;
    }

    public void markMaster() {
        kind = ClientKind.MASTER;
    }

    /** The connection has asked to sync: from now on it is a replica of this node. */
    public void becomeReplica() {
        kind = ClientKind.REPLICA;
    }

    /** Keeps what a would-be replica announces in its handshake (REPLCONF) before it syncs. */
    public void attachReplicaHandle(ReplicaHandle handle) {
        replica = handle;
    }

    /** The replica record, once the connection sent REPLCONF or a sync request; else null. */
    public ReplicaHandle replica() {
        return replica;
    }

    public long lastInteractionMs() {
        return lastInteractionMs;
    }

    public void touch(long nowMs) {
        lastInteractionMs = nowMs;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int dbIndex() {
        return dbIndex;
    }

    public void selectDb(int index) {
        dbIndex = index;
    }

    public boolean authenticated() {
        return authenticated;
    }

    public void setAuthenticated(boolean authenticated) {
        this.authenticated = authenticated;
    }

    public Transaction transaction() {
        return transaction;
    }

    public boolean inMulti() {
        return transaction != null;
    }

    public void beginTransaction() {
        transaction = new Transaction();
    }

    public void endTransaction() {
        transaction = null;
    }

    /** The replication offset after this client's last command: what WAIT waits for. */
    public long writeOffset() {
        return writeOffset;
    }

    public void setWriteOffset(long offset) {
        writeOffset = offset;
    }

    public String lastCommand() {
        return lastCommand;
    }

    public void setLastCommand(String name) {
        lastCommand = name;
    }

    public boolean blocked() {
        return blocked;
    }

    public void setBlocked(boolean blocked) {
        this.blocked = blocked;
    }

    /** Sends a reply now (for replies that come later than the command, e.g. WAIT). */
    public void reply(RespValue value) {
        if (channel.isActive()) {
            channel.writeAndFlush(value, channel.voidPromise());
        }
    }

    /** Writes raw bytes, or any message the pipeline knows (a stream chunk), and flushes. */
    public void send(Object message) {
        if (channel.isActive()) {
            channel.writeAndFlush(message, channel.voidPromise());
        } else {
            ReferenceCountUtil.release(message);
        }
    }

    /** Writes a message without flushing: it leaves with the next {@link #flush()}. */
    public void write(Object message) {
        if (channel.isActive()) {
            channel.write(message, channel.voidPromise());
        } else {
            ReferenceCountUtil.release(message);
        }
    }

    public void flush() {
        channel.flush();
    }

    /** QUIT: the connection closes once this reply is written. */
    public void closeAfterReply() {
        closeAfterReply = true;
    }

    public boolean shouldCloseAfterReply() {
        return closeAfterReply;
    }

    public void close() {
        channel.close();
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    /** This client as a line of CLIENT LIST (and of Redis's log lines about a client). */
    public String infoLine(long nowMs) {
        String flags = inMulti() ? "x" : kind.flag();
        return "id=" + id + " addr=" + address + " laddr=" + localAddress + " fd=-1 name=" + name
                + " age=" + (nowMs - createdMs) / 1000 + " idle=" + (nowMs - lastInteractionMs) / 1000
                + " flags=" + flags + " db=" + dbIndex + " sub=0 psub=0 ssub=0 multi="
                + (inMulti() ? transaction().size() : -1) + " cmd=" + lastCommand
                + " user=default redir=-1 resp=2";
    }
}
