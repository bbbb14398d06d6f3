package com.replicationlab.ui.topology;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The canvas, the frame's inks and type, with the few drawing moves the painters share: text
 * measured and fitted, rounded chips, fonts by size in units.
 */
final class Pen {
    /** Fonts remembered, by size and weight. */
    private static final int FONTS_REMEMBERED = 2_000;

    final GraphicsContext gc;
    double unit = 1;
    private final Map<Ink, Color> inks = new EnumMap<>(Ink.class);
    private final TextWidths widths = new TextWidths();
    private final Map<String, Font> fonts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Font> eldest) {
            return size() > FONTS_REMEMBERED;
        }
    };

    Pen(GraphicsContext gc) {
        this.gc = gc;
    }

    /** Starts a frame: the size of a unit and the theme's inks now. */
    void begin(double frameUnit, Function<Ink, Color> palette) {
        unit = frameUnit;
        for (Ink ink : Ink.values()) {
            inks.put(ink, palette.apply(ink));
        }
    }

    Color ink(Ink ink) {
        return inks.get(ink);
    }

    /** A font of {@code size} units; fonts are looked up once per size (a lookup costs more than a frame can spare). */
    Font font(double size, boolean bold) {
        double px = Math.round(size * unit * 4) / 4.0;
        return fonts.computeIfAbsent((bold ? "b" : "n") + px,
                k -> Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, px));
    }

    /**
     * The font of {@code size} (in units), made smaller — down to 60 % — until {@code text} fits
     * {@code maxWidth}: a big number in a narrow card shrinks rather than being cut.
     */
    Font fontToFit(String text, double size, boolean bold, double maxWidth) {
        Font font = font(size, bold);
        for (double s = size; s >= size * 0.6 && width(text, font) > maxWidth; s -= 1) {
            font = font(s, bold);
        }
        return font;
    }

    double width(String text, Font font) {
        return widths.of(text, font);
    }

    /** Draws text from (x, y) at its top, cut with an ellipsis to fit {@code maxWidth}; returns the width drawn. */
    double text(String text, double x, double y, Font font, Color color, TextAlignment align, double maxWidth) {
        String fitted = fit(text, font, maxWidth);
        gc.setFont(font);
        gc.setFill(color);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(fitted, x, y);
        return width(fitted, font);
    }

    String fit(String text, Font font, double maxWidth) {
        return widths.fit(text, font, maxWidth);
    }

    /** A filled rounded box with an optional border. */
    void chip(Box box, Color fill, Color border, double radius, double borderWidth) {
        gc.setFill(fill);
        gc.fillRoundRect(box.x(), box.y(), box.w(), box.h(), radius, radius);
        if (border != null) {
            gc.setStroke(border);
            gc.setLineWidth(borderWidth);
            gc.setLineDashes();
            gc.strokeRoundRect(box.x(), box.y(), box.w(), box.h(), radius, radius);
        }
    }

    /** A text chip centred on (cx, cy); returns its box. */
    Box label(String text, double cx, double cy, Font font, Color textColor, Color fill, Color border) {
        double padX = 5 * unit;
        double padY = 2 * unit;
        double w = width(text, font) + 2 * padX;
        double h = font.getSize() * 1.25 + 2 * padY;
        Box box = new Box(cx - w / 2, cy - h / 2, w, h);
        chip(box, fill, border, h * 0.5, Math.max(1, unit));
        this.text(text, cx, box.y() + padY, font, textColor, TextAlignment.CENTER, Double.MAX_VALUE);
        return box;
    }

    /** The size a label chip of {@code text} would take. */
    Box labelBox(String text, double cx, double cy, Font font) {
        double w = width(text, font) + 10 * unit;
        double h = font.getSize() * 1.25 + 4 * unit;
        return new Box(cx - w / 2, cy - h / 2, w, h);
    }
}
