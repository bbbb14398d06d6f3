package com.replicationlab.ui.topology;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How wide a text is in a font, measured once and remembered (the most recently used few
 * thousand): measuring lays the text out, too dear to do for every label of every frame. The
 * topology's pen and the panels' canvases each keep one.
 */
public final class TextWidths {
    private static final int REMEMBERED = 2_000;

    private final Text measurer = new Text();
    private final Map<Measured, Double> widths = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Measured, Double> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** A text in a font (a font equals another of the same name and size, and keeps its hash). */
    private record Measured(String text, Font font) {
    }

    public double of(String text, Font font) {
        Measured key = new Measured(text, font);
        Double cached = widths.get(key);
        if (cached == null) {
            measurer.setFont(font);
            measurer.setText(text);
            cached = measurer.getLayoutBounds().getWidth();
            widths.put(key, cached);
        }
        return cached;
    }

    /** The text as it is if it fits {@code maxWidth}, else its longest start that fits with an ellipsis. */
    public String fit(String text, Font font, double maxWidth) {
        if (of(text, font) <= maxWidth) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String cut = text.substring(0, end) + "…";
            if (of(cut, font) <= maxWidth) {
                return cut;
            }
        }
        return "…";
    }

    /**
     * The text in lines no wider than {@code maxWidth}, broken at spaces where there are any, else
     * between any two characters (Chinese has no spaces). A word wider than a line is cut as needed.
     */
    public List<String> wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            int end = longestStartThatFits(rest, font, maxWidth);
            if (end < rest.length()) {
                int space = rest.lastIndexOf(' ', end);
                end = space > 0 ? space : end;
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    /** How many characters of {@code text} fit in {@code maxWidth}: at least one, so wrapping always moves on. */
    private int longestStartThatFits(String text, Font font, double maxWidth) {
        int end = text.length();
        while (end > 1 && of(text.substring(0, end), font) > maxWidth) {
            end--;
        }
        return end;
    }
}
