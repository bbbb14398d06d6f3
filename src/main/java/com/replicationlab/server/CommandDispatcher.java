package com.replicationlab.server;

import com.replicationlab.command.Command;
import com.replicationlab.command.CommandException;
import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.resp.RespValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Runs a client's command the way Redis's processCommand does, checks first and in Redis's order:
 * unknown command, arity, authentication, min-replicas (NOREPLICAS), read-only replica (READONLY),
 * then MULTI queuing, then the command itself and propagation of what it changed.
 */
public final class CommandDispatcher {
    private static final Set<String> RUN_INSIDE_MULTI = Set.of("exec", "discard", "multi", "watch", "quit", "reset");
    private static final int MAX_QUOTED_ARG = 128;

    private final RedisNode node;
    private final CommandTable table;
    private final Propagation propagation = new Propagation();
    /** Made once: a method reference made for every command was garbage on the busiest path. */
    private final Propagation.Sink toReplicas;

    CommandDispatcher(RedisNode node, CommandTable table) {
        this.node = node;
        this.table = table;
        this.toReplicas = (dbIndex, command) -> node.masterSide().feed(dbIndex, command);
    }

    public CommandTable table() {
        return table;
    }

    /**
     * Runs {@code args} for {@code session}. Returns the reply to send, or null when there is none
     * (the master link gets no replies; a blocked client is answered later).
     */
    public RespValue dispatch(ClientSession session, List<byte[]> args) {
        RespValue reply = check(session, args);
        if (session.isMaster()) {
            return null;
        }
        return reply;
    }

    private RespValue check(ClientSession session, List<byte[]> args) {
        Command command = table.lookup(args.get(0));
        if (command == null) {
            return refuse(session, unknownCommand(args));
        }
        if (!command.arityAccepts(args.size())) {
            return refuse(session, Errors.wrongArity(command.name()));
        }
        if (!session.authenticated() && !command.is(CommandFlag.NO_AUTH)) {
            return refuse(session, RespValue.error("NOAUTH Authentication required."));
        }
        boolean writes = command.is(CommandFlag.WRITE)
                || (command.name().equals("exec") && session.inMulti() && session.transaction().hasWrites());
        if (writes && !session.isMaster()) {
            if (!node.isReplica() && !node.masterSide().writesAllowed()) {
                return refuse(session, Errors.NOREPLICAS);
            }
            if (node.isReplica() && node.config().getBool("replica-read-only")) {
                return refuse(session, Errors.READONLY);
            }
        }
        if (session.inMulti() && !RUN_INSIDE_MULTI.contains(command.name())) {
            if (command.is(CommandFlag.NO_MULTI)) {
                return refuse(session, RespValue.error("ERR Command not allowed inside a transaction"));
            }
            if (session.transaction().size() >= Transaction.MAX_QUEUED) {
                return refuse(session, RespValue.error("ERR Transaction too long"));
            }
            session.transaction().queue(command, args);
            return RespValue.QUEUED;
        }
        return run(session, command, args);
    }

    /** Inside MULTI a refused command also dooms the transaction (EXEC then answers EXECABORT). */
    private RespValue refuse(ClientSession session, RespValue.ErrorReply error) {
        if (session.inMulti()) {
            session.transaction().abort();
        }
        node.stats().rejectedCall();
        return error;
    }

    /** Runs one command as its own propagation unit. */
    private RespValue run(ClientSession session, Command command, List<byte[]> args) {
        propagation.begin(session.isMaster() ? null : toReplicas);
        RespValue reply;
        try {
            reply = runInUnit(session, command, args);
        } finally {
            propagation.end();
        }
        session.setWriteOffset(node.masterSide().masterReplOffset());
        return reply;
    }

    /**
     * Runs a command inside the current propagation unit (EXEC calls this for each queued
     * command, so the whole transaction propagates as one unit).
     */
    public RespValue runInUnit(ClientSession session, Command command, List<byte[]> args) {
        node.stats().commandProcessed();
        session.setLastCommand(command.name());
        try {
            return command.execute(new Execution(node, session, args, propagation));
        } catch (CommandException e) {
            return e.reply();
        }
    }

    /** Records a deletion the keyspace made on its own (an expired key) for propagation as DEL. */
    void propagateExpiry(int dbIndex, byte[] key) {
        List<byte[]> del = List.of("DEL".getBytes(StandardCharsets.US_ASCII), key);
        if (propagation.inUnit()) {
            propagation.add(dbIndex, del);
        } else {
            node.masterSide().feed(dbIndex, del);
        }
    }

    /**
     * Redis's message: the name cut at 128 characters, then quoted arguments while the list is
     * shorter than 128 characters, each cut to what is left; CR and LF become spaces.
     */
    static RespValue.ErrorReply unknownCommand(List<byte[]> args) {
        StringBuilder quoted = new StringBuilder();
        for (int i = 1; i < args.size() && quoted.length() < MAX_QUOTED_ARG; i++) {
            String arg = new String(args.get(i), StandardCharsets.UTF_8);
            quoted.append('\'').append(cut(arg, MAX_QUOTED_ARG - quoted.length())).append("' ");
        }
        String name = cut(new String(args.get(0), StandardCharsets.UTF_8), MAX_QUOTED_ARG);
        String message = "ERR unknown command '" + name + "', with args beginning with: " + quoted;
        return RespValue.error(message.replace('\r', ' ').replace('\n', ' '));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
