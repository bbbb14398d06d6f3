package com.replicationlab.ui.heartbeat;

import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.topology.Ink;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;

/** Draws the lag chart on a canvas when its picture, size, inks or language change. */
final class LagChartSkin extends CanvasSkin<LagChart> {
    private static final double[] STEPS_S = {1, 2, 5, 10, 15, 30, 60, 120, 300};
    private static final long TIME_TICK_MS = 10_000;

    LagChartSkin(LagChart chart) {
        super(chart, 400, 210, 140);
        redrawOn(chart.pictureProperty(), chart.i18n().localeProperty());
    }




    @Override
    protected void draw() {
        LagChart chart = getSkinnable();
        GraphicsContext gc = gc();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double u = chart.scale();
        gc.setFill(chart.ink(Ink.BACKGROUND));
        gc.fillRect(0, 0, w, h);
        LagPicture picture = chart.pictureProperty().get();
        I18n i18n = chart.i18n();
        Font small = font(12.5, false);
        Font bold = font(13, true);
        double left = 44 * u;
        double right = 62 * u;
        double top = 10 * u;
        double bottom = 24 * u;
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        if (plotW < 40 || plotH < 40) {
            return;
        }
        long from = picture.fromMs();
        long now = picture.nowMs();
        double peakS = picture.lines().stream().mapToLong(l -> l.peakMs(from, now)).max().orElse(0) / 1000.0;
        // The threshold sets the scale only when it is enforced; otherwise the saw-tooth fills the chart.
        double limitS = picture.thresholdActive() ? picture.maxLagSeconds() + 1 : 0;
        double maxS = Math.max(3, Math.max(limitS, peakS)) * 1.12;
        double stepS = step(maxS);

        // grid and axes
        gc.setFont(small);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(1);
        Color rule = chart.ink(Ink.LINK).deriveColor(0, 1, 1, 0.35);
        for (double s = 0; s <= maxS; s += stepS) {
            double y = top + plotH - s / maxS * plotH;
            gc.setStroke(rule);
            gc.strokeLine(left, y, left + plotW, y);
            gc.setFill(chart.ink(Ink.MUTED));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(i18n.get("heartbeat.chart.seconds", format(s)), left - 5 * u, y);
        }
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.CENTER);
        double freeLeftOf = Double.MAX_VALUE;
        for (long back = 0; back <= picture.windowMs(); back += TIME_TICK_MS) {
            double x = left + plotW - (double) back / picture.windowMs() * plotW;
            gc.setStroke(rule);
            gc.strokeLine(x, top, x, top + plotH);
            String label = back == 0 ? i18n.get("heartbeat.chart.now") : i18n.get("heartbeat.chart.ago", Long.toString(back / 1000));
            double half = width(label, small) / 2;
            // Labels that would run into the one to their right are left out (narrow panels).
            if (x + half + 4 * u <= freeLeftOf) {
                gc.setFill(chart.ink(Ink.MUTED));
                gc.fillText(label, x, top + plotH + 4 * u);
                freeLeftOf = x - half;
            }
        }

        // the threshold (at the top edge when it is off and above the scale)
        double thresholdY = top + plotH - Math.min(picture.maxLagSeconds(), maxS) / maxS * plotH;
        Color limit = picture.thresholdActive() ? chart.ink(Ink.DANGER) : chart.ink(Ink.MUTED);
        if (picture.thresholdActive()) {
            gc.setFill(limit.deriveColor(0, 1, 1, 0.08));
            gc.fillRect(left, top, plotW, thresholdY - top);
        }
        gc.setStroke(limit);
        gc.setLineWidth(2 * u);
        gc.setLineDashes(8 * u, 6 * u);
        gc.strokeLine(left, thresholdY, left + plotW, thresholdY);
        gc.setLineDashes();
        gc.setFont(bold);
        gc.setFill(limit);
        gc.setTextAlign(TextAlignment.LEFT);
        // Above the line, or below it when the line runs along the top.
        boolean room = thresholdY - bold.getSize() * 1.3 >= top;
        gc.setTextBaseline(room ? VPos.BOTTOM : VPos.TOP);
        String key = picture.thresholdActive() ? "heartbeat.chart.threshold" : "heartbeat.chart.threshold.off";
        gc.fillText(i18n.get(key, Integer.toString(picture.maxLagSeconds())), left + 6 * u,
                room ? thresholdY - 2 * u : thresholdY + 3 * u);

        // the saw-teeth
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        double labelY = -1;
        for (LagPicture.Line line : picture.lines()) {
            List<long[]> points = line.points(from, now);
            double[] xs = new double[points.size()];
            double[] ys = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                xs[i] = left + (double) (points.get(i)[0] - from) / picture.windowMs() * plotW;
                ys[i] = top + plotH - points.get(i)[1] / 1000.0 / maxS * plotH;
            }
            Color ink = chart.ink(ReplicaMarks.ink(line.replica()));
            gc.setStroke(ink);
            gc.setLineWidth(2.5 * u);
            gc.setLineDashes(ReplicaMarks.dashes(line.replica(), u));
            gc.strokePolyline(xs, ys, xs.length);
            gc.setLineDashes();
            double endY = ys[ys.length - 1];
            // Labels at the end stack downwards when lines end together.
            double y = labelY >= 0 && Math.abs(endY - labelY) < bold.getSize() * 1.2 ? labelY + bold.getSize() * 1.2 : endY;
            gc.setFill(ink);
            gc.setFont(bold);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(ReplicaMarks.shortName(line.replica()) + " " + format(line.msSinceAck() / 1000.0) + "s",
                    left + plotW + 4 * u, y);
            labelY = y;
        }
    }

    /** A grid step giving four to six lines. */
    private static double step(double maxS) {
        for (double s : STEPS_S) {
            if (maxS / s <= 6) {
                return s;
            }
        }
        return STEPS_S[STEPS_S.length - 1];
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) && seconds >= 10 ? Long.toString((long) seconds)
                : String.format(Locale.ROOT, "%.1f", seconds);
    }
}
