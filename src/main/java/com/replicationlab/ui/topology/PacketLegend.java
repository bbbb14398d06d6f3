package com.replicationlab.ui.topology;

import com.replicationlab.lab.PacketKind;
import com.replicationlab.ui.i18n.I18n;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Skin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

/** The key to the canvas: each kind of packet's glyph, in its ink, with what it is in words. */
public final class PacketLegend extends InkedControl {
    private final I18n i18n;

    public PacketLegend(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("packet-legend");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LegendSkin(this);
    }

    /** Its words wrap: its height depends on the width it is given (a scroll pane then asks right). */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private static final class LegendSkin extends SkinBase<PacketLegend> {
        private static final double GLYPH_BOX = 34;
        private static final double GLYPH_RADIUS = 8.5;
        private final Map<Canvas, Sample> glyphs = new LinkedHashMap<>();
        private final VBox rows = new VBox(8);

        LegendSkin(PacketLegend legend) {
            super(legend);
            rows.getStyleClass().add("legend-grid");
            rows.setPadding(new Insets(10));
            for (PacketKind kind : PacketKind.values()) {
                Canvas glyph = new Canvas(GLYPH_BOX, GLYPH_BOX);
                glyphs.put(glyph, new Sample(kind, false, false));
                String key = "legend." + kind.name().toLowerCase(Locale.ROOT);
                Label name = new Label();
                name.textProperty().bind(legend.i18n.text(key));
                name.getStyleClass().add("legend-name");
                rows.getChildren().add(row(glyph, name, key));
            }
            rows.getChildren().add(extra("legend.doomed", true));
            rows.getChildren().add(extra("legend.held", false));
            getChildren().add(rows);
            InvalidationListener redraw = o -> draw();
            legend.addInkListener(redraw);
            draw();
        }

        /** As tall as the rows are at this width (their words wrap), not at their widest. */
        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            return top + rows.prefHeight(width < 0 ? -1 : width - left - right) + bottom;
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            rows.resizeRelocate(x, y, w, Math.max(h, rows.prefHeight(w)));
        }

        private HBox extra(String key, boolean doomed) {
            Canvas glyph = new Canvas(GLYPH_BOX, GLYPH_BOX);
            glyphs.put(glyph, new Sample(PacketKind.WRITE, doomed, !doomed));
            Label name = new Label();
            name.textProperty().bind(getSkinnable().i18n.text(key));
            name.getStyleClass().add("legend-name");
            return row(glyph, name, key);
        }

        /** The glyph; beside it the kind's name and, below that, what it means (wrapping to the panel's width). */
        private HBox row(Canvas glyph, Label name, String key) {
            Label meaning = new Label();
            meaning.textProperty().bind(getSkinnable().i18n.text(key + ".meaning"));
            meaning.getStyleClass().add("legend-meaning");
            meaning.setWrapText(true);
            meaning.setMaxWidth(Double.MAX_VALUE);
            meaning.setMinHeight(Region.USE_PREF_SIZE);
            VBox words = new VBox(1, name, meaning);
            HBox.setHgrow(words, Priority.ALWAYS);
            return new HBox(10, glyph, words);
        }

        private void draw() {
            PacketLegend legend = getSkinnable();
            double c = GLYPH_BOX / 2;
            glyphs.forEach((canvas, sample) -> {
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.clearRect(0, 0, GLYPH_BOX, GLYPH_BOX);
                double x = sample.held() ? c - 4 : c;
                PacketGlyph.draw(gc, sample.kind(), x, c + (sample.held() ? 3 : 0), GLYPH_RADIUS,
                        legend.ink(Ink.of(sample.kind())), legend.ink(Ink.TEXT), sample.doomed());
                if (sample.held()) {
                    gc.setFill(legend.ink(Ink.WARN));
                    gc.fillRect(c + 8, c - 14, 4, 12);
                    gc.fillRect(c + 14, c - 14, 4, 12);
                }
            });
        }

        /** What one legend glyph shows: a kind, possibly doomed (dashed) or held (with a pause mark). */
        private record Sample(PacketKind kind, boolean doomed, boolean held) {
        }
    }
}
