package com.replicationlab.ui.backlog;

import com.replicationlab.lab.snapshot.BacklogView;
import com.replicationlab.ui.heartbeat.CanvasSkin;
import com.replicationlab.ui.heartbeat.ReplicaMarks;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.topology.Ink;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Draws the ring on a canvas whenever its picture, size, inks or language change (no timer: the
 * view model sends a new picture with each snapshot).
 */
final class BacklogRingSkin extends CanvasSkin<BacklogRing> {
    /** A few bytes in a huge ring still show as at least this much of a turn. */
    private static final double MIN_VISIBLE_TURN = 1.0 / 120;
    /** Outside labels need this much room beside the ring (in units). */
    private static final double SIDE_ROOM = 66;
    private static final int MAX_INNER_LABELS = 40;
    private static final int MAX_STACK = 4;
    /** Sideways tries for a crowded label, in half label widths: none, right, left, further right, further left. */
    private static final int[] SLIDES = {0, 1, -1, 2, -2};

    private GraphicsContext gc;
    private double unit;

    BacklogRingSkin(BacklogRing ring) {
        super(ring, 420, 360, 220);
        redrawOn(ring.pictureProperty(), ring.i18n().localeProperty());
    }


    /** As tall as wide (the ring is round), within bounds: the panel's lists get the rest. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return width <= 0 ? 360 : Math.max(220, Math.min(width * 0.92, 460));
    }


    @Override
    protected void draw() {
        BacklogRing ring = getSkinnable();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc = gc();
        unit = ring.scale();
        gc.setFill(ring.ink(Ink.BACKGROUND));
        gc.fillRect(0, 0, w, h);
        if (w < 40 || h < 40) {
            return;
        }
        I18n i18n = ring.i18n();
        RingPicture picture = ring.picture();
        double cx = w / 2;
        double cy = h / 2;
        double radius = Math.min(w / 2 - SIDE_ROOM * unit, h / 2 - 40 * unit);
        if (picture.master() == null || picture.backlog() == null || radius < 30) {
            String words = picture.master() == null ? i18n.get("backlog.ring.noMaster") : i18n.get("backlog.ring.none");
            // Inside the dashed circle where there is one, so the words do not cross it.
            double room = radius >= 30 ? Math.min(w * 0.8, 1.6 * radius) : w * 0.8;
            Font words15 = font(15, false);
            centredLines(wrap(words, words15, room), cx, cy, room, words15, ring.ink(Ink.MUTED));
            if (picture.master() != null && radius >= 30) {
                gc.setStroke(ring.ink(Ink.LINK));
                gc.setLineWidth(2 * unit);
                gc.setLineDashes(6 * unit, 6 * unit);
                gc.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
                gc.setLineDashes();
            }
            return;
        }
        BacklogView backlog = picture.backlog();
        RingGeometry ring0 = new RingGeometry(backlog.sizeBytes());
        double band = Math.max(14 * unit, radius * 0.2);
        List<Bounds> placed = new ArrayList<>();

        gc.setStroke(ring.ink(Ink.LINK));
        gc.setLineWidth(1.5 * unit);
        gc.setLineDashes(4 * unit, 5 * unit);
        gc.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        gc.setLineDashes();

        paintHeld(picture, ring0, cx, cy, radius, band);
        picture.flashes().forEach(f -> paintFlash(f, ring0, cx, cy, radius, band));
        if (backlog.histlen() > 0) {
            radial(ring0.before(backlog.firstByteOffset()), cx, cy, radius - band / 2, radius + band / 2,
                    ring.ink(Ink.MUTED), 2.5 * unit);
        }
        radial(ring0.after(backlog.masterOffset()), cx, cy, radius - band / 2 - 6 * unit, radius + band / 2,
                ring.ink(Ink.TEXT), 3.5 * unit);

        Bounds centre = paintCentre(backlog, cx, cy, radius - band / 2);
        placed.add(centre);
        paintInnerLabels(picture, ring0, cx, cy, radius - band / 2 - 4 * unit, placed);

        List<Bounds> outside = new ArrayList<>();
        paintFlashBanner(picture.flashes(), w, h, i18n, outside);
        double outer = radius + band / 2 + 5 * unit;
        double markerSize = 9 * unit;
        // Every marker first, then every label, so that no marker covers a label.
        for (RingPicture.AckMarker marker : picture.markers()) {
            paintMarker(marker, backlog, ring0, cx, cy, radius + band / 2, markerSize);
        }
        labelMarkers(picture, ring0, cx, cy, outer + markerSize * 1.2, outside, i18n);
    }

    /** What is lit, in words, at the foot: the arc itself has no room for a long label. */
    private void paintFlashBanner(List<RingPicture.Flash> flashes, double w, double h, I18n i18n, List<Bounds> placed) {
        List<String> lines = flashes.stream().map(flash -> flashWords(flash.range(), i18n)).toList();
        Font font = fontToFit(13.5, true, w - 16 * unit, lines.toArray(String[]::new));
        double y = h - 4 * unit - flashes.size() * font.getSize() * 1.6;
        for (int i = 0; i < flashes.size(); i++) {
            RingPicture.Flash flash = flashes.get(i);
            ServedRange range = flash.range();
            String words = lines.get(i);
            double tw = Math.min(width(words, font), w - 16 * unit);
            Color ink = flashInk(range);
            gc.setFill(ink.deriveColor(0, 1, 1, 0.25 + 0.75 * flash.strength()));
            gc.fillRoundRect(4 * unit, y, tw + 12 * unit, font.getSize() * 1.45, 8 * unit, 8 * unit);
            placed.add(new BoundingBox(4 * unit, y, tw + 12 * unit, font.getSize() * 1.45));
            text(words, 10 * unit, y + font.getSize() * 0.18, font, getSkinnable().ink(Ink.BACKGROUND), TextAlignment.LEFT,
                    w - 16 * unit);
            y += font.getSize() * 1.6;
        }
    }

    private static String flashWords(ServedRange range, I18n i18n) {
        String key = range.kind() == ServedRange.Kind.RESEND ? "backlog.ring.resend" : "backlog.ring.psync";
        return i18n.get(key, Long.toString(range.first()), Long.toString(range.last()), range.replica());
    }

    // ----- the band -----

    private void paintHeld(RingPicture picture, RingGeometry geometry, double cx, double cy, double radius, double band) {
        BacklogView backlog = picture.backlog();
        if (backlog.histlen() == 0) {
            return;
        }
        double heldTurn = geometry.span(backlog.histlen());
        if (heldTurn < MIN_VISIBLE_TURN || picture.commands().isEmpty()) {
            arc(geometry.before(backlog.firstByteOffset()), Math.max(heldTurn, MIN_VISIBLE_TURN), cx, cy, radius, band,
                    getSkinnable().ink(Ink.PACKET_WRITE));
            return;
        }
        double pixelsPerTurn = 2 * Math.PI * (radius + band / 2);
        for (HeldArcs.Arc arc : HeldArcs.of(picture.commands(), geometry, pixelsPerTurn, this::commandInk,
                getSkinnable().ink(Ink.BACKGROUND))) {
            arc(arc.startTurn(), arc.turn(), cx, cy, radius, band, arc.fill());
        }
        if (picture.commands().size() <= 400) {
            for (StreamCommand command : picture.commands()) {
                radial(geometry.before(command.first()), cx, cy, radius - band / 2, radius + band / 2,
                        getSkinnable().ink(Ink.BACKGROUND), 1.5 * unit);
            }
        }
    }

    private void paintFlash(RingPicture.Flash flash, RingGeometry geometry, double cx, double cy, double radius,
                            double band) {
        ServedRange range = flash.range();
        Color ink = flashInk(range);
        double strength = 0.35 + 0.65 * flash.strength();
        double turn = Math.max(geometry.span(range.size()), MIN_VISIBLE_TURN);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setStroke(ink.deriveColor(0, 1, 1, strength));
        gc.setLineWidth(band * 0.45);
        double r = radius + band / 2 + band * 0.25;
        gc.strokeArc(cx - r, cy - r, 2 * r, 2 * r, RingGeometry.arcStart(geometry.before(range.first())),
                -360 * turn, ArcType.OPEN);
        gc.setStroke(ink.deriveColor(0, 1, 1, strength));
        gc.setLineWidth(3 * unit);
        double inner = radius - band / 2;
        gc.strokeArc(cx - inner, cy - inner, 2 * inner, 2 * inner, RingGeometry.arcStart(geometry.before(range.first())),
                -360 * turn, ArcType.OPEN);
    }

    private Color flashInk(ServedRange range) {
        return getSkinnable().ink(range.kind() == ServedRange.Kind.RESEND ? Ink.PACKET_RESEND : Ink.PACKET_SYNC);
    }

    /** The command's kind, coloured as the canvas colours its packet. */
    private Color commandInk(StreamCommand command) {
        Ink ink = switch (command.name()) {
            case "PING" -> Ink.PACKET_PING;
            case "REPLCONF" -> Ink.PACKET_GETACK;
            case "SELECT" -> Ink.PACKET_OTHER;
            default -> Ink.PACKET_WRITE;
        };
        return getSkinnable().ink(ink);
    }

    private void arc(double startTurn, double turn, double cx, double cy, double radius, double band, Color fill) {
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setStroke(fill);
        gc.setLineWidth(band);
        gc.strokeArc(cx - radius, cy - radius, 2 * radius, 2 * radius, RingGeometry.arcStart(startTurn), -360 * turn,
                ArcType.OPEN);
    }

    private void radial(double turn, double cx, double cy, double from, double to, Color ink, double width) {
        double a = RingGeometry.radians(turn);
        gc.setStroke(ink);
        gc.setLineWidth(width);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.strokeLine(cx + from * Math.cos(a), cy + from * Math.sin(a), cx + to * Math.cos(a), cy + to * Math.sin(a));
    }

    // ----- words -----

    private Bounds paintCentre(BacklogView backlog, double cx, double cy, double inner) {
        I18n i18n = getSkinnable().i18n();
        Font big = font(Math.min(34, inner * 0.32 / unit), true);
        String held = i18n.get("backlog.ring.held", ByteSize.text(backlog.histlen()), ByteSize.text(backlog.sizeBytes()));
        double used = 100.0 * backlog.histlen() / backlog.sizeBytes();
        String usage = used >= 1 ? "" : i18n.get("backlog.ring.used",
                used < 0.01 ? "< 0.01" : String.format(Locale.ROOT, "%.2f", used));
        double maxW = inner * 1.75;
        Font small = fontToFit(13, false, maxW, i18n.get("backlog.ring.masterOffset"), held, usage);
        double bigH = big.getSize() * 1.15;
        double smallH = small.getSize() * 1.3;
        double total = bigH + smallH * (usage.isEmpty() ? 2 : 3);
        double y = cy - total / 2;
        Color text = getSkinnable().ink(Ink.TEXT);
        Color muted = getSkinnable().ink(Ink.MUTED);
        double widest = 0;
        widest = Math.max(widest, text(Long.toString(backlog.masterOffset()), cx, y, big, text, TextAlignment.CENTER, maxW));
        y += bigH;
        widest = Math.max(widest, text(i18n.get("backlog.ring.masterOffset"), cx, y, small, muted, TextAlignment.CENTER, maxW));
        y += smallH;
        widest = Math.max(widest, text(held, cx, y, small, muted, TextAlignment.CENTER, maxW));
        y += smallH;
        if (!usage.isEmpty()) {
            widest = Math.max(widest, text(usage, cx, y, small, muted, TextAlignment.CENTER, maxW));
        }
        return new BoundingBox(cx - widest / 2, cy - total / 2, widest, total);
    }

    /** Command labels just inside the band, newest first, where there is room. */
    private void paintInnerLabels(RingPicture picture, RingGeometry geometry, double cx, double cy, double r,
                                  List<Bounds> placed) {
        Font font = font(12.5, false);
        Color ink = getSkinnable().ink(Ink.TEXT);
        int drawn = 0;
        List<StreamCommand> commands = picture.commands();
        for (int i = commands.size() - 1; i >= 0 && drawn < MAX_INNER_LABELS; i--) {
            StreamCommand command = commands.get(i);
            double turn = geometry.span(command.size());
            double arc = turn * 2 * Math.PI * r;
            String label = command.cut() ? "…" : command.label();
            // No label is narrower than one narrow letter (a fifth of the font's size): most of a
            // large ring's thousands of commands are thinner than that, and are passed over
            // without measuring their words.
            if (arc < font.getSize() * 0.2 * 0.9) {
                continue;
            }
            double width = width(label, font);
            if (arc < Math.min(width, 60 * unit) * 0.9) {
                continue;
            }
            double a = RingGeometry.radians(geometry.before(command.first()) + turn / 2);
            double ax = cx + r * Math.cos(a);
            double ay = cy + r * Math.sin(a);
            double maxWidth = r * 0.9;
            double shown = Math.min(width, maxWidth);
            double x = Math.cos(a) > 0.3 ? ax - shown : Math.cos(a) < -0.3 ? ax : ax - shown / 2;
            double lineH = font.getSize() * 1.25;
            double y = Math.sin(a) > 0.3 ? ay - lineH : Math.sin(a) < -0.3 ? ay : ay - lineH / 2;
            Bounds box = new BoundingBox(x, y, shown, lineH);
            if (placed.stream().anyMatch(b -> b.intersects(box))) {
                continue;
            }
            placed.add(box);
            text(label, x, y, font, ink, TextAlignment.LEFT, maxWidth);
            drawn++;
        }
    }

    /** Where a replica's marker points: just after its acknowledged byte, or at the oldest byte once that has gone. */
    private static double markerTurn(RingPicture.AckMarker marker, BacklogView backlog, RingGeometry geometry) {
        return gone(marker, backlog) ? geometry.before(backlog.firstByteOffset()) : geometry.after(marker.ackOffset());
    }

    /** Its next byte has left the ring: it can only catch up by a full resync. */
    private static boolean gone(RingPicture.AckMarker marker, BacklogView backlog) {
        return marker.ackOffset() < backlog.firstByteOffset() - 1;
    }

    private void paintMarker(RingPicture.AckMarker marker, BacklogView backlog, RingGeometry geometry, double cx,
                             double cy, double ringEdge, double size) {
        double a = RingGeometry.radians(markerTurn(marker, backlog, geometry));
        double tipX = cx + ringEdge * Math.cos(a);
        double tipY = cy + ringEdge * Math.sin(a);
        double baseX = cx + (ringEdge + size * 1.6) * Math.cos(a);
        double baseY = cy + (ringEdge + size * 1.6) * Math.sin(a);
        double nx = -Math.sin(a) * size * 0.8;
        double ny = Math.cos(a) * size * 0.8;
        gc.setFill(getSkinnable().ink(ReplicaMarks.ink(marker.replica())));
        gc.fillPolygon(new double[] {tipX, baseX + nx, baseX - nx}, new double[] {tipY, baseY + ny, baseY - ny}, 3);
    }

    /**
     * The head's label, the oldest byte's, and one label per acknowledged offset: replicas at the same
     * offset share a label, and those caught up with the master join the head's ("head 334 · r1 r2 ✓").
     */
    private void labelMarkers(RingPicture picture, RingGeometry geometry, double cx, double cy, double r,
                              List<Bounds> outside, I18n i18n) {
        BacklogView backlog = picture.backlog();
        Map<Long, List<RingPicture.AckMarker>> byOffset = new TreeMap<>();
        picture.markers().forEach(m -> byOffset.computeIfAbsent(m.ackOffset(), k -> new ArrayList<>()).add(m));
        List<RingPicture.AckMarker> caughtUp = byOffset.getOrDefault(backlog.masterOffset(), List.of());
        String head = i18n.get("backlog.ring.head", Long.toString(backlog.masterOffset()));
        if (!caughtUp.isEmpty()) {
            head = i18n.get("backlog.ring.caughtUp", head, names(caughtUp));
        }
        outerLabel(geometry.after(backlog.masterOffset()), head, getSkinnable().ink(Ink.TEXT), true, cx, cy, r, outside);
        if (backlog.histlen() > 0 && backlog.histlen() < backlog.sizeBytes()) {
            outerLabel(geometry.before(backlog.firstByteOffset()),
                    i18n.get("backlog.ring.oldest", Long.toString(backlog.firstByteOffset())),
                    getSkinnable().ink(Ink.MUTED), false, cx, cy, r, outside);
        }
        byOffset.forEach((offset, markers) -> {
            if (offset == backlog.masterOffset()) {
                return;
            }
            RingPicture.AckMarker first = markers.get(0);
            boolean gone = gone(first, backlog);
            String text = i18n.get(gone ? "backlog.ring.gone" : "backlog.ring.ack", names(markers), Long.toString(offset));
            Color ink = gone ? getSkinnable().ink(Ink.DANGER) : markers.size() == 1
                    ? getSkinnable().ink(ReplicaMarks.ink(first.replica())) : getSkinnable().ink(Ink.TEXT);
            outerLabel(markerTurn(first, backlog, geometry), text, ink, true, cx, cy, r, outside);
        });
    }

    private static String names(List<RingPicture.AckMarker> markers) {
        return markers.stream().map(m -> ReplicaMarks.shortName(m.replica())).collect(Collectors.joining(" "));
    }

    /**
     * A label outside the ring at a turn: where it belongs, or pushed outwards, or slid sideways
     * (at the top and bottom edges there is no room outwards) until it overlaps no other label,
     * with a leader line back to its place when it moved.
     */
    private void outerLabel(double turn, String text, Color ink, boolean bold, double cx, double cy, double r,
                            List<Bounds> placed) {
        Font font = font(13.5, bold);
        double w = width(text, font) + 6 * unit;
        double h = font.getSize() * 1.3;
        double a = RingGeometry.radians(turn);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        Bounds chosen = null;
        for (int level = 0; level < MAX_STACK && chosen == null; level++) {
            double ax = cx + (r + level * h * 0.95) * cos;
            double ay = cy + (r + level * h * 0.95) * sin;
            for (int slide : SLIDES) {
                double x = (cos > 0.25 ? ax : cos < -0.25 ? ax - w : ax - w / 2) + slide * (w / 2 + 4 * unit);
                double y = sin > 0.25 ? ay : sin < -0.25 ? ay - h : ay - h / 2;
                x = Math.max(2, Math.min(canvas.getWidth() - w - 2, x));
                y = Math.max(2, Math.min(canvas.getHeight() - h - 2, y));
                Bounds box = new BoundingBox(x, y, w, h);
                if (placed.stream().noneMatch(b -> b.intersects(box))) {
                    chosen = box;
                    break;
                }
            }
        }
        if (chosen == null) {
            return; // no room anywhere: the list under the ring says it in words
        }
        placed.add(chosen);
        double homeX = cx + r * cos;
        double homeY = cy + r * sin;
        if (!chosen.contains(homeX, homeY)) {
            gc.setStroke(ink);
            gc.setLineWidth(unit);
            double toX = Math.max(chosen.getMinX(), Math.min(chosen.getMaxX(), homeX));
            double toY = Math.max(chosen.getMinY(), Math.min(chosen.getMaxY(), homeY));
            gc.strokeLine(cx + (r - 8 * unit) * cos, cy + (r - 8 * unit) * sin, toX, toY);
        }
        gc.setFill(getSkinnable().ink(Ink.LABEL_FILL));
        gc.fillRoundRect(chosen.getMinX(), chosen.getMinY(), w, h, 6 * unit, 6 * unit);
        text(text, chosen.getMinX() + 3 * unit, chosen.getMinY() + h * 0.08, font, ink, TextAlignment.LEFT, Double.MAX_VALUE);
    }

    private void centredLines(List<String> lines, double cx, double cy, double maxWidth, Font font, Color ink) {
        double h = font.getSize() * 1.35;
        double y = cy - h * lines.size() / 2;
        for (String line : lines) {
            text(line, cx, y, font, ink, TextAlignment.CENTER, maxWidth);
            y += h;
        }
    }
}
