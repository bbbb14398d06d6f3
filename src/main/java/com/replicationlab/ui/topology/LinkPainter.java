package com.replicationlab.ui.topology;

import com.replicationlab.lab.snapshot.LinkView;
import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.i18n.I18n;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import java.util.ArrayList;
import java.util.List;

/**
 * A replica's link: two lanes (stream down, ACKs up) with arrowheads; dashed while the replica is
 * not connected, dotted when remembered from before a crash, cut in the middle when killed; and
 * the faults armed on each direction as small badges in words.
 */
final class LinkPainter {
    /** Badges sit between these fractions of a lane, from its sender. */
    private static final double BADGE_FROM = 0.22;
    private static final double BADGE_TO = 0.8;
    private static final double BADGE_STEP = 0.1;
    private static final double CUT_FROM = 0.43;
    private static final double CUT_TO = 0.57;

    private final Pen pen;
    private final I18n i18n;

    LinkPainter(Pen pen, I18n i18n) {
        this.pen = pen;
        this.i18n = i18n;
    }

    /** Lines first, so that cards and packets are drawn over them. */
    void paintLines(LinkLine link, Frame frame, boolean selected) {
        double u = pen.unit;
        NodeView replica = frame.snapshot.node(link.replica());
        boolean dead = cut(frame, link);
        Color colour;
        double[] dashes;
        if (!link.current()) {
            colour = pen.ink(Ink.MUTED);
            dashes = new double[] {2 * u, 6 * u};
        } else if (replica.linkState().equals("connected")) {
            colour = pen.ink(Ink.LINK);
            dashes = new double[0];
        } else {
            colour = pen.ink(Ink.WARN);
            dashes = new double[] {10 * u, 7 * u};
        }
        if (dead) {
            colour = pen.ink(Ink.DANGER);
        }
        double width = (selected ? 4 : 2.6) * u;
        for (Lane lane : List.of(link.down(), link.up())) {
            pen.gc.setStroke(colour);
            pen.gc.setLineWidth(width);
            pen.gc.setLineDashes(dashes);
            if (dead) {
                segment(lane, 0, CUT_FROM);
                segment(lane, CUT_TO, 1);
            } else {
                segment(lane, 0, 1);
            }
            pen.gc.setLineDashes();
            arrowhead(lane, colour);
        }
        if (dead) {
            cutMark(link, colour);
        }
    }

    /** Badges after the cards, so they stay readable. */
    void paintBadges(LinkLine link, Frame frame, long defaultLatencyMs, List<Box> occupied) {
        badges(link.down(), frame, defaultLatencyMs, -1, occupied);
        badges(link.up(), frame, defaultLatencyMs, 1, occupied);
        if (cut(frame, link)) {
            Lane lane = link.down();
            double cx = (link.down().xAt(0.5) + link.up().xAt(0.5)) / 2;
            double cy = (lane.yAt(0.5) + link.up().yAt(0.5)) / 2;
            Font font = pen.font(13, true);
            occupied.add(pen.label(i18n.get("link.cut"), cx, cy + 26 * pen.unit, font, pen.ink(Ink.CARD_FILL),
                    pen.ink(Ink.DANGER), null));
        }
    }

    private void badges(Lane lane, Frame frame, long defaultLatencyMs, int side, List<Box> occupied) {
        LinkView view = view(frame, lane.from(), lane.to());
        if (view == null) {
            return;
        }
        List<String> words = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        if (view.dropNextArmed() > 0) {
            words.add(i18n.get("link.badge.dropNext", view.dropNextArmed()));
            colours.add(pen.ink(Ink.DANGER));
        }
        if (view.dropRatePercent() > 0) {
            words.add(i18n.get("link.badge.dropRate", view.dropRatePercent()));
            colours.add(pen.ink(Ink.DANGER));
        }
        if (view.duplicateNextArmed() > 0) {
            words.add(i18n.get("link.badge.duplicateNext", view.duplicateNextArmed()));
            colours.add(pen.ink(Ink.WARN));
        }
        if (view.holdNextArmed() > 0) {
            words.add(i18n.get("link.badge.holdNext", view.holdNextArmed()));
            colours.add(pen.ink(Ink.WARN));
        }
        if (view.latencyMs() != defaultLatencyMs || view.jitterMs() > 0) {
            words.add(view.jitterMs() > 0 ? i18n.get("link.badge.latencyJitter", view.latencyMs(), view.jitterMs())
                    : i18n.get("link.badge.latency", view.latencyMs()));
            colours.add(pen.ink(Ink.WARN));
        }
        Font font = pen.font(12, true);
        double u = pen.unit;
        double t = BADGE_FROM;
        for (int i = 0; i < words.size(); i++) {
            double width = pen.labelBox(words.get(i), 0, 0, font).w();
            t = freePlace(lane, t, side * (width / 2 + 10 * u), words.get(i), font, occupied);
            double cx = lane.xAt(t) + side * (width / 2 + 10 * u);
            occupied.add(pen.label(words.get(i), cx, lane.yAt(t), font, pen.ink(Ink.CARD_FILL), colours.get(i), null));
            t += BADGE_STEP;
        }
    }

    /**
     * Where along the lane, from {@code t} on, a badge covers nothing drawn before it: where lanes
     * crowd together (many replicas, near the master) it slides on towards the other end.
     */
    private double freePlace(Lane lane, double t, double dx, String words, Font font, List<Box> occupied) {
        for (double at = t; at <= BADGE_TO; at += BADGE_STEP / 2) {
            Box box = pen.labelBox(words, lane.xAt(at) + dx, lane.yAt(at), font);
            if (occupied.stream().noneMatch(box::intersects)) {
                return at;
            }
        }
        return t;
    }

    private void segment(Lane lane, double from, double to) {
        pen.gc.strokeLine(lane.xAt(from), lane.yAt(from), lane.xAt(to), lane.yAt(to));
    }

    private void arrowhead(Lane lane, Color colour) {
        double u = pen.unit;
        double len = lane.length();
        if (len < 1) {
            return;
        }
        double ux = (lane.x2() - lane.x1()) / len;
        double uy = (lane.y2() - lane.y1()) / len;
        double size = 9 * u;
        double tipX = lane.x2() - ux * 3 * u;
        double tipY = lane.y2() - uy * 3 * u;
        double baseX = tipX - ux * size;
        double baseY = tipY - uy * size;
        pen.gc.setFill(colour);
        pen.gc.fillPolygon(new double[] {tipX, baseX + uy * size * 0.55, baseX - uy * size * 0.55},
                new double[] {tipY, baseY - ux * size * 0.55, baseY + ux * size * 0.55}, 3);
    }

    /** Two short slashes across the gap, like a cut wire. */
    private void cutMark(LinkLine link, Color colour) {
        double u = pen.unit;
        pen.gc.setStroke(colour);
        pen.gc.setLineWidth(3 * u);
        for (Lane lane : List.of(link.down(), link.up())) {
            for (double t : new double[] {CUT_FROM, CUT_TO}) {
                double x = lane.xAt(t);
                double y = lane.yAt(t);
                pen.gc.strokeLine(x - 7 * u, y + 4 * u, x + 7 * u, y - 4 * u);
            }
        }
    }

    /** Whether the link is killed in either direction: drawn cut in the middle. */
    static boolean cut(Frame frame, LinkLine link) {
        return dead(frame, link.master(), link.replica()) || dead(frame, link.replica(), link.master());
    }

    private static boolean dead(Frame frame, String from, String to) {
        LinkView view = view(frame, from, to);
        return view != null && view.dead();
    }

    private static LinkView view(Frame frame, String from, String to) {
        return frame.snapshot.links().stream().filter(l -> l.from().equals(from) && l.to().equals(to)).findFirst()
                .orElse(null);
    }
}
