package com.replicationlab.lesson;

import java.util.List;

/**
 * What validating one lesson file found; it passed if nothing.
 *
 * @param answers each prediction's answer, "file:line: the lab answers 94", for authors to read
 */
public record LessonReport(LessonFile file, List<LessonProblem> problems, List<String> answers) {

    public LessonReport {
        problems = List.copyOf(problems);
        answers = List.copyOf(answers);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** The file could not be read as a lesson at all (as opposed to a lesson that does not check out). */
    public boolean unreadable() {
        return !file.readable();
    }

    /** "6 steps: 5 lab blocks, 2 tasks, 3 predictions, 1 quiz", or "does not parse". */
    public String summary() {
        if (unreadable()) {
            return "does not parse";
        }
        List<Step> steps = file.lesson().steps();
        List<Block> blocks = steps.stream().flatMap(s -> s.activities().stream()).toList();
        return count(steps.size(), "step") + ": " + String.join(", ",
                count(blocks.stream().filter(b -> b instanceof LabBlock).count(), "lab block"),
                count(blocks.stream().filter(b -> b instanceof TaskBlock).count(), "task"),
                count(blocks.stream().filter(b -> b instanceof PredictBlock).count(), "prediction"),
                count(blocks.stream().filter(b -> b instanceof QuizBlock).count(), "quiz"));
    }

    private static String count(long n, String what) {
        String plural = what.endsWith("z") ? what + "zes" : what + "s";
        return n + " " + (n == 1 ? what : plural);
    }
}
