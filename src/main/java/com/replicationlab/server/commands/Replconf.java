package com.replicationlab.server.commands;

import com.replicationlab.command.Args;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.replication.ReplicaHandle;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.ClientSession;
import com.replicationlab.server.Execution;

/**
 * REPLCONF option value [option value ...]: a replica's handshake (listening-port, ip-address,
 * capa), its heartbeat (ACK offset — no reply), and the master's GETACK (answered with an ACK).
 */
final class Replconf extends ServerCommand {
    Replconf() {
        super("replconf", -1, KeySpec.NONE, CommandFlag.ADMIN, CommandFlag.STALE, CommandFlag.NO_MULTI);
    }

    @Override
    protected RespValue execute(Execution ex) {
        if (ex.argCount() % 2 == 0) {
            return Errors.SYNTAX;
        }
        ClientSession session = ex.session();
        for (int i = 1; i < ex.argCount(); i += 2) {
            byte[] option = ex.arg(i);
            byte[] value = ex.arg(i + 1);
            if (Args.is(option, "ack")) {
                Long offset = Args.tryParseLong(value);
                if (offset != null) {
                    ex.node().masterSide().ack(session, offset);
                }
                return null; // never a reply to an ACK
            }
            if (Args.is(option, "getack")) {
                if (session.isMaster()) {
                    ex.node().replicaSide().sendAck();
                }
                return null;
            }
            RespValue error = handshakeOption(ex, option, value);
            if (error != null) {
                return error;
            }
        }
        return RespValue.OK;
    }

    private RespValue handshakeOption(Execution ex, byte[] option, byte[] value) {
        ReplicaHandle handle = ex.node().masterSide().handleFor(ex.session());
        if (Args.is(option, "listening-port")) {
            Long port = Args.tryParseLong(value);
            if (port == null || port < 0 || port > 65535) {
                return Errors.NOT_INTEGER;
            }
            handle.setListeningPort(port.intValue());
        } else if (Args.is(option, "ip-address")) {
            handle.setAnnouncedIp(Args.text(value));
        } else if (Args.is(option, "capa")) {
            handle.addCapability(Args.text(value));
        } else if (Args.is(option, "rdb-only")) {
            handle.setRdbOnly(Args.is(value, "1"));
        } else if (!Args.is(option, "rdb-filter-only")) {
            return RespValue.error("ERR Unrecognized REPLCONF option: " + Args.text(option));
        }
        return null;
    }
}
