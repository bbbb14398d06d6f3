package com.replicationlab.ui.topology;

import com.replicationlab.lab.PacketKind;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Packet glyphs drawn once into small images and then stamped wherever a packet is. A frame can
 * show sixty write pills, each a filled and a stroked rounded box; rasterising those curves anew
 * on every frame was a large part of what the software renderer spent on the topology (bench
 * window, 1,000 writes a second), while copying a small image at whole pixels costs little.
 *
 * <p>The software renderer resamples an image drawn at a fractional position, which is slower than
 * drawing the glyph itself, so a stamp is always copied to whole pixels. To keep a moving packet
 * moving smoothly, each glyph is drawn at {@link #PHASES} sub-pixel offsets each way, and the one
 * nearest the packet's true position is used: a stamp is off by at most an eighth of a pixel.
 */
final class GlyphStamps {
    /** Sub-pixel offsets a glyph is drawn at, each way. */
    static final int PHASES = 4;
    /** Stamps kept: a few kinds, inks and sizes at a time, times the phases; the least recently used goes. */
    static final int KEPT = 256;

    private final Map<Look, Image> stamps = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Look, Image> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * Draws the glyph centred on (x, y), as {@link PacketGlyph#draw} would. The canvas must draw
     * without a transform of its own (the topology's does not).
     */
    void draw(GraphicsContext gc, PacketKind kind, double x, double y, double r, Color fill, Color outline,
              boolean doomed) {
        double scale = pixelScale(gc);
        Phase across = Phase.of(x * scale);
        Phase down = Phase.of(y * scale);
        Look look = new Look(kind, r, fill, outline, doomed, scale, across.phase, down.phase);
        Image stamp = stamps.computeIfAbsent(look, GlyphStamps::make);
        // The stamp's centre pixel corner is at its half width: whole, as its sizes are even.
        double left = across.whole - stamp.getWidth() / 2;
        double top = down.whole - stamp.getHeight() / 2;
        gc.drawImage(stamp, left / scale, top / scale, stamp.getWidth() / scale, stamp.getHeight() / scale);
    }

    int kept() {
        return stamps.size();
    }

    /** Device pixels per canvas unit, so a stamp is as sharp as the glyph drawn in place (HiDPI). */
    private static double pixelScale(GraphicsContext gc) {
        Canvas canvas = gc.getCanvas();
        return canvas.getScene() == null || canvas.getScene().getWindow() == null ? 1
                : canvas.getScene().getWindow().getRenderScaleX();
    }

    private static Image make(Look look) {
        // Room for the widest glyph (a re-send's doubled pill, 3.8 r by 2.6 r), its outline and a phase.
        double halfW = 2.1 * look.r + 3;
        double halfH = 1.5 * look.r + 3;
        // An even number of pixels each way, so that the centre lies on a pixel corner.
        Canvas canvas = new Canvas(2 * Math.ceil(halfW * look.scale), 2 * Math.ceil(halfH * look.scale));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(look.scale, look.scale);
        double cx = (canvas.getWidth() / 2 + (double) look.phaseAcross / PHASES) / look.scale;
        double cy = (canvas.getHeight() / 2 + (double) look.phaseDown / PHASES) / look.scale;
        PacketGlyph.draw(gc, look.kind, cx, cy, look.r, look.fill, look.outline, look.doomed);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }

    /** A device coordinate as whole pixels and the nearest of the {@link #PHASES} offsets past them. */
    private record Phase(double whole, int phase) {
        static Phase of(double device) {
            long steps = Math.round(device * PHASES);
            return new Phase(Math.floorDiv(steps, PHASES), (int) Math.floorMod(steps, PHASES));
        }
    }

    private record Look(PacketKind kind, double r, Color fill, Color outline, boolean doomed, double scale,
                        int phaseAcross, int phaseDown) {
    }
}
