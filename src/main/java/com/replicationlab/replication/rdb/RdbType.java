package com.replicationlab.replication.rdb;

/** The object type bytes of the RDB format (rdb.h), and which of them the lab keeps. */
final class RdbType {
    static final int STRING = 0;
    static final int LIST = 1;
    static final int SET = 2;
    static final int ZSET = 3;
    static final int HASH = 4;
    static final int ZSET_2 = 5;
    static final int MODULE_PRE_GA = 6;
    static final int MODULE_2 = 7;
    static final int HASH_ZIPMAP = 9;
    static final int LIST_ZIPLIST = 10;
    static final int SET_INTSET = 11;
    static final int ZSET_ZIPLIST = 12;
    static final int HASH_ZIPLIST = 13;
    static final int LIST_QUICKLIST = 14;
    static final int STREAM_LISTPACKS = 15;
    static final int HASH_LISTPACK = 16;
    static final int ZSET_LISTPACK = 17;
    static final int LIST_QUICKLIST_2 = 18;
    static final int STREAM_LISTPACKS_2 = 19;
    static final int SET_LISTPACK = 20;
    static final int STREAM_LISTPACKS_3 = 21;

    private static final String[] NAMES = {
        "string", "list", "set", "zset", "hash", "zset-2", "module-pre-ga", "module-2", null,
        "hash-zipmap", "list-ziplist", "set-intset", "zset-ziplist", "hash-ziplist", "list-quicklist",
        "stream-listpacks", "hash-listpack", "zset-listpack", "list-quicklist-2", "stream-listpacks-2",
        "set-listpack", "stream-listpacks-3",
    };

    private RdbType() {
    }

    static boolean isKnown(int type) {
        return type >= 0 && type < NAMES.length && NAMES[type] != null;
    }

    /** A short name for messages, e.g. "zset-listpack". */
    static String name(int type) {
        return isKnown(type) ? NAMES[type] : "unknown";
    }

    static boolean isSortedSet(int type) {
        return type == ZSET || type == ZSET_2 || type == ZSET_ZIPLIST || type == ZSET_LISTPACK;
    }

    /** Streams and module values: the lab can neither keep nor skip them. */
    static boolean isUnsupported(int type) {
        return type == MODULE_PRE_GA || type == MODULE_2 || type == STREAM_LISTPACKS
                || type == STREAM_LISTPACKS_2 || type == STREAM_LISTPACKS_3;
    }
}
