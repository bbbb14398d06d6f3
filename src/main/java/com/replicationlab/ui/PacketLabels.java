package com.replicationlab.ui;

import com.replicationlab.ui.i18n.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packet's label in the window's language. The lab names a packet that carries a batch of
 * commands by the first of them and a count of the rest, "SET key:1 v … +15 more · 530 B" (its
 * trace is in English); the window says "+15 more" in its own words. Other labels are commands
 * and protocol words, the same in every language.
 */
public final class PacketLabels {
    /** The form lab.PacketDescriber gives a packet of three commands or more (a copy adds " (copy)"). */
    private static final Pattern SEVERAL = Pattern.compile("^(.*) … \\+(\\d+) more · (\\d+) B( \\(copy\\))?$");

    private PacketLabels() {
    }

    public static String localized(String label, I18n i18n) {
        Matcher several = SEVERAL.matcher(label);
        if (!several.matches()) {
            return label;
        }
        String copy = several.group(4) == null ? "" : several.group(4);
        return i18n.get("packet.commands", several.group(1), several.group(2), several.group(3)) + copy;
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
