package com.replicationlab.ui.session;

/**
 * An action as it was applied: after how many events and at what virtual time. That is all a
 * rebuild needs to apply it again at exactly the same point. Where the lab was once it was done
 * ({@code advance} and {@code step} move it on) is where the time to the next action starts.
 *
 * @param settled whether every event due by {@code timeMs} had run (the clock was moved on by
 *                time passing, not left at an event by stepping)
 */
public record JournalEntry(LabAction action, long eventsRun, long timeMs, boolean settled, long eventsAfter,
                           long timeAfterMs) {

    /** A point of the lab with no action: where it is now. */
    static JournalEntry point(long eventsRun, long timeMs, boolean settled) {
        return new JournalEntry(null, eventsRun, timeMs, settled, eventsRun, timeMs);
    }
}
