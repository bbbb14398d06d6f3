package com.replicationlab.ui.sequence;

import com.replicationlab.lab.PacketKind;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.PacketLabels;
import com.replicationlab.ui.heartbeat.CanvasSkin;
import com.replicationlab.ui.topology.Ink;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the diagram once per display frame when something changed (or while it follows a playing
 * lab), and turns the mouse into selection, scrolling, zoom and scrubbing back.
 */
final class SequenceSkin extends CanvasSkin<SequenceDiagram> {
    private static final double GUTTER = 112;
    private static final double AXIS = 26;
    private static final double RIGHT_PAD = 14;
    private static final double HIT = 8;
    private static final double HANDLE_HIT = 10;
    private static final int MAX_LABELS = 160;
    private static final double[] TICKS_MS = {50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 60_000};

    private final AnimationTimer timer;
    private final List<Drawn> drawn = new ArrayList<>();
    private boolean dirty = true;
    private double unit = 1;
    private double left;
    private double plotW;
    private double startMs;
    private double spanMs = 1;
    private double drawnPresentMs;
    private Point2D handle;
    private Drag drag = Drag.NONE;
    private double lastX;
    private double travelled;
    private double scrubX = -1;

    private enum Drag { NONE, PAN, SCRUB }

    /** An arrow as drawn in the last frame. */
    private record Drawn(long id, double x1, double y1, double x2, double y2) {
        double distanceTo(double x, double y) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2));
            return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
        }
    }

    SequenceSkin(SequenceDiagram diagram) {
        super(diagram, 800, 220, 100);
        SequenceViewModel model = diagram.model();
        InvalidationListener changed = o -> dirty = true;
        model.revisionProperty().addListener(changed);
        model.selectedProperty().addListener(changed);
        model.followingProperty().addListener(changed);
        model.spanMsProperty().addListener(changed);
        diagram.addInkListener(changed);
        diagram.i18n().localeProperty().addListener(changed);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if ((dirty || drag != Drag.NONE || presentMoved(model))) {
                    dirty = false;
                    draw();
                }
            }
        };
        // Not shown (another tab, presentation mode, a closed window), the timer stops: the model's
        // catching up when shown again marks it dirty.
        model.showingProperty().addListener((obs, was, now) -> runTimer(now));
        runTimer(model.isShowing());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void runTimer(boolean showing) {
        if (showing) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    /** Following a playing lab, the picture slides with the present: worth drawing once it moved a pixel. */
    private boolean presentMoved(SequenceViewModel model) {
        return model.followingProperty().get() && model.isPlaying()
                && Math.abs(model.presentMs() - drawnPresentMs) / spanMs * plotW >= 1;
    }

    @Override
    public void dispose() {
        timer.stop();
        super.dispose();
    }




    // ----- drawing -----

    @Override
    protected void draw() {
        SequenceDiagram diagram = getSkinnable();
        SequenceViewModel model = diagram.model();
        GraphicsContext gc = gc();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        unit = diagram.scale();
        gc.setFill(diagram.ink(Ink.BACKGROUND));
        gc.fillRect(0, 0, w, h);
        drawn.clear();
        handle = null;
        left = GUTTER * unit;
        plotW = w - left - RIGHT_PAD * unit;
        List<String> lines = model.lifelines();
        if (plotW < 40 || h < AXIS * unit + 20 || lines.isEmpty()) {
            return;
        }
        spanMs = model.spanMsProperty().get();
        double endMs = model.endMs();
        startMs = endMs - spanMs;
        double present = model.presentMs();
        drawnPresentMs = present;
        double top = AXIS * unit;
        double rowH = (h - top - 6 * unit) / lines.size();
        Map<String, Double> rows = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.put(lines.get(i), top + rowH * (i + 0.5));
        }
        paintAxis(gc, top, h);
        paintLifelines(gc, lines, rows, w);
        List<Label> labels = new ArrayList<>();
        PacketTrip selected = model.selectedProperty().get();
        for (PacketTrip trip : model.trips()) {
            double tripEnd = trip.ended() ? trip.endMs() : present;
            if (trip.sentMs() > endMs || tripEnd < startMs) {
                continue;
            }
            Double fromY = rows.get(trip.from());
            Double toY = rows.get(trip.to());
            if (fromY == null || toY == null) {
                continue;
            }
            paintTrip(gc, trip, fromY, toY, present, selected != null && selected.id() == trip.id(), labels);
        }
        paintLabels(gc, labels, selected, rowH);
        paintPresent(gc, present, top, h);
        if (!model.followingProperty().get()) {
            String text = diagram.i18n().get("sequence.present", seconds(present));
            Font font = font(12.5, true);
            double tw = width(text, font);
            gc.setFill(diagram.ink(Ink.SELECTION));
            gc.fillRoundRect(w - tw - 18 * unit, 3 * unit, tw + 14 * unit, 19 * unit, 8 * unit, 8 * unit);
            text(text, w - tw - 11 * unit, 4.5 * unit, font, diagram.ink(Ink.BACKGROUND), TextAlignment.LEFT, Double.MAX_VALUE);
        }
    }

    private void paintAxis(GraphicsContext gc, double top, double h) {
        SequenceDiagram diagram = getSkinnable();
        double step = TICKS_MS[TICKS_MS.length - 1];
        for (double candidate : TICKS_MS) {
            if (spanMs / candidate <= 9) {
                step = candidate;
                break;
            }
        }
        Font font = font(12, false);
        Color rule = diagram.ink(Ink.LINK).deriveColor(0, 1, 1, 0.3);
        for (double t = Math.ceil(startMs / step) * step; t <= startMs + spanMs; t += step) {
            double x = x(t);
            gc.setStroke(rule);
            gc.setLineWidth(1);
            gc.strokeLine(x, top - 4 * unit, x, h);
            if (t >= 0) {
                text(seconds(t) + " s", x, 4 * unit, font, diagram.ink(Ink.MUTED), TextAlignment.CENTER, Double.MAX_VALUE);
            }
        }
    }

    private void paintLifelines(GraphicsContext gc, List<String> lines, Map<String, Double> rows, double w) {
        SequenceDiagram diagram = getSkinnable();
        Font font = font(14, true);
        for (String name : lines) {
            double y = rows.get(name);
            gc.setStroke(diagram.ink(Ink.CARD_BORDER));
            gc.setLineWidth(2 * unit);
            gc.strokeLine(left, y, w - RIGHT_PAD * unit, y);
            gc.setFont(font);
            gc.setFill(diagram.ink(Ink.TEXT));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(fit(name, font, left - 14 * unit), left - 8 * unit, y);
        }
    }

    private void paintTrip(GraphicsContext gc, PacketTrip trip, double fromY, double toY, double present,
                           boolean selected, List<Label> labels) {
        SequenceDiagram diagram = getSkinnable();
        PacketKind kind = SequenceViewModel.kindOf(trip);
        Color ink = diagram.ink(Ink.of(kind));
        double x1 = x(trip.sentMs());
        double x2;
        double y2;
        double share = 1;
        Optional<PacketView> seen = diagram.model().packet(trip.id());
        if (trip.fate() == PacketTrip.Fate.DELIVERED || trip.fate() == PacketTrip.Fate.DISCARDED) {
            x2 = x(trip.endMs());
            y2 = toY;
        } else {
            double at = trip.ended() ? trip.endMs() : present;
            share = trip.held() ? 0.5 : seen.filter(p -> p.dueMs() > p.sentMs())
                    .map(p -> (at - p.sentMs()) / (double) (p.dueMs() - p.sentMs())).orElse(0.5);
            share = Math.max(0.05, Math.min(trip.ended() ? 0.95 : 1, share));
            x2 = x(at);
            y2 = fromY + (toY - fromY) * share;
        }
        if (selected) {
            gc.setStroke(diagram.ink(Ink.SELECTION).deriveColor(0, 1, 1, 0.35));
            gc.setLineWidth(9 * unit);
            gc.setLineDashes();
            gc.setLineCap(StrokeLineCap.ROUND);
            gc.strokeLine(x1, fromY, x2, y2);
        }
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setStroke(ink);
        gc.setLineWidth(lineWidth(kind) * unit);
        gc.setLineDashes(trip.held() ? new double[] {3 * unit, 3 * unit} : dashes(kind));
        gc.strokeLine(x1, fromY, x2, y2);
        gc.setLineDashes();
        gc.setFill(ink);
        gc.fillOval(x1 - 2.5 * unit, fromY - 2.5 * unit, 5 * unit, 5 * unit);
        switch (trip.fate()) {
            case DELIVERED -> arrowHead(gc, x1, fromY, x2, y2, ink);
            case LOST -> {
                // Where it was going, faintly: the cross may fall on a third node's line.
                gc.setStroke(ink.deriveColor(0, 1, 1, 0.3));
                gc.setLineWidth(unit);
                gc.setLineDashes(2 * unit, 4 * unit);
                gc.strokeLine(x2, y2, x(trip.sentMs() + (trip.endMs() - trip.sentMs()) / share), toY);
                gc.setLineDashes();
                cross(gc, x2, y2, diagram.ink(Ink.DANGER));
            }
            case DISCARDED -> bar(gc, x1, fromY, x2, y2, diagram.ink(Ink.DANGER));
            default -> {
                gc.setFill(ink);
                gc.fillOval(x2 - 4 * unit, y2 - 4 * unit, 8 * unit, 8 * unit);
            }
        }
        drawn.add(new Drawn(trip.id(), x1, fromY, x2, y2));
        String suffix = switch (trip.fate()) {
            case LOST -> " ✗";
            case DISCARDED -> " ⊘";
            default -> trip.held() ? " ⏸" : "";
        };
        String label = PacketLabels.localized(trip.label(), trip.labelWording(), diagram.i18n()) + suffix;
        labels.add(new Label(trip.id(), label, (x1 + x2) / 2, (fromY + y2) / 2, ink));
    }

    private record Label(long id, String text, double x, double y, Color ink) {
    }

    /** Labels beside their arrows, the selected one first, then the newest, where they do not overlap. */
    private void paintLabels(GraphicsContext gc, List<Label> labels, PacketTrip selected, double rowH) {
        Font font = font(12.5, false);
        double h = font.getSize() * 1.3;
        List<Bounds> placed = new ArrayList<>();
        List<Label> order = new ArrayList<>();
        labels.stream().filter(l -> selected != null && l.id() == selected.id()).forEach(order::add);
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (selected == null || labels.get(i).id() != selected.id()) {
                order.add(labels.get(i));
            }
        }
        int shown = 0;
        for (Label label : order) {
            if (shown == MAX_LABELS || rowH < h) {
                return;
            }
            String text = fit(label.text(), font, 220 * unit);
            double w = width(text, font);
            Bounds box = new BoundingBox(label.x() + 5 * unit, label.y() - h / 2, w + 6 * unit, h);
            if (box.getMaxX() > canvas.getWidth() || placed.stream().anyMatch(b -> b.intersects(box))) {
                continue;
            }
            placed.add(box);
            gc.setFill(getSkinnable().ink(Ink.LABEL_FILL));
            gc.fillRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), 6 * unit, 6 * unit);
            text(text, box.getMinX() + 3 * unit, box.getMinY() + h * 0.1, font, label.ink(), TextAlignment.LEFT, Double.MAX_VALUE);
            shown++;
        }
    }

    private void paintPresent(GraphicsContext gc, double present, double top, double h) {
        SequenceDiagram diagram = getSkinnable();
        double x = x(present);
        if (x >= left - 1 && x <= left + plotW + 1) {
            Color ink = diagram.ink(Ink.SELECTION);
            gc.setStroke(ink);
            gc.setLineWidth(2.5 * unit);
            gc.strokeLine(x, top - 2 * unit, x, h);
            String now = diagram.i18n().get("sequence.now");
            Font font = font(12, true);
            double tw = width(now, font) + 10 * unit;
            double hx = Math.min(x - tw / 2, left + plotW - tw);
            gc.setFill(ink);
            gc.fillRoundRect(hx, top - 18 * unit, tw, 17 * unit, 6 * unit, 6 * unit);
            text(now, hx + tw / 2, top - 17 * unit, font, diagram.ink(Ink.BACKGROUND), TextAlignment.CENTER, Double.MAX_VALUE);
            handle = new Point2D(hx + tw / 2, top - 10 * unit);
        }
        if (drag == Drag.SCRUB && scrubX >= 0) {
            gc.setStroke(diagram.ink(Ink.WARN));
            gc.setLineWidth(2.5 * unit);
            gc.setLineDashes(6 * unit, 4 * unit);
            gc.strokeLine(scrubX, top - 2 * unit, scrubX, h);
            gc.setLineDashes();
            String back = diagram.i18n().get("sequence.scrubTo", seconds(time(scrubX)));
            text(back, scrubX - 6 * unit, top + 2 * unit, font(12.5, true), diagram.ink(Ink.WARN), TextAlignment.RIGHT, Double.MAX_VALUE);
        }
    }

    private void arrowHead(GraphicsContext gc, double x1, double y1, double x2, double y2, Color ink) {
        double a = Math.atan2(y2 - y1, x2 - x1);
        double size = 9 * unit;
        gc.setFill(ink);
        gc.fillPolygon(new double[] {x2, x2 - size * Math.cos(a - 0.42), x2 - size * Math.cos(a + 0.42)},
                new double[] {y2, y2 - size * Math.sin(a - 0.42), y2 - size * Math.sin(a + 0.42)}, 3);
    }

    private void cross(GraphicsContext gc, double x, double y, Color ink) {
        double r = 6 * unit;
        gc.setStroke(ink);
        gc.setLineWidth(3 * unit);
        gc.strokeLine(x - r, y - r, x + r, y + r);
        gc.strokeLine(x - r, y + r, x + r, y - r);
    }

    /** A packet thrown away on arrival: a bar across its head. */
    private void bar(GraphicsContext gc, double x1, double y1, double x2, double y2, Color ink) {
        double a = Math.atan2(y2 - y1, x2 - x1) + Math.PI / 2;
        double r = 7 * unit;
        gc.setStroke(ink);
        gc.setLineWidth(3 * unit);
        gc.strokeLine(x2 - r * Math.cos(a), y2 - r * Math.sin(a), x2 + r * Math.cos(a), y2 + r * Math.sin(a));
    }

    /** Dashes tell kinds apart without colour (the labels name them too). */
    private double[] dashes(PacketKind kind) {
        double[] pattern = switch (kind) {
            case ACK -> new double[] {7, 4};
            case PING -> new double[] {2, 3};
            case GETACK -> new double[] {8, 3, 2, 3};
            case SYNC -> new double[] {12, 4};
            case RESEND -> new double[] {10, 3, 3, 3};
            case OTHER -> new double[] {3, 3};
            default -> new double[0];
        };
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] *= unit;
        }
        return pattern;
    }

    private static double lineWidth(PacketKind kind) {
        return switch (kind) {
            case WRITE, RESEND -> 2.8;
            case RDB -> 4;
            case PING, OTHER, CLOSE -> 1.6;
            default -> 2.2;
        };
    }

    // ----- the mouse -----

    private void pressed(MouseEvent event) {
        getSkinnable().requestFocus();
        lastX = event.getX();
        travelled = 0;
        boolean onHandle = handle != null && (Math.abs(event.getX() - handle.getX()) <= HANDLE_HIT * 3 * unit
                && Math.abs(event.getY() - handle.getY()) <= HANDLE_HIT * unit);
        boolean onLine = handle != null && Math.abs(event.getX() - x(getSkinnable().model().presentMs())) <= 4 * unit;
        drag = onHandle || onLine ? Drag.SCRUB : Drag.PAN;
        scrubX = -1;
    }

    private void dragged(MouseEvent event) {
        double dx = event.getX() - lastX;
        travelled += Math.abs(dx);
        lastX = event.getX();
        if (drag == Drag.PAN && plotW > 0) {
            getSkinnable().model().panBy(-dx / plotW * spanMs);
        } else if (drag == Drag.SCRUB) {
            scrubX = Math.max(left, Math.min(x(getSkinnable().model().presentMs()), event.getX()));
        }
    }

    private void released(MouseEvent event) {
        SequenceViewModel model = getSkinnable().model();
        if (drag == Drag.SCRUB && scrubX >= 0 && travelled > 3) {
            double target = time(scrubX);
            if (target < model.presentMs()) {
                model.scrubBackTo(target);
            }
        } else if (travelled <= 3) {
            model.select(nearest(event.getX(), event.getY()));
        }
        drag = Drag.NONE;
        scrubX = -1;
        dirty = true;
        event.consume();
    }

    private void scrolled(ScrollEvent event) {
        SequenceViewModel model = getSkinnable().model();
        if (event.isShortcutDown()) {
            model.zoom(event.getDeltaY() > 0 ? 1 / 1.25 : 1.25);
        } else if (plotW > 0) {
            double delta = Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY()) ? event.getDeltaX() : event.getDeltaY();
            model.panBy(-delta / plotW * spanMs);
        }
        event.consume();
    }

    /** The arrow nearest the point, within reach; of equals, the one drawn last (on top, and newer). */
    private long nearest(double x, double y) {
        Drawn best = null;
        for (Drawn d : drawn) {
            if (d.distanceTo(x, y) <= HIT * unit && (best == null || d.distanceTo(x, y) <= best.distanceTo(x, y))) {
                best = d;
            }
        }
        return best == null ? 0 : best.id();
    }

    // ----- for tests -----

    Optional<Point2D> pointOfTrip(long id) {
        return drawn.stream().filter(d -> d.id() == id).findFirst()
                .map(d -> new Point2D((d.x1() + d.x2()) / 2, (d.y1() + d.y2()) / 2));
    }

    Optional<Point2D> pointOfPresent() {
        return Optional.ofNullable(handle);
    }

    Optional<Double> xOfTime(double ms) {
        return plotW > 0 ? Optional.of(x(ms)) : Optional.empty();
    }

    // ----- helpers -----

    private double x(double ms) {
        return left + (ms - startMs) / spanMs * plotW;
    }

    private double time(double x) {
        return startMs + (x - left) / plotW * spanMs;
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0).replaceAll("0{1,2}$", "");
    }
}
