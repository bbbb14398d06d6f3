package com.replicationlab.ui.topology;

import com.replicationlab.lab.snapshot.NodeView;
import com.replicationlab.ui.i18n.I18n;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What of the topology changes only when a node or a link changes state: the background, the
 * links' lines and the cards' shapes. It has a canvas of its own, under the one drawn every frame,
 * and is drawn again only when something it shows has changed. Under writes the offsets and the
 * packets change every frame, but cards and links do not, and rasterising their rounded boxes and
 * long strokes was most of the software renderer's work.
 */
final class Backdrop {
    private final Canvas canvas = new Canvas();
    private final Pen pen = new Pen(canvas.getGraphicsContext2D());
    private final CardPainter cards;
    private final LinkPainter links;
    private Drawn drawn;
    private int draws;

    Backdrop(I18n i18n) {
        cards = new CardPainter(pen, i18n);
        links = new LinkPainter(pen, i18n);
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
    }

    Canvas canvas() {
        return canvas;
    }

    /** How many times it has been drawn: for tests, which check it is drawn when, and only when, it changes. */
    int draws() {
        return draws;
    }

    /**
     * Draws it again if anything it shows differs from what it shows now.
     *
     * @param frame the frame's placement, or null before the first snapshot (the background alone)
     */
    void draw(Frame frame, double unit, String selectedNode, Function<Ink, Color> palette) {
        Drawn next = new Drawn(canvas.getWidth(), canvas.getHeight(), unit,
                Arrays.stream(Ink.values()).map(palette).toList(), shapes(frame, selectedNode));
        if (next.equals(drawn)) {
            return;
        }
        drawn = next;
        draws++;
        pen.begin(unit, palette);
        pen.gc.setFill(pen.ink(Ink.BACKGROUND));
        pen.gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (frame == null) {
            return;
        }
        for (LinkLine link : frame.links) {
            links.paintLines(link, frame, selected(link, selectedNode));
        }
        for (NodeView node : frame.snapshot.nodes()) {
            cards.paintShape(node, frame.cards.get(node.name()), node.name().equals(selectedNode));
        }
    }

    private static boolean selected(LinkLine link, String selectedNode) {
        return link.replica().equals(selectedNode) || link.master().equals(selectedNode);
    }

    /** Everything the lines and shapes are drawn from, in drawing order: equal lists, the same picture. */
    private List<Object> shapes(Frame frame, String selectedNode) {
        List<Object> shapes = new ArrayList<>();
        if (frame == null) {
            return shapes;
        }
        for (LinkLine link : frame.links) {
            shapes.add(new LinkShape(link, frame.snapshot.node(link.replica()).linkState(), LinkPainter.cut(frame, link),
                    selected(link, selectedNode)));
        }
        Map<String, Box> boxes = frame.cards;
        for (NodeView node : frame.snapshot.nodes()) {
            // The role's words (their language) size the tag.
            shapes.add(new CardShape(node.name(), boxes.get(node.name()), node.up(), node.replica(),
                    node.name().equals(selectedNode), cards.roleWords(node)));
        }
        return shapes;
    }

    private record Drawn(double width, double height, double unit, List<Color> inks, List<Object> shapes) {
    }

    private record LinkShape(LinkLine line, String replicaLinkState, boolean cut, boolean selected) {
    }

    private record CardShape(String name, Box box, boolean up, boolean replica, boolean selected, String role) {
    }
}
