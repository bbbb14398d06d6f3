package com.replicationlab.ui.topology;

import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.PacketLabels;
import com.replicationlab.ui.i18n.I18n;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packets in flight, each on its lane at the lab clock: its glyph, and beside it its label
 * ("SET key value · 33 B", "ACK 200") where there is room. A packet that will be lost has a
 * dashed outline; a held one waits half way with a pause mark.
 */
final class PacketPainter {
    private static final double GLYPH = 10;
    private static final double LABEL_GAP = 12;
    /** Glyphs drawn for a stack of packets at one place; the count says how many there are. */
    private static final int MAX_STACK = 4;

    private final Pen pen;
    private final I18n i18n;
    private final GlyphStamps stamps = new GlyphStamps();

    PacketPainter(Pen pen, I18n i18n) {
        this.pen = pen;
        this.i18n = i18n;
    }

    /**
     * @param occupied boxes labels must not cover (the cards); labels drawn are added to it
     * @return where each packet was drawn
     */
    List<PacketSpot> paint(Frame frame, long selectedId, List<Box> occupied) {
        double u = pen.unit;
        double r = GLYPH * u;
        List<PacketSpot> spots = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (PacketView packet : frame.snapshot.packets()) {
            LinkLine link = frame.linkOf(packet.from(), packet.to());
            if (link == null) {
                continue;
            }
            Lane lane = link.laneOf(packet.from(), packet.to());
            double t = frame.progress(packet);
            placed.add(new Placed(packet, lane, lane.xAt(t), lane.yAt(t), frame.outwards(link, lane)));
        }
        List<List<Placed>> groups = groups(placed, 2.4 * r);
        for (List<Placed> group : groups) {
            // (drawn first, labelled after, so labels can keep clear of every glyph)
            // Packets too close to tell apart are drawn as a small stack with a count.
            for (int i = Math.min(group.size(), MAX_STACK) - 1; i >= 0; i--) {
                Placed p = group.get(i);
                double shift = i * 0.5 * r;
                Color fill = pen.ink(Ink.of(p.packet.kind()));
                stamps.draw(pen.gc, p.packet.kind(), p.x + shift, p.y - shift, r, fill, pen.ink(Ink.TEXT),
                        p.packet.willBeLost());
            }
            Placed top = group.get(0);
            if (top.packet.held()) {
                pauseMark(top.x + top.side * 2.6 * r, top.y - 1.6 * r, r);
            }
            if (group.size() > 1) {
                countBadge(top.x + 1.9 * r, top.y - 1.9 * r, group.size(), r);
            }
            for (Placed p : group) {
                if (p.packet.id() == selectedId) {
                    pen.gc.setStroke(pen.ink(Ink.SELECTION));
                    pen.gc.setLineWidth(3 * u);
                    pen.gc.strokeOval(p.x - 2.3 * r, p.y - 2.3 * r, 4.6 * r, 4.6 * r);
                }
                spots.add(new PacketSpot(p.packet.id(), p.x, p.y, 2.2 * r));
            }
        }
        labels(groups, selectedId, occupied, r, pen.gc.getCanvas().getWidth(), pen.gc.getCanvas().getHeight());
        return spots;
    }

    /**
     * Packets of one lane that sit within {@code distance} of each other, as groups: lane by lane
     * (ordered by "sender>receiver"), oldest first within a lane.
     */
    private static List<List<Placed>> groups(List<Placed> placed, double distance) {
        // Sorted lane by lane rather than all at once: a frame has a few lanes and hundreds of packets.
        Map<Lane, List<Placed>> byLane = new IdentityHashMap<>();
        for (Placed p : placed) {
            byLane.computeIfAbsent(p.lane, lane -> new ArrayList<>()).add(p);
        }
        List<Lane> lanes = new ArrayList<>(byLane.keySet());
        lanes.sort(Comparator.comparing(lane -> lane.from() + ">" + lane.to()));
        List<List<Placed>> groups = new ArrayList<>();
        for (Lane lane : lanes) {
            List<Placed> onLane = byLane.get(lane);
            onLane.sort(Comparator.comparingLong(p -> p.packet.id()));
            List<Placed> last = null;
            for (Placed p : onLane) {
                Placed anchor = last == null ? null : last.get(0);
                if (anchor != null && anchor.packet.held() == p.packet.held()
                        && anchor.packet.willBeLost() == p.packet.willBeLost()
                        && Math.hypot(anchor.x - p.x, anchor.y - p.y) < distance) {
                    last.add(p);
                } else {
                    last = new ArrayList<>();
                    last.add(p);
                    groups.add(last);
                }
            }
        }
        return groups;
    }

    /** Labels, most telling first (the selected, held, doomed, then the oldest), where they do not overlap. */
    private void labels(List<List<Placed>> groups, long selectedId, List<Box> occupied, double r, double width,
                        double height) {
        Font font = pen.font(14, false);
        Font bold = pen.font(14, true);
        double u = pen.unit;
        List<Ranked> order = new ArrayList<>(groups.size());
        for (List<Placed> group : groups) {
            boolean selected = holds(group, selectedId);
            order.add(new Ranked(group, selected, rank(group, selected)));
        }
        order.sort(Comparator.comparingInt(Ranked::rank).thenComparingLong(g -> g.group.get(0).packet.id()));
        List<Box> glyphs = groups.stream().map(g -> glyphBox(g, r)).toList();
        for (Ranked ranked : order) {
            List<Placed> group = ranked.group;
            Placed p = group.get(0);
            String text = text(group);
            Font f = ranked.selected ? bold : font;
            Box size = pen.labelBox(text, 0, 0, f);
            Box own = glyphBox(group, r);
            Box free = candidates(p, own, size, u).stream()
                    .filter(box -> box.x() >= 0 && box.x() + box.w() <= width && box.y() >= 0 && box.bottom() <= height)
                    .filter(box -> occupied.stream().noneMatch(box::intersects))
                    .filter(box -> glyphs.stream().noneMatch(g -> g != own && g.intersects(box)))
                    .findFirst().orElse(null);
            if (free != null) {
                occupied.add(free);
                leader(own, free, pen.ink(Ink.of(p.packet.kind())));
                pen.label(text, free.centreX(), free.y() + free.h() / 2, f, pen.ink(Ink.TEXT), pen.ink(Ink.LABEL_FILL),
                        pen.ink(Ink.of(p.packet.kind())));
            }
        }
    }

    /** Where a group's label may go: beside it on its own side of the lane, a little above or below, then the other side. */
    private static List<Box> candidates(Placed p, Box glyph, Box size, double u) {
        List<Box> boxes = new ArrayList<>();
        double gap = LABEL_GAP * u / 2;
        for (int side : new int[] {p.side, -p.side}) {
            double x = side < 0 ? glyph.x() - gap - size.w() : glyph.x() + glyph.w() + gap;
            for (double dy : new double[] {0, -1.1, 1.1, -2.2, 2.2}) {
                boxes.add(new Box(x, p.y - size.h() / 2 + dy * size.h(), size.w(), size.h()));
            }
        }
        return boxes;
    }

    /** A thin line from the glyphs to their label, so a label set aside still shows whose it is. */
    private void leader(Box glyph, Box label, Color colour) {
        double fromX = label.x() > glyph.x() ? glyph.x() + glyph.w() : glyph.x();
        double toX = label.x() > glyph.x() ? label.x() : label.x() + label.w();
        double fromY = glyph.y() + glyph.h() / 2;
        double toY = Math.max(label.y() + 2, Math.min(label.bottom() - 2, fromY));
        pen.gc.setStroke(colour);
        pen.gc.setLineWidth(Math.max(1, 1.2 * pen.unit));
        pen.gc.strokeLine(fromX, fromY, toX, toY);
    }

    /** The space a group's glyphs take (a stack grows up and to the right). */
    private static Box glyphBox(List<Placed> group, double r) {
        Placed p = group.get(0);
        double stack = (Math.min(group.size(), MAX_STACK) - 1) * 0.5 * r;
        return new Box(p.x - 1.7 * r, p.y - 1.3 * r - stack, 3.4 * r + stack, 2.6 * r + stack);
    }

    private static int rank(List<Placed> group, boolean selected) {
        PacketView first = group.get(0).packet;
        return selected ? 0 : first.held() ? 1 : first.willBeLost() ? 2 : 3;
    }

    private static boolean holds(List<Placed> group, long packetId) {
        for (Placed p : group) {
            if (p.packet.id() == packetId) {
                return true;
            }
        }
        return false;
    }

    /** One packet's own label; for a stack, the first one's and how many more there are. */
    private String text(List<Placed> group) {
        PacketView first = group.get(0).packet;
        String own = PacketLabels.localized(first.label(), first.labelWording(), i18n);
        String label = first.held() ? i18n.get("packet.held", own) : own;
        if (group.size() == 1) {
            return label;
        }
        return i18n.get("packet.group", label, group.size() - 1);
    }

    private void countBadge(double x, double y, int count, double r) {
        Font font = pen.font(11, true);
        pen.label(Integer.toString(count), x, y, font, pen.ink(Ink.CARD_FILL), pen.ink(Ink.TEXT), null);
    }

    private void pauseMark(double x, double y, double r) {
        pen.gc.setFill(pen.ink(Ink.WARN));
        pen.gc.fillRect(x - 0.7 * r, y, 0.5 * r, 1.6 * r);
        pen.gc.fillRect(x + 0.2 * r, y, 0.5 * r, 1.6 * r);
    }

    /** A packet where it is drawn. */
    private record Placed(PacketView packet, Lane lane, double x, double y, int side) {
    }

    /**
     * A group, whether it holds the selected packet and how telling its label is, worked out once
     * per frame rather than at every comparison of a sort.
     */
    private record Ranked(List<Placed> group, boolean selected, int rank) {
    }
}
