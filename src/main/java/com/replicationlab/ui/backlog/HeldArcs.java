package com.replicationlab.ui.backlog;

import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The arcs of the ring's band, one per held command, in alternating shades so that neighbours can
 * be told apart. Where commands are thinner than a pixel (a 1 MB ring of small writes holds
 * thousands), no one can tell them apart: neighbours of the same kind are joined into one arc,
 * coloured with their shades mixed by size. Stroking each sliver on its own took the software
 * renderer most of its time, and the slivers' soft edges let the background show through the band.
 * A command a pixel wide or wider is always an arc of its own, and a thin one of another kind (a
 * PING among writes) too.
 */
final class HeldArcs {
    /** Commands narrower than this (in pixels, at the band's outer edge) are joined with their neighbours. */
    static final double JOIN_BELOW_PX = 1.0;
    /** How much of the background the lighter shade takes in, and a cut command's shade. */
    private static final double LIGHTER = 0.38;
    private static final double CUT = 0.65;

    /** One arc: where it starts and how much of a turn it spans, clockwise from the top. */
    record Arc(double startTurn, double turn, Color fill) {
    }

    private HeldArcs() {
    }

    /**
     * @param pixelsPerTurn the length of the band's outer edge in pixels
     * @param ink           a command's own ink (by its kind)
     */
    static List<Arc> of(List<StreamCommand> commands, RingGeometry geometry, double pixelsPerTurn,
                        Function<StreamCommand, Color> ink, Color background) {
        List<Arc> arcs = new ArrayList<>();
        // A few inks shade thousands of commands: each shade is mixed once.
        Map<Color, Color> lighter = new HashMap<>();
        Map<Color, Color> cut = new HashMap<>();
        Run run = null;
        boolean darker = true;
        StreamCommand previous = null;
        for (StreamCommand command : commands) {
            Color own = ink.apply(command);
            Color fill = command.cut() ? cut.computeIfAbsent(own, c -> c.interpolate(background, CUT))
                    : darker ? own : lighter.computeIfAbsent(own, c -> c.interpolate(background, LIGHTER));
            darker = !darker;
            double turn = geometry.span(command.size());
            boolean follows = previous != null && command.first() == previous.last() + 1;
            previous = command;
            boolean thin = turn * pixelsPerTurn < JOIN_BELOW_PX;
            if (run != null && (!follows || !thin || !run.ink.equals(own))) {
                arcs.add(run.arc());
                run = null;
            }
            if (!thin) {
                arcs.add(new Arc(geometry.before(command.first()), turn, fill));
                continue;
            }
            if (run == null) {
                run = new Run(geometry.before(command.first()), own);
            }
            run.add(turn, fill);
        }
        if (run != null) {
            arcs.add(run.arc());
        }
        return arcs;
    }

    /** Thin neighbours of one ink being joined: their span, and their shades summed by span for the mix. */
    private static final class Run {
        private final double startTurn;
        private final Color ink;
        private double turn;
        private double red;
        private double green;
        private double blue;
        private double opacity;

        Run(double startTurn, Color ink) {
            this.startTurn = startTurn;
            this.ink = ink;
        }

        void add(double span, Color fill) {
            turn += span;
            red += span * fill.getRed();
            green += span * fill.getGreen();
            blue += span * fill.getBlue();
            opacity += span * fill.getOpacity();
        }

        Arc arc() {
            // Clamped: sums of fractions may land a rounding error past 1.
            return new Arc(startTurn, turn, Color.color(Math.min(1, red / turn), Math.min(1, green / turn),
                    Math.min(1, blue / turn), Math.min(1, opacity / turn)));
        }
    }
}
