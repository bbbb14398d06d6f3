package com.replicationlab.ui.topology;

import com.replicationlab.lab.PacketKind;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The shape of each kind of packet, so kinds differ by outline as well as by colour: a pill for a
 * write, a diamond for an ACK, a circle for PING, a triangle for GETACK, a hexagon for the
 * handshake, a page for RDB, a doubled pill for a re-send, an octagon for FIN, a small square
 * for anything else.
 */
final class PacketGlyph {
    private PacketGlyph() {
    }

    /**
     * @param r the glyph's half height
     * @param doomed drawn with a dashed outline (the packet will be lost)
     */
    static void draw(GraphicsContext gc, PacketKind kind, double x, double y, double r, Color fill, Color outline,
                     boolean doomed) {
        gc.setFill(fill);
        gc.setStroke(outline);
        gc.setLineWidth(Math.max(1, r * 0.22));
        if (doomed) {
            gc.setLineDashes(r * 0.5, r * 0.35);
        } else {
            gc.setLineDashes();
        }
        switch (kind) {
            case WRITE -> pill(gc, x, y, r);
            case RESEND -> {
                pill(gc, x, y, r);
                gc.setLineDashes(r * 0.45, r * 0.3);
                gc.setStroke(fill);
                gc.strokeRoundRect(x - 1.9 * r, y - 1.3 * r, 3.8 * r, 2.6 * r, 2.6 * r, 2.6 * r);
            }
            case ACK -> polygon(gc, x, y, new double[] {0, 1.25, 0, -1.25}, new double[] {-1.25, 0, 1.25, 0}, r);
            case PING -> {
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case GETACK -> polygon(gc, x, y, new double[] {0, 1.2, -1.2}, new double[] {-1.2, 1.0, 1.0}, r);
            case SYNC -> polygon(gc, x, y, new double[] {-1.2, -0.6, 0.6, 1.2, 0.6, -0.6},
                    new double[] {0, -1.05, -1.05, 0, 1.05, 1.05}, r);
            case RDB -> {
                gc.fillRect(x - r, y - 1.2 * r, 2 * r, 2.4 * r);
                gc.strokeRect(x - r, y - 1.2 * r, 2 * r, 2.4 * r);
                gc.setLineDashes();
                gc.setStroke(outline);
                for (double row = -0.5; row <= 0.6; row += 0.5) {
                    gc.strokeLine(x - 0.6 * r, y + row * r, x + 0.6 * r, y + row * r);
                }
            }
            case CLOSE -> {
                double[] xs = new double[8];
                double[] ys = new double[8];
                for (int i = 0; i < 8; i++) {
                    double a = Math.PI / 8 + i * Math.PI / 4;
                    xs[i] = Math.cos(a) * 1.2;
                    ys[i] = Math.sin(a) * 1.2;
                }
                polygon(gc, x, y, xs, ys, r);
                gc.setStroke(outline);
                gc.setLineDashes();
                gc.strokeLine(x - 0.6 * r, y, x + 0.6 * r, y);
            }
            default -> {
                gc.fillRect(x - 0.8 * r, y - 0.8 * r, 1.6 * r, 1.6 * r);
                gc.strokeRect(x - 0.8 * r, y - 0.8 * r, 1.6 * r, 1.6 * r);
            }
        }
        gc.setLineDashes();
    }

    private static void pill(GraphicsContext gc, double x, double y, double r) {
        gc.fillRoundRect(x - 1.6 * r, y - r, 3.2 * r, 2 * r, 2 * r, 2 * r);
        gc.strokeRoundRect(x - 1.6 * r, y - r, 3.2 * r, 2 * r, 2 * r, 2 * r);
    }

    private static void polygon(GraphicsContext gc, double x, double y, double[] xs, double[] ys, double r) {
        double[] px = new double[xs.length];
        double[] py = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            px[i] = x + xs[i] * r;
            py[i] = y + ys[i] * r;
        }
        gc.fillPolygon(px, py, px.length);
        gc.strokePolygon(px, py, px.length);
    }
}
