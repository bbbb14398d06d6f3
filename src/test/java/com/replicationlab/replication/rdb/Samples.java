package com.replicationlab.replication.rdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** RDB files kept under src/test/resources/rdb/. */
final class Samples {
    private Samples() {
    }

    /** Payloads captured from a real 7.0.15 during the reference research (resources rdb/observed/). */
    static byte[] observed(String name) {
        return resource("/rdb/observed/" + name);
    }

    /** Files saved by a real redis-server 7.0.15 with {@link RealRedisFixtures} (resources rdb/). */
    static byte[] fixture(String name) {
        return resource("/rdb/" + name);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Samples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
