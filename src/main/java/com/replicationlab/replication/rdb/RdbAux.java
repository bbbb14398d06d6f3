package com.replicationlab.replication.rdb;

/**
 * The AUX fields of a snapshot that vary from one save to the next.
 *
 * @param ctimeSeconds    the save time, Unix seconds ("ctime")
 * @param usedMemoryBytes the writer's memory use ("used-mem")
 * @param replId          the master's replication ID, or null for a snapshot with no replication info
 *                        (then repl-stream-db, repl-id and repl-offset are left out)
 * @param replOffset      the offset the replica starts from: the one sent in +FULLRESYNC
 * @param replStreamDb    the database the replication stream has selected
 */
public record RdbAux(long ctimeSeconds, long usedMemoryBytes, String replId, long replOffset, int replStreamDb) {

    /** Aux fields of a plain save (SAVE / BGSAVE with no replication backlog). */
    public static RdbAux withoutReplication(long ctimeSeconds, long usedMemoryBytes) {
        return new RdbAux(ctimeSeconds, usedMemoryBytes, null, 0, 0);
    }

    public boolean hasReplicationInfo() {
        return replId != null;
    }
}
