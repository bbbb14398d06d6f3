package com.replicationlab.ui.topology;

import com.replicationlab.lab.snapshot.PacketView;
import com.replicationlab.ui.i18n.I18n;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The packets in flight, each on its lane at the lab clock: its glyph, and beside it its label
 * ("SET key value · 33 B", "ACK 200") where there is room. A packet that will be lost has a
 * dashed outline; a held one waits half way with a pause mark.
 */
final class PacketPainter {
    private static final double GLYPH = 10;
    private static final double LABEL_GAP = 12;

    private final Pen pen;
    private final I18n i18n;

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
            placed.add(new Placed(packet, lane, lane.xAt(t), lane.yAt(t), lane == link.down() ? -1 : 1));
        }
        for (Placed p : placed) {
            Color fill = pen.ink(Ink.of(p.packet.kind()));
            PacketGlyph.draw(pen.gc, p.packet.kind(), p.x, p.y, r, fill, pen.ink(Ink.TEXT), p.packet.willBeLost());
            if (p.packet.held()) {
                pauseMark(p.x + p.side * 2.6 * r, p.y - 1.6 * r, r);
            }
            if (p.packet.id() == selectedId) {
                pen.gc.setStroke(pen.ink(Ink.SELECTION));
                pen.gc.setLineWidth(3 * u);
                pen.gc.strokeOval(p.x - 2.3 * r, p.y - 2.3 * r, 4.6 * r, 4.6 * r);
            }
            spots.add(new PacketSpot(p.packet.id(), p.x, p.y, 2.2 * r));
        }
        labels(placed, selectedId, occupied);
        return spots;
    }

    /** Labels, most telling first (the selected, held, doomed, then the oldest), where they do not overlap. */
    private void labels(List<Placed> placed, long selectedId, List<Box> occupied) {
        Font font = pen.font(14, false);
        Font bold = pen.font(14, true);
        double u = pen.unit;
        List<Placed> order = new ArrayList<>(placed);
        order.sort(Comparator.comparingInt((Placed p) -> p.packet.id() == selectedId ? 0 : p.packet.held() ? 1
                : p.packet.willBeLost() ? 2 : 3).thenComparingLong(p -> p.packet.id()));
        for (Placed p : order) {
            String text = p.packet.held() ? i18n.get("packet.held", p.packet.label()) : p.packet.label();
            Font f = p.packet.id() == selectedId ? bold : font;
            Box size = pen.labelBox(text, 0, 0, f);
            double cx = p.x + p.side * (size.w() / 2 + LABEL_GAP * u + GLYPH * u);
            Box box = pen.labelBox(text, cx, p.y, f);
            if (occupied.stream().anyMatch(box::intersects)) {
                continue;
            }
            occupied.add(box);
            Color kindInk = pen.ink(Ink.of(p.packet.kind()));
            pen.label(text, cx, p.y, f, pen.ink(Ink.TEXT), pen.ink(Ink.LABEL_FILL), kindInk);
        }
    }

    private void pauseMark(double x, double y, double r) {
        pen.gc.setFill(pen.ink(Ink.WARN));
        pen.gc.fillRect(x - 0.7 * r, y, 0.5 * r, 1.6 * r);
        pen.gc.fillRect(x + 0.2 * r, y, 0.5 * r, 1.6 * r);
    }

    private record Placed(PacketView packet, Lane lane, double x, double y, int side) {
    }
}
