package com.replicationlab.ui.topology;

import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("TextWidths: measuring, cutting and wrapping text (with the headless toolkit's fonts)")
class TextWidthsGuiTest {
    private static final Font FONT = Font.font("System", 15);
    private final TextWidths widths = new TextWidths();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    @DisplayName("a text that fits stays on one line")
    void fits() {
        assertEquals(List.of("No backlog yet."), widths.wrap("No backlog yet.", FONT, 1000));
    }

    @Test
    @DisplayName("a longer text breaks at spaces, every line fits, and no word is lost")
    void breaksAtSpaces() {
        assertWrapsIntoFittingLines("No backlog yet: the master makes one when a replica first syncs.",
                "the master makes one", " ");
    }

    @Test
    @DisplayName("Chinese, which has no spaces, breaks between characters")
    void breaksChinese() {
        assertWrapsIntoFittingLines("还没有积压缓冲区：主节点会在副本第一次同步时创建它。", "还没有积压缓冲区", "");
    }

    @Test
    @DisplayName("a word wider than the room is cut, so wrapping always ends")
    void cutsAWordTooWide() {
        List<String> lines = widths.wrap("replication", FONT, widths.of("rep", FONT) + 1);
        assertEquals("replication", String.join("", lines));
        assertTrue(lines.size() >= 3, lines.toString());
    }

    /** Wrapped as wide as {@code measure}, {@code text} takes three lines or more, each fits, and joined by {@code joiner} they give it back whole. */
    private void assertWrapsIntoFittingLines(String text, String measure, String joiner) {
        double room = widths.of(measure, FONT) + 1;
        List<String> lines = widths.wrap(text, FONT, room);
        assertTrue(lines.size() >= 3, lines.toString());
        lines.forEach(line -> assertTrue(widths.of(line, FONT) <= room, line));
        assertEquals(text, String.join(joiner, lines));
    }
}
