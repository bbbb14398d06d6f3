package com.replicationlab.ui.topology;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cards glide to new places (after a failover, when the window is resized) instead of jumping,
 * unless motion is reduced.
 */
final class CardMotion {
    /** Fraction of the remaining way covered per second, as an exponential approach. */
    private static final double RATE = 9;

    private final Map<String, Box> shown = new LinkedHashMap<>();
    private long lastNanos;

    Map<String, Box> follow(Map<String, Box> targets, long nowNanos, boolean reducedMotion) {
        double seconds = lastNanos == 0 ? 0 : Math.min(0.1, (nowNanos - lastNanos) / 1e9);
        lastNanos = nowNanos;
        double f = reducedMotion ? 1 : 1 - Math.exp(-RATE * seconds);
        shown.keySet().retainAll(targets.keySet());
        Map<String, Box> result = new LinkedHashMap<>();
        targets.forEach((name, target) -> {
            Box now = shown.get(name);
            Box next = now == null ? target : now.toward(target, f);
            shown.put(name, next);
            result.put(name, next);
        });
        return result;
    }
}
