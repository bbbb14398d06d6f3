package com.replicationlab.replication.rdb;

/**
 * How to write an RDB, as Redis's {@code rdbcompression} and {@code rdbchecksum} settings.
 *
 * @param compression LZF-compress strings longer than 20 bytes when that saves at least 4 bytes
 * @param checksum    store the CRC-64; otherwise store 8 zero bytes ("not computed")
 */
public record RdbWriteOptions(boolean compression, boolean checksum) {
    /** Redis's defaults: both on. */
    public static final RdbWriteOptions DEFAULTS = new RdbWriteOptions(true, true);
}
