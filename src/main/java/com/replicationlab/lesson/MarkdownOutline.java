package com.replicationlab.lesson;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a lesson file, read with commonmark: the {@code # title}, the intro, and each
 * {@code ## step} as prose and fenced blocks in order. Content of the blocks is read later.
 * Fences with no info string are code shown as prose; any other info string must name a kind.
 */
final class MarkdownOutline {
    static final List<String> KINDS = List.of("lab", "task", "solution", "quiz", "predict", "notes");
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** A step before its blocks are read: heading, line, and its prose and fences in order. */
    record StepOutline(String title, int line, List<Object> parts) {
    }

    private final String file;
    private final List<String> lines;
    private final List<LessonProblem> problems;
    private String title;
    private final List<Prose> intro = new ArrayList<>();
    private final List<StepOutline> steps = new ArrayList<>();
    private int proseStart = -1;
    private int proseEnd = -1;

    private MarkdownOutline(String file, List<String> lines, List<LessonProblem> problems) {
        this.file = file;
        this.lines = lines;
        this.problems = problems;
    }

    static MarkdownOutline read(String file, String text, List<String> lines, List<LessonProblem> problems) {
        MarkdownOutline outline = new MarkdownOutline(file, lines, problems);
        outline.walk(PARSER.parse(text));
        return outline;
    }

    String title() {
        return title;
    }

    String intro() {
        return String.join("\n\n", intro.stream().map(Prose::markdown).toList());
    }

    List<StepOutline> steps() {
        return steps;
    }

    private void walk(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int first = firstLine(node);
            if (node instanceof Heading heading && heading.getLevel() <= 2) {
                endProse();
                heading(heading, first);
            } else if (node instanceof FencedCodeBlock fenced && !fenced.getInfo().isBlank()) {
                endProse();
                fence(fenced, first);
            } else {
                if (title == null) {
                    problems.add(LessonProblem.at(file, first, "a lesson starts with its title: '# Title'"));
                    title = "";
                }
                nestedFences(node);
                proseStart = proseStart < 0 ? first : proseStart;
                proseEnd = lastLine(node);
            }
        }
        endProse();
        if (title == null) {
            problems.add(LessonProblem.at(file, 1, "a lesson starts with its title: '# Title'"));
        } else if (steps.isEmpty()) {
            problems.add(LessonProblem.at(file, lines.size(), "a lesson has at least one step: '## Step title'"));
        }
    }

    private void heading(Heading heading, int line) {
        String text = plainText(heading).strip();
        if (heading.getLevel() == 1) {
            if (title != null) {
                problems.add(LessonProblem.at(file, line, "a lesson has one '# title'; steps are '## sections'"));
            }
            title = text;
        } else {
            if (title == null) {
                problems.add(LessonProblem.at(file, line, "a lesson starts with its title: '# Title'"));
                title = "";
            }
            steps.add(new StepOutline(text, line, new ArrayList<>()));
        }
        if (text.isEmpty()) {
            problems.add(LessonProblem.at(file, line, "a heading needs words"));
        }
    }

    private void fence(FencedCodeBlock fenced, int line) {
        String[] info = fenced.getInfo().strip().split("\\s+");
        String kind = info[0];
        if (!KINDS.contains(kind)) {
            problems.add(new LessonProblem(file, line, fenced.getFenceIndent() + 1, "unknown block kind '" + kind + "' (kinds: "
                    + String.join(", ", KINDS) + "; a fence with no kind shows code)"));
            return;
        }
        if (info.length > 1) {
            problems.add(LessonProblem.at(file, line, "unexpected '" + info[1] + "' after '" + kind + "'"));
        }
        if (fenced.getClosingFenceLength() == null) {
            problems.add(new LessonProblem(file, line, fenced.getFenceIndent() + 1, "the " + kind + " block opened here is never closed (it needs a closing "
                    + fenced.getFenceCharacter().repeat(fenced.getOpeningFenceLength()) + ")"));
            return;
        }
        if (steps.isEmpty()) {
            problems.add(LessonProblem.at(file, line,
                    "a " + kind + " block belongs to a step: put a '## Step title' above it"));
            return;
        }
        int last = lastLine(fenced);
        List<SourceLine> content = new ArrayList<>();
        for (int number = line + 1; number < last; number++) {
            content.add(new SourceLine(number, unindent(lines.get(number - 1), fenced.getFenceIndent())));
        }
        currentParts().add(new Fence(kind, line, fenced.getFenceIndent(), content));
    }

    /** A block inside a list or a quote would be shown, not run: say so rather than lose it. */
    private void nestedFences(Node container) {
        container.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock fenced) {
                String kind = fenced.getInfo().strip().split("\\s+")[0];
                if (KINDS.contains(kind)) {
                    problems.add(LessonProblem.at(file, firstLine(fenced), "a " + kind
                            + " block inside a list or a quote does not run: put it at the left margin"));
                }
            }
        });
    }

    private void endProse() {
        if (proseStart < 0) {
            return;
        }
        Prose prose = new Prose(proseStart, String.join("\n", lines.subList(proseStart - 1, proseEnd)));
        if (steps.isEmpty()) {
            intro.add(prose);
        } else {
            currentParts().add(prose);
        }
        proseStart = -1;
        proseEnd = -1;
    }

    private List<Object> currentParts() {
        return steps.get(steps.size() - 1).parts();
    }

    private static String unindent(String line, int indent) {
        int cut = 0;
        while (cut < indent && cut < line.length() && line.charAt(cut) == ' ') {
            cut++;
        }
        return line.substring(cut);
    }

    private static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    private static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }
}
