package com.replicationlab.net;

import com.replicationlab.time.Clock;

/** Wall-clock time, for nodes that serve real TCP clients. */
public final class SystemClock implements Clock {
    @Override
    public long nowMs() {
        return System.currentTimeMillis();
    }
}
