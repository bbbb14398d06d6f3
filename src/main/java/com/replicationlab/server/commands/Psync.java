package com.replicationlab.server.commands;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;

/**
 * PSYNC replid offset (and the old SYNC): a replica asks to be synced. The answer is written
 * straight to the connection: +CONTINUE and the missing bytes, or +FULLRESYNC and an RDB.
 */
final class Psync extends ServerCommand {
    private final boolean legacySync;

    private Psync(String name, int arity) {
        super(name, arity, KeySpec.NONE, CommandFlag.ADMIN, CommandFlag.NO_MULTI);
        this.legacySync = name.equals("sync");
    }

    static Psync psync() {
        return new Psync("psync", -3);
    }

    static Psync sync() {
        return new Psync("sync", 1);
    }

    @Override
    protected RespValue execute(Execution ex) {
        if (ex.session().isReplica()) {
            return null; // already syncing: Redis ignores a second request
        }
        if (ex.node().isReplica() && !ex.node().replicaSide().linkUp()) {
            return RespValue.error("NOMASTERLINK Can't SYNC while not connected with my master");
        }
        if (legacySync) {
            ex.node().masterSide().sync(ex.session());
            return null;
        }
        Long offset = Args.tryParseLong(ex.arg(2));
        // An unreadable offset cannot continue anything: Redis answers with a full resync.
        ex.node().masterSide().psync(ex.session(), offset == null ? "?" : ex.argString(1), offset == null ? -1 : offset);
        return null;
    }
}
