package com.replicationlab.script;

import com.replicationlab.lab.Lab;

import java.util.Locale;
import java.util.List;

/**
 * {@code run until replica-1.offset == master.offset within 10s}: run events until the comparison
 * holds; if it does not within the limit (60 s unless given), it fails like an expect.
 *
 * @param within the limit as written, or null for the default
 */
public record RunUntil(Comparison comparison, TimeSpan within) implements Action {
    public static final TimeSpan DEFAULT_LIMIT = new TimeSpan(60_000, "60s");

    @Override
    public String text() {
        return "run until " + comparison.text() + (within == null ? "" : " within " + within);
    }

    public TimeSpan limit() {
        return within == null ? DEFAULT_LIMIT : within;
    }

    @Override
    public List<String> nodes() {
        return comparison.nodes();
    }

    @Override
    public Outcome perform(Session session) {
        Lab lab = session.lab();
        long startMs = lab.elapsedMs();
        boolean held = lab.runUntil(() -> comparison.check(lab).holds(), limit().ms());
        Check check = comparison.check(lab);
        Phrase values = check.explanation();
        if (held) {
            String seconds = String.format(Locale.ROOT, "%.3f", (lab.elapsedMs() - startMs) / 1000.0);
            return Outcome.passed(Phrase.of("held after " + seconds + " s: " + values.text(), "heldAfter", seconds,
                    values.wording()));
        }
        return Outcome.failed(Phrase.of("still false after " + limit() + ": " + values.text(), "stillFalse",
                limit().toString(), values.wording()));
    }

    @Override
    public boolean isCheck() {
        return true;
    }
}
