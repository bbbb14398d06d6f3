package com.replicationlab.ui.lesson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("A pipe table read from a paragraph's lines")
class PipeTableTest {

    @Test
    @DisplayName("a header, a delimiter row and rows make a table; cells are trimmed, and a short row is filled out")
    void readsATable() {
        Optional<PipeTable> table = PipeTable.read(List.of(
                "| | re-send | partial resync |",
                "|---|:---:|---|",
                "| who notices | the master | the replica |",
                "| cost | `33` bytes |"));
        assertEquals(List.of(
                List.of("", "re-send", "partial resync"),
                List.of("who notices", "the master", "the replica"),
                List.of("cost", "`33` bytes", "")), table.orElseThrow().rows());
    }

    @Test
    @DisplayName("a pipe inside backticks belongs to its cell")
    void pipeInCode() {
        PipeTable table = PipeTable.read(List.of("| a | b |", "|---|---|", "| `x | y` | z |")).orElseThrow();
        assertEquals(List.of("`x | y`", "z"), table.rows().get(1));
    }

    @Test
    @DisplayName("lines without a delimiter row, or not all in pipes, are not a table")
    void notATable() {
        assertEquals(Optional.empty(), PipeTable.read(List.of("| a | b |", "| c | d |")));
        assertEquals(Optional.empty(), PipeTable.read(List.of("| a | b |", "|---|---|", "plain text")));
        assertEquals(Optional.empty(), PipeTable.read(List.of("| a | b |")));
    }
}
