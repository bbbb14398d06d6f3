package com.replicationlab.ui.topology;

import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.lab.snapshot.ReplicaView;
import com.replicationlab.ui.i18n.I18n;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A node's card: name and role, replication ID, the offset in large digits, keys and the state
 * of its replication (a replica's link and ACK age, a master's good replicas and whether it takes
 * writes). A crashed node is drawn greyed out and says so.
 */
final class CardPainter {
    private static final int REPLID_SHOWN = 8;

    private final Pen pen;
    private final I18n i18n;

    CardPainter(Pen pen, I18n i18n) {
        this.pen = pen;
        this.i18n = i18n;
    }

    /**
     * The card's shape, which changes only with the node's state: its fill and border, the dashed
     * inner border of a crashed node, the role tag's chip. Drawn by the {@link Backdrop}.
     */
    void paintShape(NodeView node, Box box, boolean selected) {
        double u = pen.unit;
        Color border = selected ? pen.ink(Ink.SELECTION) : pen.ink(Ink.CARD_BORDER);
        pen.gc.setEffect(null);
        pen.chip(box, node.up() ? pen.ink(Ink.CARD_FILL) : pen.ink(Ink.CARD_FILL_DOWN), border, 16 * u,
                (selected ? 4 : 1.6) * u);
        if (!node.up()) {
            pen.gc.setLineDashes(8 * u, 6 * u);
            pen.gc.setStroke(pen.ink(Ink.MUTED));
            pen.gc.setLineWidth(2 * u);
            pen.gc.strokeRoundRect(box.x() + 5 * u, box.y() + 5 * u, box.w() - 10 * u, box.h() - 10 * u, 12 * u, 12 * u);
            pen.gc.setLineDashes();
        }
        Box tag = roleTag(node, box);
        if (tag != null) {
            pen.chip(tag, roleColour(node), null, 6 * pen.unit, 0);
        }
    }

    /**
     * The card's words and figures, drawn every frame over its shape.
     *
     * @param tcpPort the real TCP port the node can be reached on, or null
     */
    void paintWords(NodeView node, Box box, Frame frame, Integer tcpPort) {
        double u = pen.unit;
        boolean compact = box.w() < Placement.COMPACT_WIDTH * u;
        double pad = (compact ? 8 : 14) * u;
        double x = box.x() + pad;
        double inner = box.w() - 2 * pad;
        double y = box.y() + pad * 0.8;

        // Name, and the role as a tag on the right (a compact replica's place in the row says its role).
        Font nameFont = pen.fontToFit(node.name(), compact ? 15 : 19, true, inner);
        Box tag = roleTag(node, box);
        double nameSpace = compact || tag == null ? inner : inner - tag.w() - 6 * u;
        pen.text(node.name(), x, y, nameFont, pen.ink(Ink.TEXT), TextAlignment.LEFT, nameSpace);
        y += nameFont.getSize() * 1.3;
        if (tag != null) {
            Font roleFont = pen.font(compact ? 10.5 : 12, true);
            pen.text(roleWords(node), tag.x() + 5 * u, tag.y() + roleFont.getSize() * 0.2, roleFont, pen.ink(Ink.CARD_FILL),
                    TextAlignment.LEFT, tag.w());
            if (compact) {
                y += tag.h() + 2 * u;
            }
        }

        Font small = pen.font(compact ? 12 : 13.5, false);
        if (!node.up()) {
            double middle = Math.max(y, box.y() + box.h() * 0.42);
            pen.text(i18n.get("node.crashed"), box.centreX(), middle, pen.font(compact ? 16 : 24, true),
                    pen.ink(Ink.DANGER), TextAlignment.CENTER, inner);
            pen.text(i18n.get("node.crashed.hint"), box.centreX(), middle + (compact ? 24 : 34) * u, small,
                    pen.ink(Ink.MUTED), TextAlignment.CENTER, inner);
            return;
        }
        if (!compact) {
            String id = node.replid().substring(0, Math.min(REPLID_SHOWN, node.replid().length()));
            String where = tcpPort == null ? i18n.get("node.idAndPort", id, Integer.toString(node.port()))
                    : i18n.get("node.idAndTcp", id, Integer.toString(tcpPort));
            pen.text(where, x, y, small, tcpPort == null ? pen.ink(Ink.MUTED) : pen.ink(Ink.SELECTION),
                    TextAlignment.LEFT, inner);
            y += small.getSize() * 1.3;
        }

        // The offset, large, and how far it trails the master's.
        String offset = number(node.offset());
        Font digits = pen.fontToFit(offset, compact ? 28 : 38, true, inner);
        pen.text(offset, box.centreX(), y, digits, pen.ink(Ink.TEXT), TextAlignment.CENTER, inner);
        y += digits.getSize() * 1.15;
        NodeView master = node.masterName() == null ? null : frame.snapshot.nodes().stream()
                .filter(n -> n.name().equals(node.masterName())).findFirst().orElse(null);
        long behind = master != null && master.up() && master.replid().equals(node.replid())
                ? master.offset() - node.offset() : 0;
        String caption = behind > 0 ? i18n.get(compact ? "node.offset.behindShort" : "node.offset.behind", number(behind))
                : i18n.get(compact ? "node.offsetShort" : "node.offset");
        pen.text(caption, box.centreX(), y, small, behind > 0 ? pen.ink(Ink.DANGER) : pen.ink(Ink.MUTED),
                TextAlignment.CENTER, inner);
        y += small.getSize() * 1.45;

        // State of replication, with a status dot.
        Font state = pen.font(compact ? 12 : 14, true);
        if (node.replica()) {
            Color colour = linkColour(node.linkState());
            String link = i18n.get("node.link." + node.linkState());
            dot(x, y, state, colour);
            String line = compact ? link : i18n.get("node.replicaState", link, node.keyCount());
            pen.text(line, x + state.getSize(), y, state, colour, TextAlignment.LEFT, inner - state.getSize());
            ReplicaView seen = seenBy(node, master);
            if (seen != null) {
                String ack = i18n.get(compact ? "node.ackAgeShort" : "node.ackAge",
                        String.format(Locale.ROOT, "%.1f", seen.msSinceAck() / 1000.0));
                // Past min-replicas-max-lag the master no longer counts this replica as good: say so in red.
                boolean stale = master.minReplicasToWrite() > 0 && seen.lagSeconds() > master.minReplicasMaxLag();
                pen.text(ack, x, y + state.getSize() * 1.35, small, stale ? pen.ink(Ink.DANGER) : pen.ink(Ink.MUTED),
                        TextAlignment.LEFT, inner);
            }
        } else {
            boolean accepting = node.writesAllowed();
            Color colour = accepting ? pen.ink(Ink.OK) : pen.ink(Ink.DANGER);
            dot(x, y, state, colour);
            String writes = accepting ? i18n.get("node.writes.accepted") : i18n.get("node.writes.refused");
            pen.text(writes, x + state.getSize(), y, state, colour, TextAlignment.LEFT, inner - state.getSize());
            String good = node.minReplicasToWrite() > 0
                    ? i18n.get("node.goodReplicas.min", node.goodReplicas(), node.replicas().size(), node.minReplicasToWrite())
                    : i18n.get("node.goodReplicas", node.replicas().size(), node.keyCount());
            pen.text(good, x, y + state.getSize() * 1.35, small, pen.ink(Ink.MUTED), TextAlignment.LEFT, inner);
        }
    }

    /** Where the role tag sits, or null where there is none (a compact replica's place in the row says its role). */
    private Box roleTag(NodeView node, Box box) {
        double u = pen.unit;
        boolean compact = box.w() < Placement.COMPACT_WIDTH * u;
        if (compact && node.up() && node.replica()) {
            return null;
        }
        double pad = (compact ? 8 : 14) * u;
        Font roleFont = pen.font(compact ? 10.5 : 12, true);
        double roleWidth = pen.width(roleWords(node), roleFont) + 10 * u;
        double tagY = compact ? box.y() + pad * 0.8 + pen.fontToFit(node.name(), 15, true, box.w() - 2 * pad).getSize() * 1.3
                : box.y() + pad * 0.8 + 2 * u;
        return new Box(compact ? box.x() + pad : box.x() + box.w() - pad - roleWidth, tagY, roleWidth, roleFont.getSize() * 1.45);
    }

    String roleWords(NodeView node) {
        return !node.up() ? i18n.get("node.role.down") : node.replica() ? i18n.get("node.role.replica")
                : i18n.get("node.role.master");
    }

    private Color roleColour(NodeView node) {
        return !node.up() ? pen.ink(Ink.DANGER) : node.replica() ? pen.ink(Ink.MUTED) : pen.ink(Ink.SELECTION);
    }

    private void dot(double x, double y, Font font, Color colour) {
        double d = font.getSize() * 0.62;
        pen.gc.setFill(colour);
        pen.gc.fillOval(x, y + font.getSize() * 0.3, d, d);
    }

    private Color linkColour(String linkState) {
        return switch (linkState) {
            case "connected" -> pen.ink(Ink.OK);
            case "none", "connect" -> pen.ink(Ink.DANGER);
            default -> pen.ink(Ink.WARN);
        };
    }

    /** What the master knows of this replica, once the replica is online there; else null. */
    private static ReplicaView seenBy(NodeView replica, NodeView master) {
        if (master == null) {
            return null;
        }
        return master.replicas().stream().filter(r -> r.name().equals(replica.name()) && r.state().equals("online"))
                .findFirst().orElse(null);
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }
}
