package com.replicationlab.ui;

import com.replicationlab.lab.Wording;
import com.replicationlab.ui.i18n.I18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A packet's label in the window's language. Most labels are commands, replies and offsets, the
 * same in every language; the lab gives those that have words in them ("re-send 1..33 · 33 B",
 * "FIN (connection closed)", "SET key:1 v … +15 more · 530 B", a copy's " (copy)") a wording
 * beside the English, which the window words from its bundles ("packet.*").
 */
public final class PacketLabels {

    private PacketLabels() {
    }

    /** The label in the window's language: from its wording if it has one, else as it is. */
    public static String localized(String label, Wording wording, I18n i18n) {
        return wording == null ? label : worded(wording, i18n);
    }

    private static String worded(Wording wording, I18n i18n) {
        return i18n.get("packet." + wording.key(), arguments(wording, i18n));
    }

    /**
     * A wording's arguments, with those that are a packet's label in words: an event's wording
     * holds its packet's label, a copy's label holds the original's.
     */
    static Object[] arguments(Wording wording, I18n i18n) {
        Object[] args = wording.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Wording label) {
                args[i] = worded(label, i18n);
            }
        }
        return args;
    }

    /** {@code commands} one a line, at most {@code max} of them and then how many more there are. */
    public static List<String> listed(List<String> commands, int max, I18n i18n) {
        List<String> lines = new ArrayList<>(commands.subList(0, Math.min(max, commands.size())));
        if (commands.size() > max) {
            lines.add(i18n.get("packet.moreCommands", Integer.toString(commands.size() - max)));
        }
        return lines;
    }
}
