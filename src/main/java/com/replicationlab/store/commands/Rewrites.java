package com.replicationlab.store.commands;

import com.replicationlab.command.Args;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the commands Redis propagates in place of the client's one. Redis writes the names of its
 * rewrites in upper case (its shared objects: "SET", "DEL", "PEXPIREAT", "PXAT", "KEEPTTL"), while
 * arguments it keeps from the client keep the client's case.
 */
public final class Rewrites {
    private Rewrites() {
    }

    /** A command from its upper-case name and arguments. */
    public static List<byte[]> command(String name, byte[]... args) {
        List<byte[]> command = new ArrayList<>(args.length + 1);
        command.add(Args.bytes(name));
        command.addAll(List.of(args));
        return command;
    }

    /** A copy of {@code args} with the argument at {@code index} replaced. */
    public static List<byte[]> replacing(List<byte[]> args, int index, byte[] replacement) {
        List<byte[]> command = new ArrayList<>(args);
        command.set(index, replacement);
        return command;
    }
}
