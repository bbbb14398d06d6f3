package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("LabFeed: what the lab thread hands the window")
class LabFeedTest {

    @Test
    @DisplayName("the journal goes with the next snapshot as it is then, however many actions came before it; unchanged, it does not go")
    void journalWithTheNextSnapshot() {
        List<LabUpdate> updates = new ArrayList<>();
        LabFeed feed = new LabFeed(Runnable::run, updates::add, 100);
        Lab lab = Lab.create(ClusterSpec.defaults());
        List<JournalEntry> journal = new ArrayList<>();
        feed.follow(lab, journal);

        for (int i = 0; i < 3; i++) {
            journal.add(entry(i));
            feed.journalChanged(journal);
        }
        feed.publish(lab.snapshot());
        journal.add(entry(3));
        feed.journalChanged(journal);
        feed.publish(lab.snapshot());
        feed.publish(lab.snapshot());

        assertEquals(List.of(entry(0), entry(1), entry(2)), updates.get(0).journal());
        assertEquals(List.of(entry(0), entry(1), entry(2), entry(3)), updates.get(1).journal());
        assertNull(updates.get(2).journal());
    }

    private static JournalEntry entry(int i) {
        return new JournalEntry(new LabAction("master> SET key " + i), i, i, true, i, i);
    }
}
