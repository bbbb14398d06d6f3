package com.replicationlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the content of a task, quiz or predict block into items. The block's leading lines are
 * its text (the question, or what to do). After that each item starts at the left margin with a
 * key ({@code hint:}, {@code do:}, {@code answer:}, {@code why:}), an {@code expect} line, or a
 * quiz choice ({@code - [x]} right, {@code - [ ]} wrong); indented lines below an item continue it.
 */
final class BlockItems {
    static final String TEXT = "text";
    static final String EXPECT = "expect";
    static final String RIGHT = "[x]";
    static final String WRONG = "[ ]";
    private static final Pattern KEY = Pattern.compile("([a-z]+):(\\s|$)");
    private static final Pattern CHOICE = Pattern.compile("(?:[-*]\\s+)?\\[([ xX])\\](\\s|$)");

    /**
     * One item: its key, the line it starts on, its text (lines joined with newlines) and, for
     * keys whose value is an action, the column (from 1) where that value starts.
     */
    record Item(String key, int line, String text, int valueColumn) {
    }

    private final Fence fence;
    private final Set<String> keys;
    private final boolean choices;
    private final boolean expects;
    private final List<Item> items = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private String key;
    private int line;
    private int valueColumn;

    private BlockItems(Fence fence, Set<String> keys, boolean choices, boolean expects) {
        this.fence = fence;
        this.keys = keys;
        this.choices = choices;
        this.expects = expects;
    }

    /** The items of {@code fence}; problems (a stray line, an unknown key) go to {@code problems}. */
    static List<Item> read(Fence fence, Set<String> keys, boolean choices, boolean expects, String file,
                           List<LessonProblem> problems) {
        return new BlockItems(fence, keys, choices, expects).read(file, problems);
    }

    private List<Item> read(String file, List<LessonProblem> problems) {
        for (SourceLine source : fence.content()) {
            String text = source.text();
            if (source.isBlank()) {
                continue;
            }
            if (source.isIndented()) {
                continueItem(source, file, problems);
                continue;
            }
            Matcher keyed = KEY.matcher(text);
            Matcher choice = CHOICE.matcher(text);
            if (keyed.lookingAt() && keys.contains(keyed.group(1))) {
                start(keyed.group(1), source, keyed.end());
            } else if (choices && choice.lookingAt()) {
                start(choice.group(1).equals(" ") ? WRONG : RIGHT, source, choice.end());
            } else if (expects && (text.startsWith(EXPECT + " ") || text.equals(EXPECT))) {
                start(EXPECT, source, 0);
            } else if (keyed.lookingAt()) {
                problems.add(LessonProblem.at(file, source.number(), "unknown key '" + keyed.group(1) + ":' in a "
                        + fence.kind() + " block (keys: " + describeKeys() + ")"));
            } else if (key == null || key.equals(TEXT)) {
                if (key == null) {
                    start(TEXT, source, 0);
                } else {
                    lines.add(text.strip());
                }
            } else {
                problems.add(LessonProblem.at(file, source.number(), "this line continues nothing: indent it to "
                        + "continue the '" + key + "' above, or start it with one of " + describeKeys()));
            }
        }
        finish();
        return List.copyOf(items);
    }

    private void continueItem(SourceLine source, String file, List<LessonProblem> problems) {
        if (key == null) {
            start(TEXT, source, 0);
        } else if (key.equals(EXPECT)) {
            problems.add(LessonProblem.at(file, source.number(), "an expect line is one line: it has no continuation"));
        } else {
            lines.add(source.text().strip());
        }
    }

    private void start(String newKey, SourceLine source, int valueStart) {
        finish();
        key = newKey;
        line = source.number();
        String value = source.text().substring(valueStart);
        valueColumn = fence.indent() + valueStart + 1;
        lines.add(value.strip());
    }

    private void finish() {
        if (key != null) {
            items.add(new Item(key, line, String.join("\n", lines).strip(), valueColumn));
        }
        lines.clear();
        key = null;
    }

    private String describeKeys() {
        List<String> all = new ArrayList<>(keys.stream().sorted().map(k -> k + ":").toList());
        if (expects) {
            all.add("expect");
        }
        if (choices) {
            all.add("- [x] / - [ ]");
        }
        return String.join(", ", all);
    }
}
