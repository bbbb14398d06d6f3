package com.replicationlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A GitHub-style pipe table ({@code | a | b |}, then {@code |---|---|}, then rows), read from a
 * paragraph's lines: plain CommonMark has no tables, and lessons use them.
 *
 * @param rows the header row first, then the body; every row has the header's number of cells
 */
record PipeTable(List<List<String>> rows) {
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-{1,}:?");

    /** The table these lines make, if they make one: a header, a delimiter row, and rows, all in pipes. */
    static Optional<PipeTable> read(List<String> lines) {
        if (lines.size() < 2 || !lines.stream().allMatch(line -> line.strip().startsWith("|"))) {
            return Optional.empty();
        }
        List<String> header = cells(lines.get(0));
        List<String> delimiter = cells(lines.get(1));
        if (delimiter.size() != header.size() || !delimiter.stream().allMatch(c -> DELIMITER_CELL.matcher(c).matches())) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = new ArrayList<>(cells(line));
            while (cells.size() < header.size()) {
                cells.add("");
            }
            rows.add(List.copyOf(cells.subList(0, header.size())));
        }
        return Optional.of(new PipeTable(List.copyOf(rows)));
    }

    /** The cells between the pipes, trimmed; a pipe inside backticks belongs to the cell. */
    private static List<String> cells(String line) {
        String row = line.strip();
        row = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        for (char c : row.toCharArray()) {
            if (c == '`') {
                inCode = !inCode;
            }
            if (c == '|' && !inCode) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
