package com.replicationlab.ui.lesson;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lesson's Markdown as JavaFX nodes (commonmark-java parses it): headings, paragraphs with
 * emphasis, strong, code and links, lists, code blocks, quotes, rules, pipe tables and images
 * (found beside the lesson file or in the course's {@code assets/}). Every node carries a style
 * class ({@code md-…}) so the themes, and the demo mode's large type, style it.
 */
public final class MarkdownNodes {
    /** Inline code up to this many characters is never broken across lines. */
    private static final int MAX_UNBROKEN_CODE = 32;
    private static final Parser PARSER = Parser.builder().build();
    /** An image wider than this is scaled down to fit the lesson panel. */
    private static final double MAX_IMAGE_WIDTH = 520;

    private final Path imageFolder;

    /** @param imageFolder where a relative image path starts (the lesson's folder); null: no images */
    public MarkdownNodes(Path imageFolder) {
        this.imageFolder = imageFolder;
    }

    /** The Markdown as a column of block nodes. */
    public VBox render(String markdown) {
        VBox column = new VBox();
        column.getStyleClass().add("md");
        blocks(PARSER.parse(markdown), column.getChildren());
        return column;
    }

    private void blocks(org.commonmark.node.Node parent, List<Node> into) {
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            into.add(block(block));
        }
    }

    private Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading heading) {
            return styled(inline(heading), "md-h" + Math.min(3, heading.getLevel()));
        }
        if (block instanceof Paragraph paragraph) {
            Optional<PipeTable> table = PipeTable.read(plainLines(paragraph));
            return table.isPresent() ? table(table.get()) : styled(inline(paragraph), "md-p");
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            return list(block);
        }
        if (block instanceof FencedCodeBlock fenced) {
            return codeBlock(fenced.getLiteral());
        }
        if (block instanceof IndentedCodeBlock indented) {
            return codeBlock(indented.getLiteral());
        }
        if (block instanceof BlockQuote quote) {
            VBox box = new VBox();
            box.getStyleClass().add("md-quote");
            blocks(quote, box.getChildren());
            return box;
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        // Anything else (raw HTML): its text, plainly.
        return styled(inline(block), "md-p");
    }

    private Node list(org.commonmark.node.Node list) {
        VBox items = new VBox();
        items.getStyleClass().add("md-list");
        int number = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : 0;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = new Label(list instanceof OrderedList ? (number++) + "." : "•");
            marker.getStyleClass().add("md-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            VBox content = new VBox();
            if (item instanceof ListItem) {
                blocks(item, content.getChildren());
            }
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("md-item");
            items.getChildren().add(row);
        }
        return items;
    }

    private static Node codeBlock(String literal) {
        Label code = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.getStyleClass().add("md-code-block");
        code.setWrapText(true);
        code.setMaxWidth(Double.MAX_VALUE);
        code.setMinHeight(Label.USE_PREF_SIZE);
        return code;
    }

    private Node table(PipeTable table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int columns = table.rows().get(0).size();
        for (int column = 0; column < columns; column++) {
            // Equal shares of the panel's width, so a long cell wraps instead of widening the table.
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(share);
        }
        for (int row = 0; row < table.rows().size(); row++) {
            List<String> cells = table.rows().get(row);
            for (int column = 0; column < cells.size(); column++) {
                TextFlow cell = styled(inlineOf(cells.get(column)), row == 0 ? "md-th" : "md-td");
                cell.setMaxWidth(Double.MAX_VALUE);
                grid.add(cell, column, row);
            }
        }
        return grid;
    }

    /** A one-line Markdown fragment (a table cell) as inline nodes. */
    private List<Node> inlineOf(String markdown) {
        org.commonmark.node.Node document = PARSER.parse(markdown);
        return document.getFirstChild() == null ? List.of() : inline(document.getFirstChild());
    }

    private List<Node> inline(org.commonmark.node.Node parent) {
        List<Node> nodes = new ArrayList<>();
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node, List.of(), nodes);
        }
        return nodes;
    }

    private void inline(org.commonmark.node.Node node, List<String> classes, List<Node> into) {
        if (node instanceof org.commonmark.node.Text text) {
            into.add(text(text.getLiteral(), classes));
        } else if (node instanceof Code code) {
            into.add(code(code.getLiteral(), classes));
        } else if (node instanceof SoftLineBreak) {
            // Chinese runs on across a line break; other languages put a space there.
            into.add(text(joinsWithoutSpace(node) ? "" : " ", classes));
        } else if (node instanceof HardLineBreak) {
            into.add(text("\n", classes));
        } else if (node instanceof HtmlInline html) {
            into.add(text(html.getLiteral(), classes));
        } else if (node instanceof org.commonmark.node.Image image) {
            into.add(image(image));
        } else {
            List<String> inner = node instanceof Emphasis ? with(classes, "md-em")
                    : node instanceof StrongEmphasis ? with(classes, "md-strong")
                    : node instanceof Link ? with(classes, "md-link") : classes;
            for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, inner, into);
            }
        }
    }

    private static boolean joinsWithoutSpace(org.commonmark.node.Node lineBreak) {
        return isWide(lastChar(lineBreak.getPrevious())) || isWide(firstChar(lineBreak.getNext()));
    }

    private static boolean isWide(int c) {
        if (c < 0) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static int lastChar(org.commonmark.node.Node node) {
        String text = node == null ? "" : source(node);
        return text.isEmpty() ? -1 : text.codePointBefore(text.length());
    }

    private static int firstChar(org.commonmark.node.Node node) {
        String text = node == null ? "" : source(node);
        return text.isEmpty() ? -1 : text.codePointAt(0);
    }

    private Node image(org.commonmark.node.Image image) {
        Path file = imageFolder == null ? null : imageFolder.resolve(image.getDestination()).normalize();
        if (file == null || !Files.isRegularFile(file)) {
            return text("[" + image.getDestination() + "]", List.of("md-missing"));
        }
        Image picture = new Image(file.toUri().toString());
        ImageView view = new ImageView(picture);
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(MAX_IMAGE_WIDTH, picture.getWidth()));
        view.getStyleClass().add("md-image");
        return view;
    }

    /**
     * Inline code. A short span is one unbreakable box: beside Chinese text, TextFlow may otherwise
     * break a line inside it ("S" | "ET key"). A long one stays text, so it can wrap.
     */
    private static Node code(String literal, List<String> classes) {
        if (literal.length() > MAX_UNBROKEN_CODE) {
            return text(literal, with(classes, "md-code"));
        }
        Label box = new Label(literal);
        box.getStyleClass().add("md-code-inline");
        return box;
    }

    private static Text text(String content, List<String> classes) {
        Text text = new Text(content);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(classes);
        return text;
    }

    private static List<String> with(List<String> classes, String more) {
        List<String> all = new ArrayList<>(classes);
        all.add(more);
        return all;
    }

    private static TextFlow styled(List<Node> inline, String styleClass) {
        TextFlow flow = new TextFlow(inline.toArray(Node[]::new));
        flow.getStyleClass().add(styleClass);
        return flow;
    }

    /** A paragraph's source lines, for spotting a pipe table (which plain CommonMark reads as text). */
    private static List<String> plainLines(Paragraph paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (org.commonmark.node.Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(source(node));
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** An inline node's text as it was written, near enough to read a table row (code keeps its backticks). */
    private static String source(org.commonmark.node.Node node) {
        if (node instanceof org.commonmark.node.Text text) {
            return text.getLiteral();
        }
        if (node instanceof Code code) {
            return "`" + code.getLiteral() + "`";
        }
        StringBuilder inner = new StringBuilder();
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            inner.append(source(child));
        }
        return node instanceof StrongEmphasis ? "**" + inner + "**" : node instanceof Emphasis ? "*" + inner + "*" : inner.toString();
    }
}
