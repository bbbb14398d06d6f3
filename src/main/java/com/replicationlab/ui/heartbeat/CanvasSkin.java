package com.replicationlab.ui.heartbeat;

import com.replicationlab.ui.topology.InkedControl;
import com.replicationlab.ui.topology.TextWidths;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.Arrays;
import java.util.List;

/**
 * The skin of a panel's drawn control (the backlog ring, the lag chart, the sequence diagram): one
 * canvas filling the control, redrawn on resize, and the few text moves they share — fonts on the
 * theme's type scale, measuring, fitting with an ellipsis.
 */
public abstract class CanvasSkin<C extends InkedControl> extends SkinBase<C> {
    protected final Canvas canvas = new Canvas();
    private final TextWidths widths = new TextWidths();
    private final double prefWidth;
    private final double prefHeight;
    private final double minHeight;

    /** A skin of the given natural size (px). */
    protected CanvasSkin(C control, double prefWidth, double prefHeight, double minHeight) {
        super(control);
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        this.minHeight = minHeight;
        canvas.setManaged(false);
        getChildren().add(canvas);
    }

    /**
     * Redraws whenever one of {@code sources}, or the theme's inks, change — while in a scene: a panel
     * taken out of the window (presentation mode) is drawn when it is laid out again.
     */
    protected void redrawOn(Observable... sources) {
        InvalidationListener redraw = o -> {
            if (inScene()) {
                draw();
            }
        };
        for (Observable source : sources) {
            source.addListener(redraw);
        }
        getSkinnable().addInkListener(redraw);
    }

    /** Paints the whole canvas. */
    protected abstract void draw();

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        canvas.setWidth(Math.floor(w));
        canvas.setHeight(Math.floor(h));
        draw();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return prefHeight;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return minHeight;
    }

    protected GraphicsContext gc() {
        return canvas.getGraphicsContext2D();
    }

    /** A font of {@code size} px at the theme's scale (larger in presentation). */
    protected Font font(double size, boolean bold) {
        return Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size * getSkinnable().scale());
    }

    /**
     * The largest font from {@code size} down to a little over half of it in which every line fits
     * {@code maxWidth}: a narrow panel gets smaller words rather than cut ones.
     */
    protected Font fontToFit(double size, boolean bold, double maxWidth, String... lines) {
        Font font = font(size, bold);
        for (double s = size; s >= size * 0.55; s -= 0.5) {
            font = font(s, bold);
            Font candidate = font;
            if (Arrays.stream(lines).allMatch(line -> width(line, candidate) <= maxWidth)) {
                break;
            }
        }
        return font;
    }

    /** Whether the control is in a scene, so what is drawn can be seen. */
    protected boolean inScene() {
        return getSkinnable().getScene() != null;
    }

    protected double width(String text, Font font) {
        return widths.of(text, font);
    }

    /** The text, cut with an ellipsis to fit {@code maxWidth}. */
    protected String fit(String text, Font font, double maxWidth) {
        return widths.fit(text, font, maxWidth);
    }

    /** The text in lines that each fit {@code maxWidth}. */
    protected List<String> wrap(String text, Font font, double maxWidth) {
        return widths.wrap(text, font, maxWidth);
    }

    /** Draws text from its top, fitted to {@code maxWidth}; returns the width drawn. */
    protected double text(String text, double x, double y, Font font, Color ink, TextAlignment align, double maxWidth) {
        String shown = fit(text, font, maxWidth);
        GraphicsContext gc = gc();
        gc.setFont(font);
        gc.setFill(ink);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(shown, x, y);
        return width(shown, font);
    }
}
