package com.replicationlab.resp;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A request's arguments as the parser read them, in an array of their own that nothing else can
 * reach: a list that cannot change, so a {@link Request} keeps it as it is. An ArrayList and the
 * unmodifiable view a request put around it were two more objects for every command read.
 */
final class ArgumentList extends AbstractList<byte[]> implements RandomAccess {
    private final byte[][] args;

    /** @param args the arguments, handed over: the caller keeps no reference to the array */
    ArgumentList(byte[][] args) {
        this.args = args;
    }

    @Override
    public byte[] get(int index) {
        return args[index];
    }

    @Override
    public int size() {
        return args.length;
    }
}
