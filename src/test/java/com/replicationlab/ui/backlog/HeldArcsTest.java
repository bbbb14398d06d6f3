package com.replicationlab.ui.backlog;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Backlog: the band's arcs")
class HeldArcsTest {
    private static final Color INK = Color.rgb(30, 90, 200);
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color LIGHTER = INK.interpolate(BACKGROUND, 0.38);

    /** {@code count} commands of {@code size} bytes each, one after the other from offset 1. */
    private static List<StreamCommand> commands(int count, int size) {
        List<StreamCommand> commands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            commands.add(new StreamCommand(1 + (long) i * size, (long) (i + 1) * size, "SET k" + i + " v", false));
        }
        return commands;
    }

    private static List<HeldArcs.Arc> arcs(List<StreamCommand> commands, int ringBytes, double pixelsPerTurn) {
        return HeldArcs.of(commands, new RingGeometry(ringBytes), pixelsPerTurn, c -> INK, BACKGROUND);
    }

    @Test
    @DisplayName("commands a pixel wide or wider are an arc each, in alternating shades, as before")
    void wideCommandsOwnArcs() {
        List<HeldArcs.Arc> arcs = arcs(commands(6, 50), 300, 600); // 100 px a command
        assertEquals(6, arcs.size());
        for (int i = 0; i < arcs.size(); i++) {
            assertEquals(i / 6.0, arcs.get(i).startTurn(), 1e-12);
            assertEquals(1 / 6.0, arcs.get(i).turn(), 1e-12);
            assertEquals(i % 2 == 0 ? INK : LIGHTER, arcs.get(i).fill());
        }
    }

    @Test
    @DisplayName("thousands of writes thinner than a pixel become one arc covering the same span")
    void thinCommandsJoined() {
        // 2,000 commands of 265 B in a 1 MB ring drawn 700 px round: each about 0.18 px.
        List<HeldArcs.Arc> arcs = arcs(commands(2000, 265), 1 << 20, 700);
        assertEquals(1, arcs.size());
        assertEquals(0.0, arcs.get(0).startTurn(), 1e-12);
        assertEquals(2000 * 265 / (double) (1 << 20), arcs.get(0).turn(), 1e-9);
    }

    @Test
    @DisplayName("a thin command of another kind among thin writes keeps an arc of its own, in its own ink")
    void otherKindNotJoined() {
        Color ping = Color.rgb(200, 120, 20);
        List<StreamCommand> commands = new ArrayList<>(commands(7, 1));
        commands.set(3, new StreamCommand(4, 4, "PING", false));
        List<HeldArcs.Arc> arcs = HeldArcs.of(commands, new RingGeometry(700), 100,
                c -> c.label().startsWith("PING") ? ping : INK, BACKGROUND);
        assertEquals(3, arcs.size());
        assertEquals(3 / 700.0, arcs.get(0).turn(), 1e-12);
        assertEquals(3 / 700.0, arcs.get(1).startTurn(), 1e-12);
        assertEquals(ping.interpolate(BACKGROUND, 0.38), arcs.get(1).fill(), "the fourth command, a lighter one");
        assertEquals(3 / 700.0, arcs.get(2).turn(), 1e-12);
    }

    @Test
    @DisplayName("a joined arc mixes its commands' shades by size")
    void mixedShade() {
        // Six commands of a sixth of a pixel each: three dark, three light, one arc of their mean.
        List<HeldArcs.Arc> arcs = arcs(commands(6, 1), 600, 100);
        assertEquals(1, arcs.size());
        Color mix = arcs.get(0).fill();
        assertEquals((INK.getRed() + LIGHTER.getRed()) / 2, mix.getRed(), 1e-6);
        assertEquals((INK.getBlue() + LIGHTER.getBlue()) / 2, mix.getBlue(), 1e-6);
    }

    @Test
    @DisplayName("a thin command beside a wide one, or after a gap, is not joined across it")
    void notJoinedAcrossWideOrGap() {
        List<StreamCommand> commands = new ArrayList<>(List.of(
                new StreamCommand(1, 1, "SET a 1", false),
                new StreamCommand(2, 2, "SET b 2", false),
                new StreamCommand(3, 50, "SET wide v", false),
                new StreamCommand(51, 51, "SET c 3", false),
                new StreamCommand(60, 60, "SET d 4", false)));
        List<HeldArcs.Arc> arcs = arcs(commands, 100, 25); // a byte is a quarter of a pixel
        assertEquals(4, arcs.size());
        assertEquals(2 / 100.0, arcs.get(0).turn(), 1e-12);
        assertEquals(48 / 100.0, arcs.get(1).turn(), 1e-12);
        assertEquals(INK, arcs.get(1).fill());
        assertEquals(50 / 100.0, arcs.get(2).startTurn(), 1e-12);
        assertEquals(59 / 100.0, arcs.get(3).startTurn(), 1e-12);
    }
}
