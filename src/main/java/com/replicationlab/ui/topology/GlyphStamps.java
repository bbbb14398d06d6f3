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
 * on every frame was more than half of what the software renderer spent on the topology (bench
 * window, 1,000 writes a second), while copying a small image costs little.
 */
final class GlyphStamps {
    /** Glyphs kept: a few kinds, inks and sizes are in use at a time; the least recently used goes. */
    static final int KEPT = 64;

    private final Map<Look, Image> stamps = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Look, Image> eldest) {
            return size() > KEPT;
        }
    };

    /** Draws the glyph centred on (x, y), as {@link PacketGlyph#draw} would. */
    void draw(GraphicsContext gc, PacketKind kind, double x, double y, double r, Color fill, Color outline,
              boolean doomed) {
        Look look = new Look(kind, r, fill, outline, doomed, pixelScale(gc));
        Image stamp = stamps.computeIfAbsent(look, GlyphStamps::make);
        double w = stamp.getWidth() / look.scale;
        double h = stamp.getHeight() / look.scale;
        gc.drawImage(stamp, x - w / 2, y - h / 2, w, h);
    }

    int kept() {
        return stamps.size();
    }

    /** Device pixels per canvas unit, so a stamp is as sharp as the glyph drawn in place (HiDPI). */
    private static double pixelScale(GraphicsContext gc) {
        Canvas canvas = gc.getCanvas();
        double window = canvas.getScene() == null || canvas.getScene().getWindow() == null ? 1
                : canvas.getScene().getWindow().getRenderScaleX();
        return window * Math.hypot(gc.getTransform().getMxx(), gc.getTransform().getMyx());
    }

    private static Image make(Look look) {
        // Room for the widest glyph (a re-send's doubled pill, 3.8 r by 2.6 r) and its outline.
        double halfW = 2.1 * look.r + 2;
        double halfH = 1.5 * look.r + 2;
        // An even number of pixels each way, so a glyph centred on whole pixels is drawn exactly as in place.
        Canvas canvas = new Canvas(2 * Math.ceil(halfW * look.scale), 2 * Math.ceil(halfH * look.scale));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(look.scale, look.scale);
        PacketGlyph.draw(gc, look.kind, canvas.getWidth() / look.scale / 2, canvas.getHeight() / look.scale / 2,
                look.r, look.fill, look.outline, look.doomed);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }

    private record Look(PacketKind kind, double r, Color fill, Color outline, boolean doomed, double scale) {
    }
}
