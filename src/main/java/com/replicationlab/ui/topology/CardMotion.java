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
    private boolean moving;

    Map<String, Box> follow(Map<String, Box> targets, long nowNanos, boolean reducedMotion) {
        double seconds = lastNanos == 0 ? 0 : Math.min(0.1, (nowNanos - lastNanos) / 1e9);
        lastNanos = nowNanos;
        double f = reducedMotion ? 1 : 1 - Math.exp(-RATE * seconds);
        shown.keySet().retainAll(targets.keySet());
        Map<String, Box> result = new LinkedHashMap<>();
        moving = false;
        targets.forEach((name, target) -> {
            Box now = shown.get(name);
            Box next = now == null || f >= 1 || close(now, target) ? target : now.toward(target, f);
            moving |= next != target;
            shown.put(name, next);
            result.put(name, next);
        });
        return result;
    }

    /** Whether a card is still on its way (so the next frame must be drawn). */
    boolean moving() {
        return moving;
    }

    private static boolean close(Box a, Box b) {
        return Math.abs(a.x() - b.x()) < 0.5 && Math.abs(a.y() - b.y()) < 0.5 && Math.abs(a.w() - b.w()) < 0.5
                && Math.abs(a.h() - b.h()) < 0.5;
    }
}
