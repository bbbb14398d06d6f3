package com.replicationlab.ui.topology;

import com.replicationlab.lab.snapshot.LabSnapshot;
import com.replicationlab.lab.snapshot.NodeView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each node's card goes: the node the others follow at the top centre, every other node
 * in one row below it, in the lab's order. Cards shrink (and turn compact) to fit eight replicas.
 */
final class Placement {
    /** Below this width (in units) a card shows only what matters most. */
    static final double COMPACT_WIDTH = 190;
    private static final double FULL_CARD_WIDTH = 250;
    /** The width (in units) a compact card's longest line ("ACK 0.9 s ago") takes, with its padding. */
    private static final double COMPACT_WORDS_WIDTH = 118;
    private static final double CARD_HEIGHT = 164;
    private static final double COMPACT_HEIGHT = 132;
    /** The least room (in units) left between the rows for packets to travel. */
    private static final double MIN_LANE = 100;
    private static final double MARGIN = 24;
    private static final double GAP = 16;

    private final double unit;
    private final Map<String, Box> cards;

    private Placement(double unit, Map<String, Box> cards) {
        this.unit = unit;
        this.cards = cards;
    }

    /**
     * @param scale the theme's type scale (presentation mode draws larger)
     */
    static Placement of(LabSnapshot snapshot, double width, double height, double scale) {
        // Sized by the height two rows of cards and their links take, and the width two cards need; more replicas
        // make cards narrower. Never so large that the rows do not fit (presentation's scale included).
        double fits = height / (2 * CARD_HEIGHT + MIN_LANE + 2 * MARGIN);
        double unit = Math.min(fits, scale * Math.max(0.8, Math.min(1.9, Math.min(height / 500, width / 760))));
        String top = topNode(snapshot);
        List<String> row = new ArrayList<>();
        snapshot.nodes().forEach(n -> {
            if (!n.name().equals(top)) {
                row.add(n.name());
            }
        });
        int columns = Math.max(1, row.size());
        double margin = MARGIN * unit;
        double gap = GAP * unit;
        double cardWidth = Math.min(FULL_CARD_WIDTH * unit, (width - 2 * margin - (columns - 1) * gap) / columns);
        boolean compact = cardWidth < COMPACT_WIDTH * unit;
        if (compact) {
            // A compact card's words grow with the unit, its width does not: keep them inside it.
            unit = Math.min(unit, cardWidth / COMPACT_WORDS_WIDTH);
        }
        double cardHeight = (compact ? COMPACT_HEIGHT : CARD_HEIGHT) * unit;
        double topWidth = Math.max(cardWidth, Math.min(FULL_CARD_WIDTH * unit, width - 2 * margin));
        double topHeight = CARD_HEIGHT * unit;

        Map<String, Box> cards = new LinkedHashMap<>();
        cards.put(top, new Box((width - topWidth) / 2, margin, topWidth, topHeight));
        double rowWidth = columns * cardWidth + (columns - 1) * gap;
        double rowY = Math.max(margin + topHeight + MIN_LANE * unit, height - margin - cardHeight);
        for (int i = 0; i < row.size(); i++) {
            cards.put(row.get(i), new Box((width - rowWidth) / 2 + i * (cardWidth + gap), rowY, cardWidth, cardHeight));
        }
        return new Placement(unit, cards);
    }

    /** The node most others follow: the master (after a failover, the promoted one). */
    private static String topNode(LabSnapshot snapshot) {
        Map<String, Integer> followers = new LinkedHashMap<>();
        for (NodeView node : snapshot.nodes()) {
            if (node.masterName() != null) {
                followers.merge(node.masterName(), 1, Integer::sum);
            }
        }
        return followers.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey)
                .orElseGet(() -> snapshot.nodes().stream().filter(n -> n.up() && !n.replica()).map(NodeView::name)
                        .findFirst().orElse(snapshot.nodes().get(0).name()));
    }

    double unit() {
        return unit;
    }

    Map<String, Box> cards() {
        return cards;
    }
}
