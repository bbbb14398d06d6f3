package com.replicationlab.replication;

import java.util.List;

/**
 * One master's replicas share the bytes of a turn's stream: the commands of one batch of input
 * leave to each replica in one write, and every replica gathers the very same commands (the
 * arrays the master encoded), so they are joined into one array once, not once per replica. Redis 7
 * shares its replicas' output the same way (one replication buffer). In the lab this also makes
 * the replicas' packets carry the same array, which they then describe once.
 */
final class SharedTurnBytes {
    /** The parts last joined (by identity) and what they made. */
    private byte[][] lastParts = new byte[0][];
    private byte[] lastJoined;

    /** {@code parts} end to end: the array joined last if the parts are the very same arrays, else a new one. */
    byte[] join(List<byte[]> parts) {
        if (!sameAsLast(parts)) {
            lastParts = parts.toArray(new byte[0][]);
            lastJoined = concatenate(lastParts);
        }
        return lastJoined;
    }

    private boolean sameAsLast(List<byte[]> parts) {
        if (parts.size() != lastParts.length) {
            return false;
        }
        for (int i = 0; i < lastParts.length; i++) {
            if (parts.get(i) != lastParts[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concatenate(byte[][] parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }
}
