package com.replicationlab.ui.topology;

import com.replicationlab.lab.PacketKind;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;

import java.util.concurrent.TimeoutException;

import static com.replicationlab.ui.heartbeat.PanelBench.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("GlyphStamps: packet glyphs drawn once and stamped (with the headless toolkit)")
class GlyphStampsGuiTest {
    private static final Color FILL = Color.web("#1565c0");
    private static final Color OUTLINE = Color.web("#1a1d22");

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @EnumSource(PacketKind.class)
    @DisplayName("a stamp looks exactly like the glyph drawn in place, on whole pixels and at every sub-pixel phase")
    void looksLikeTheGlyph(PacketKind kind) throws Exception {
        for (boolean doomed : new boolean[] {false, true}) {
            for (double[] at : new double[][] {{40, 30}, {40.25, 30.75}, {40.5, 30.5}, {39.75, 29.25}}) {
                WritableImage inPlace = fx(() -> draw(gc -> PacketGlyph.draw(gc, kind, at[0], at[1], 10, FILL, OUTLINE,
                        doomed)));
                GlyphStamps stamps = new GlyphStamps();
                WritableImage stamped = fx(() -> draw(gc -> stamps.draw(gc, kind, at[0], at[1], 10, FILL, OUTLINE,
                        doomed)));
                assertEquals(0, differingPixels(inPlace, stamped), kind + (doomed ? " doomed" : "") + " at " + at[0]
                        + ", " + at[1]);
            }
        }
    }

    @Test
    @DisplayName("a stamp is copied to whole pixels, from the phase nearest the packet's true place")
    void nearestPhase() throws Exception {
        GlyphStamps stamps = new GlyphStamps();
        WritableImage between = fx(() -> draw(gc -> stamps.draw(gc, PacketKind.WRITE, 40.3, 30.1, 10, FILL, OUTLINE,
                false)));
        WritableImage nearest = fx(() -> draw(gc -> PacketGlyph.draw(gc, PacketKind.WRITE, 40.25, 30, 10, FILL, OUTLINE,
                false)));
        assertEquals(0, differingPixels(nearest, between));
    }

    @Test
    @DisplayName("a glyph is drawn once per look and phase however often it is stamped, and a new ink is a new stamp")
    void drawnOncePerLook() throws Exception {
        GlyphStamps stamps = new GlyphStamps();
        fx(() -> draw(gc -> {
            for (int i = 0; i < 50; i++) {
                stamps.draw(gc, PacketKind.WRITE, 10 + i, 30, 10, FILL, OUTLINE, false);
            }
        }));
        assertEquals(1, stamps.kept());
        fx(() -> draw(gc -> stamps.draw(gc, PacketKind.WRITE, 40, 30, 10, Color.ORANGE, OUTLINE, false)));
        assertEquals(2, stamps.kept());
    }

    @Test
    @DisplayName("no more than KEPT stamps are kept, the least recently used going first")
    void bounded() throws Exception {
        GlyphStamps stamps = new GlyphStamps();
        fx(() -> draw(gc -> {
            for (int i = 0; i < GlyphStamps.KEPT + 10; i++) {
                stamps.draw(gc, PacketKind.PING, 40, 30, 4 + i * 0.1, FILL, OUTLINE, false);
            }
        }));
        assertEquals(GlyphStamps.KEPT, stamps.kept());
    }

    private interface Drawing {
        void on(GraphicsContext gc);
    }

    private static WritableImage draw(Drawing drawing) {
        Canvas canvas = new Canvas(80, 60);
        drawing.on(canvas.getGraphicsContext2D());
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differing = 0;
        int painted = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int pa = ra.getArgb(x, y);
                if (pa != 0) {
                    painted++;
                }
                if (channelsApart(pa, rb.getArgb(x, y)) > 2) {
                    differing++;
                }
            }
        }
        assertTrue(painted > 50, "the glyph was drawn");
        return differing;
    }

    private static int channelsApart(int a, int b) {
        int most = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            most = Math.max(most, Math.abs((a >>> shift & 0xff) - (b >>> shift & 0xff)));
        }
        return most;
    }
}
