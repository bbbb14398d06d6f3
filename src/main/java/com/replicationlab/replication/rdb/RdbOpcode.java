package com.replicationlab.replication.rdb;

/** The bytes that stand where an object type would, and mean something else (rdb.h, 7.0). */
final class RdbOpcode {
    static final int FUNCTION2 = 0xF5;
    static final int FUNCTION_PRE_GA = 0xF6;
    static final int MODULE_AUX = 0xF7;
    static final int IDLE = 0xF8;
    static final int FREQ = 0xF9;
    static final int AUX = 0xFA;
    static final int RESIZEDB = 0xFB;
    static final int EXPIRETIME_MS = 0xFC;
    static final int EXPIRETIME = 0xFD;
    static final int SELECTDB = 0xFE;
    static final int EOF = 0xFF;

    private RdbOpcode() {
    }
}
