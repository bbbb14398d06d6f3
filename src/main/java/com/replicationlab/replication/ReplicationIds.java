package com.replicationlab.replication;

import java.util.random.RandomGenerator;

/**
 * The names of replication histories (PSYNC2): the current ID, and the previous one with the
 * offset up to which it is still valid, so replicas of a failed master can continue partially.
 */
public final class ReplicationIds {
    public static final String NO_ID = "0000000000000000000000000000000000000000";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final RandomGenerator random;
    private String replid;
    private String replid2 = NO_ID;
    private long secondReplOffset = -1;

    public ReplicationIds(RandomGenerator random) {
        this.random = random;
        this.replid = newId();
    }

    public String replid() {
        return replid;
    }

    public String replid2() {
        return replid2;
    }

    public long secondReplOffset() {
        return secondReplOffset;
    }

    /** A fresh history (a master creating its first backlog, or freeing an idle one). */
    public void changeAndClearSecond() {
        replid = newId();
        clearSecond();
    }

    public void clearSecond() {
        replid2 = NO_ID;
        secondReplOffset = -1;
    }

    /**
     * Promotion: remember the old history as valid up to {@code masterOffset + 1} and start a new
     * one (shiftReplicationId).
     */
    public void shift(long masterOffset) {
        replid2 = replid;
        secondReplOffset = masterOffset + 1;
        replid = newId();
    }

    /** Adopt a master's history after a full sync. */
    public void adopt(String masterReplid) {
        replid = masterReplid;
        clearSecond();
    }

    /** A +CONTINUE with a new ID: keep the old one as the second history (as a replica does). */
    public void continueAs(String newReplid, long masterOffset) {
        if (!newReplid.equalsIgnoreCase(replid)) {
            replid2 = replid;
            secondReplOffset = masterOffset + 1;
            replid = newReplid;
        }
    }

    /** PSYNC's ID test: our current history, or the previous one up to its valid offset. */
    public boolean accepts(String requestedId, long requestedOffset) {
        return requestedId.equalsIgnoreCase(replid)
                || (requestedId.equalsIgnoreCase(replid2) && requestedOffset <= secondReplOffset);
    }

    /** 40 random hex characters, from the node's seeded random source. */
    public String newId() {
        char[] id = new char[40];
        for (int i = 0; i < id.length; i++) {
            id[i] = HEX[random.nextInt(16)];
        }
        return new String(id);
    }
}
