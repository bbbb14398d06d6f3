package com.replicationlab.ui.session;

/**
 * An action as it was applied: after how many events and at what virtual time. That is all a
 * rebuild needs to apply it again at exactly the same point.
 *
 * @param settled whether every event due by {@code timeMs} had run (the clock was moved on by
 *                time passing, not left at an event by stepping)
 */
public record JournalEntry(LabAction action, long eventsRun, long timeMs, boolean settled) {
}
