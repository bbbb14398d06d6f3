package com.replicationlab.lesson;

import com.replicationlab.script.Cluster;
import com.replicationlab.script.Expect;
import com.replicationlab.script.Expression;
import com.replicationlab.script.NodeCommand;
import com.replicationlab.script.Statement;
import com.replicationlab.script.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a lesson file: Markdown with {@code # Title}, then {@code ## steps} holding prose and
 * fenced blocks (lab, task + solution, quiz, predict, notes). Everything wrong is reported as
 * {@code file:line: what is wrong} — all of it, except that reading actions stops at the first
 * action that does not parse.
 */
public final class LessonParser {
    private static final Pattern PROMPT = Pattern.compile("[A-Za-z0-9_-]+>(?!=)");
    private static final Pattern COMPARISON = Pattern.compile("==|!=|<|>");

    private final String file;
    private final List<LessonProblem> problems = new ArrayList<>();
    private final ActionLines actionLines;
    private final List<String> lines;

    private LessonParser(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
        this.actionLines = new ActionLines(file, lines.size());
    }

    /**
     * @param file how errors name the file
     * @param id the lesson's id (its file name without .md)
     * @param language the lesson's language (its folder's name)
     */
    public static Lesson parse(String file, String id, String language, String text) throws LessonFormatException {
        List<String> lines = text.lines().toList();
        return new LessonParser(file, lines).parse(id, language, text);
    }

    private Lesson parse(String id, String language, String text) throws LessonFormatException {
        MarkdownOutline outline = MarkdownOutline.read(file, text, lines, problems);
        for (MarkdownOutline.StepOutline step : outline.steps()) {
            for (Object part : step.parts()) {
                if (part instanceof Fence fence) {
                    collectActions(fence);
                }
            }
        }
        Map<Integer, Statement> actions = parseActions();
        List<Step> steps = new ArrayList<>();
        for (MarkdownOutline.StepOutline step : outline.steps()) {
            steps.add(new Step(steps.size(), step.title(), step.line(), blocks(step, actions)));
        }
        if (problems.isEmpty()) {
            requireClusterFirst(steps);
        }
        if (!problems.isEmpty()) {
            throw new LessonFormatException(problems);
        }
        return new Lesson(id, language, file, outline.title(), outline.intro(), steps);
    }

    /** Puts every line that holds an action into the script that is parsed in one go. */
    private void collectActions(Fence fence) {
        switch (fence.kind()) {
            case "lab", "solution" -> fence.content().stream().filter(l -> !l.isBlank())
                    .forEach(l -> actionLines.add(l.number(), fence.indent() + 1, l.text()));
            case "task" -> items(fence, new ArrayList<>()).stream().filter(i -> i.key().equals(BlockItems.EXPECT))
                    .forEach(i -> actionLines.add(i.line(), i.valueColumn(), i.text()));
            case "predict" -> {
                for (BlockItems.Item item : items(fence, new ArrayList<>())) {
                    if (item.key().equals("do")) {
                        actionLines.add(item.line(), item.valueColumn(), item.text());
                    } else if (item.key().equals("answer")) {
                        answerLine(item);
                    }
                }
            }
            default -> { }
        }
    }

    /** A command answer is read as the command; a field answer as the left side of an expect. */
    private void answerLine(BlockItems.Item item) {
        if (PROMPT.matcher(item.text()).lookingAt()) {
            actionLines.add(item.line(), item.valueColumn(), item.text());
        } else if (COMPARISON.matcher(item.text()).find()) {
            problems.add(LessonProblem.at(file, item.line(), "an answer is a value, not a comparison: a field "
                    + "(master.offset), a sum (master.offset - replica-1.offset) or a command (replica-1> GET key)"));
        } else {
            actionLines.add(item.line(), item.valueColumn() - "expect ".length(), "expect " + item.text() + " == 0");
        }
    }

    private Map<Integer, Statement> parseActions() throws LessonFormatException {
        try {
            return actionLines.parse();
        } catch (LessonFormatException e) {
            problems.addAll(e.problems());
            throw new LessonFormatException(problems);
        }
    }

    /** The items of a task, quiz or predict block; problems go to {@code sink}. */
    private List<BlockItems.Item> items(Fence fence, List<LessonProblem> sink) {
        return switch (fence.kind()) {
            case "task" -> BlockItems.read(fence, Set.of("hint"), false, true, file, sink);
            case "predict" -> BlockItems.read(fence, Set.of("do", "answer", "why"), false, false, file, sink);
            default -> BlockItems.read(fence, Set.of(), true, false, file, sink);
        };
    }

    /** Items read the second time, for the block itself: this time their problems are reported. */
    private List<BlockItems.Item> itemsReporting(Fence fence) {
        return items(fence, problems);
    }

    private List<Block> blocks(MarkdownOutline.StepOutline step, Map<Integer, Statement> actions) {
        List<Block> blocks = new ArrayList<>();
        List<Object> parts = step.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Prose prose) {
                blocks.add(prose);
                continue;
            }
            Fence fence = (Fence) parts.get(i);
            switch (fence.kind()) {
                case "lab" -> blocks.add(lab(fence, actions));
                case "task" -> {
                    Fence solution = nextFence(parts, i);
                    if (solution == null || !solution.kind().equals("solution")) {
                        problems.add(LessonProblem.at(file, fence.line(), "a task is followed by its solution block "
                                + "(```solution with the actions that reach the goal)"));
                    }
                    blocks.add(task(fence, solution, actions));
                }
                case "solution" -> {
                    if (!(previousFence(parts, i) instanceof Fence before && before.kind().equals("task"))) {
                        problems.add(LessonProblem.at(file, fence.line(), "a solution block belongs right after its task"));
                    }
                }
                case "quiz" -> blocks.add(quiz(fence));
                case "predict" -> blocks.add(predict(fence, actions));
                default -> blocks.add(notes(fence));
            }
        }
        return blocks;
    }

    private LabBlock lab(Fence fence, Map<Integer, Statement> actions) {
        List<Statement> statements = ActionLines.within(fence, actions);
        if (statements.isEmpty()) {
            problems.add(LessonProblem.at(file, fence.line(), "a lab block holds at least one action"));
        }
        return new LabBlock(fence.line(), statements);
    }

    private TaskBlock task(Fence fence, Fence solutionFence, Map<Integer, Statement> actions) {
        String text = "";
        List<String> hints = new ArrayList<>();
        for (BlockItems.Item item : itemsReporting(fence)) {
            switch (item.key()) {
                case BlockItems.TEXT -> text = item.text();
                case "hint" -> hints.add(requireText(item, "a hint"));
                default -> { }
            }
        }
        if (text.isEmpty()) {
            problems.add(LessonProblem.at(file, fence.line(), "a task starts with what to do, in words"));
        }
        List<Statement> goal = ActionLines.within(fence, actions);
        if (goal.isEmpty()) {
            problems.add(LessonProblem.at(file, fence.line(), "a task has a goal: one or more 'expect' lines"));
        }
        List<Statement> solution = List.of();
        int solutionLine = 0;
        if (solutionFence != null && solutionFence.kind().equals("solution")) {
            solution = ActionLines.within(solutionFence, actions);
            solutionLine = solutionFence.line();
            if (solution.isEmpty()) {
                problems.add(LessonProblem.at(file, solutionFence.line(), "a solution holds at least one action"));
            }
        }
        return new TaskBlock(fence.line(), text, goal, hints, solutionLine, solution);
    }

    private QuizBlock quiz(Fence fence) {
        String question = "";
        List<QuizBlock.Choice> choices = new ArrayList<>();
        for (BlockItems.Item item : itemsReporting(fence)) {
            if (item.key().equals(BlockItems.TEXT)) {
                question = item.text();
                continue;
            }
            String[] textAndWhy = item.text().split("\n", 2);
            String explanation = textAndWhy.length > 1 ? textAndWhy[1].strip() : "";
            if (textAndWhy[0].isBlank()) {
                problems.add(LessonProblem.at(file, item.line(), "a choice needs words after its box"));
            }
            if (explanation.isEmpty()) {
                problems.add(LessonProblem.at(file, item.line(), "every choice has an explanation: indented lines below it"));
            }
            choices.add(new QuizBlock.Choice(textAndWhy[0].strip(), item.key().equals(BlockItems.RIGHT), explanation));
        }
        if (question.isEmpty()) {
            problems.add(LessonProblem.at(file, fence.line(), "a quiz starts with its question"));
        }
        long right = choices.stream().filter(QuizBlock.Choice::right).count();
        if (choices.size() < 2) {
            problems.add(LessonProblem.at(file, fence.line(),
                    "a quiz has at least two choices: '- [x] right' and '- [ ] wrong'"));
        } else if (right != 1) {
            problems.add(LessonProblem.at(file, fence.line(), "a quiz has exactly one right choice ('- [x]'), not " + right));
        }
        return new QuizBlock(fence.line(), question, choices);
    }

    private PredictBlock predict(Fence fence, Map<Integer, Statement> actions) {
        String question = "";
        String why = "";
        List<Statement> run = new ArrayList<>();
        AnswerQuery answer = null;
        boolean answered = false;
        for (BlockItems.Item item : itemsReporting(fence)) {
            switch (item.key()) {
                case BlockItems.TEXT -> question = item.text();
                case "why" -> why = requireText(item, "'why:'");
                case "do" -> {
                    if (actions.containsKey(item.line())) {
                        run.add(actions.get(item.line()));
                    } else {
                        problems.add(LessonProblem.at(file, item.line(), "'do:' is followed by an action"));
                    }
                }
                default -> {
                    if (answered) {
                        problems.add(LessonProblem.at(file, item.line(), "a prediction has one 'answer:'"));
                    }
                    answered = true;
                    answer = answerQuery(item, actions.get(item.line()));
                }
            }
        }
        if (question.isEmpty()) {
            problems.add(LessonProblem.at(file, fence.line(), "a prediction starts with its question"));
        }
        if (!answered) {
            problems.add(LessonProblem.at(file, fence.line(), "a prediction says where its answer comes from: "
                    + "'answer: master.offset' or 'answer: replica-1> GET key'"));
        }
        if (why.isEmpty()) {
            problems.add(LessonProblem.at(file, fence.line(), "a prediction explains its answer: 'why: ...'"));
        }
        return new PredictBlock(fence.line(), question, run, answer, why);
    }

    private AnswerQuery answerQuery(BlockItems.Item item, Statement statement) {
        if (statement == null) {
            if (item.text().isEmpty()) {
                problems.add(LessonProblem.at(file, item.line(), "'answer:' is followed by a field or a command"));
            }
            return null;
        }
        if (statement.action() instanceof NodeCommand) {
            return new AnswerQuery.Reply(statement);
        }
        Expression expression = ((Expect) statement.action()).comparison().left();
        boolean readsTheLab = expression.addends().stream().anyMatch(a -> a.term() instanceof Term.Field);
        boolean onlyNumbers = expression.addends().stream()
                .allMatch(a -> a.term() instanceof Term.Field || a.term() instanceof Term.Number);
        if (!readsTheLab || !onlyNumbers) {
            problems.add(LessonProblem.at(file, item.line(), "an answer comes from the lab: a field such as "
                    + "master.offset (or a sum of fields and numbers), or a command such as replica-1> GET key"));
            return null;
        }
        return new AnswerQuery.Fields(item.line(), expression);
    }

    private NotesBlock notes(Fence fence) {
        String markdown = String.join("\n", fence.content().stream().map(SourceLine::text).toList()).strip();
        if (markdown.isEmpty()) {
            problems.add(LessonProblem.at(file, fence.line(), "a notes block is empty"));
        }
        return new NotesBlock(fence.line(), markdown);
    }

    private String requireText(BlockItems.Item item, String what) {
        if (item.text().isEmpty()) {
            problems.add(LessonProblem.at(file, item.line(), what + " needs words"));
        }
        return item.text();
    }

    /** The lesson's lab is fully described by its first action, so every run of it is the same. */
    private void requireClusterFirst(List<Step> steps) {
        Block first = steps.stream().flatMap(s -> s.activities().stream()).findFirst().orElse(null);
        boolean clusterFirst = first instanceof LabBlock lab && lab.actions().get(0).action() instanceof Cluster;
        if (!clusterFirst) {
            int line = first == null ? steps.get(0).line() : first.line();
            problems.add(LessonProblem.at(file, line, "a lesson's first block is a lab block that starts with "
                    + "'cluster ...', so that its lab (seed included) is always the same"));
        }
    }

    private static Fence nextFence(List<Object> parts, int index) {
        for (int i = index + 1; i < parts.size(); i++) {
            if (parts.get(i) instanceof Fence fence) {
                return fence;
            }
        }
        return null;
    }

    private static Object previousFence(List<Object> parts, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (parts.get(i) instanceof Fence fence) {
                return fence;
            }
        }
        return null;
    }
}
