package com.replicationlab.server;

import com.replicationlab.resp.ProtocolLimits;
import com.replicationlab.server.config.ConfigNames;
import com.replicationlab.server.config.NodeConfig;

/** The protocol limits a node's clients get, following CONFIG SET proto-max-bulk-len at once. */
final class NodeProtocolLimits implements ProtocolLimits {
    private volatile long maxBulkLength;

    NodeProtocolLimits(NodeConfig config) {
        maxBulkLength = config.getLong(ConfigNames.PROTO_MAX_BULK_LEN);
        config.onChange(ConfigNames.PROTO_MAX_BULK_LEN, v -> maxBulkLength = Long.parseLong(v));
    }

    @Override
    public long maxBulkLength() {
        return maxBulkLength;
    }

    @Override
    public int maxMultibulkLength() {
        return DEFAULTS.maxMultibulkLength();
    }

    @Override
    public int maxInlineLength() {
        return DEFAULTS.maxInlineLength();
    }
}
