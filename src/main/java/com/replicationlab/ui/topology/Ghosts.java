package com.replicationlab.ui.topology;

import com.replicationlab.lab.TraceKind;
import com.replicationlab.lab.TraceRecord;
import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.i18n.I18n;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Packets that left the network badly, drawn for a moment after: a lost packet falls away from
 * where it was lost, leaving a red cross; a discarded one (arrived on a closed connection, or a
 * duplicate) fades at the receiver with a "discarded" mark. Timed in wall time, so they show
 * even while paused; with reduced motion they fade in place.
 */
final class Ghosts {
    private static final double FALL_SECONDS = 1.4;
    private static final double SHOWN_SECONDS = 2.6;
    /** Enough for heavy loss; the oldest go first. */
    private static final int MAX_GHOSTS = 200;

    private final Deque<Ghost> ghosts = new ArrayDeque<>();

    /** A trace record: if it is a loss or a discard of a packet seen in flight, that packet's ghost starts. */
    void consider(TraceRecord record, LongFunction<Optional<PacketView>> packets, long nowNanos) {
        boolean lost = record.kind() == TraceKind.DROPPED;
        if ((!lost && record.kind() != TraceKind.DISCARDED) || record.packetId() == 0) {
            return;
        }
        packets.apply(record.packetId()).ifPresent(packet -> {
            double t;
            if (!lost) {
                t = 1;
            } else if (packet.willBeLost()) {
                t = 0.5;
            } else {
                double span = Math.max(1, packet.dueMs() - packet.sentMs());
                t = Math.max(0, Math.min(1, (record.timeMs() - packet.sentMs()) / span));
            }
            if (ghosts.size() == MAX_GHOSTS) {
                ghosts.pollFirst();
            }
            ghosts.addLast(new Ghost(packet, t, lost, nowNanos));
        });
    }

    void clear() {
        ghosts.clear();
    }

    /** Whether any ghost is still showing (so the next frame must be drawn). */
    boolean showing() {
        return !ghosts.isEmpty();
    }

    void paint(Pen pen, Frame frame, I18n i18n, long nowNanos, boolean reducedMotion) {
        double u = pen.unit;
        double r = 10 * u;
        Iterator<Ghost> it = ghosts.iterator();
        while (it.hasNext()) {
            Ghost ghost = it.next();
            double age = (nowNanos - ghost.startNanos) / 1e9;
            if (age > SHOWN_SECONDS) {
                it.remove();
                continue;
            }
            LinkLine link = frame.linkOf(ghost.packet.from(), ghost.packet.to());
            if (link == null) {
                continue;
            }
            Lane lane = link.laneOf(ghost.packet.from(), ghost.packet.to());
            double x = lane.xAt(ghost.t);
            double y = lane.yAt(ghost.t);
            double fade = 1 - Math.min(1, age / SHOWN_SECONDS);
            int side = frame.outwards(link, lane);
            if (ghost.lost && !reducedMotion && age < FALL_SECONDS) {
                double fall = age / FALL_SECONDS;
                pen.gc.save();
                pen.gc.setGlobalAlpha(1 - fall);
                pen.gc.translate(x + side * 40 * u * fall, y + 140 * u * fall * fall);
                pen.gc.rotate(side * 120 * fall);
                PacketGlyph.draw(pen.gc, ghost.packet.kind(), 0, 0, r, pen.ink(Ink.of(ghost.packet.kind())),
                        pen.ink(Ink.TEXT), true);
                pen.gc.restore();
            } else if (!ghost.lost || reducedMotion) {
                pen.gc.save();
                pen.gc.setGlobalAlpha(0.5 * fade);
                PacketGlyph.draw(pen.gc, ghost.packet.kind(), x, y, r, pen.ink(Ink.of(ghost.packet.kind())),
                        pen.ink(Ink.TEXT), true);
                pen.gc.restore();
            }
            pen.gc.save();
            pen.gc.setGlobalAlpha(Math.min(1, fade * 1.5));
            Color mark = ghost.lost ? pen.ink(Ink.DANGER) : pen.ink(Ink.MUTED);
            cross(pen, x, y, 1.2 * r, mark);
            Font font = pen.font(12, true);
            String word = ghost.lost ? i18n.get("packet.lost") : i18n.get("packet.discarded");
            Box size = pen.labelBox(word, 0, 0, font);
            double down = lane.yAt(ghost.t) - lane.yAt(Math.max(0, ghost.t - 0.1));
            pen.label(word, x + side * (size.w() / 2 + 16 * u), y + wordDrop(ghost.lost, down) * 14 * u, font,
                    pen.ink(Ink.CARD_FILL), mark, null);
            pen.gc.restore();
        }
    }

    /**
     * Where a ghost's word goes, in units below the ghost: a lost packet's below it, on its line; a
     * discarded one lies at its receiver's edge, so its word goes back along the line ({@code down}:
     * how the line runs there), off the receiver's card.
     */
    static double wordDrop(boolean lost, double down) {
        return lost ? 1 : -Math.signum(down);
    }

    private static void cross(Pen pen, double x, double y, double r, Color colour) {
        pen.gc.setStroke(colour);
        pen.gc.setLineWidth(Math.max(2, r * 0.35));
        pen.gc.strokeLine(x - r, y - r, x + r, y + r);
        pen.gc.strokeLine(x - r, y + r, x + r, y - r);
    }

    private record Ghost(PacketView packet, double t, boolean lost, long startNanos) {
    }
}
