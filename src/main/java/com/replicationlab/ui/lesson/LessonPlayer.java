package com.replicationlab.ui.lesson;

import com.replicationlab.lesson.Answer;
import com.replicationlab.lesson.AnswerQuery;
import com.replicationlab.lesson.Block;
import com.replicationlab.lesson.BlockRef;
import com.replicationlab.lesson.LabBlock;
import com.replicationlab.lesson.Lesson;
import com.replicationlab.lesson.LessonProgress;
import com.replicationlab.lesson.PredictBlock;
import com.replicationlab.lesson.QuizBlock;
import com.replicationlab.lesson.Step;
import com.replicationlab.lesson.TaskBlock;
import com.replicationlab.ui.LabViewModel;
import com.replicationlab.ui.i18n.I18n;
import com.replicationlab.ui.session.LabAction;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Duration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * Runs a lesson in the window, on the UI thread. When a step opens, its activities run in order
 * up to the first task or prediction still open: lab blocks perform their actions, quizzes and
 * notes only show. A task waits until the lab meets its goal (watched on the lab thread, whatever
 * meets it); a prediction waits for the student's guess, then performs its actions and reads the
 * answer off the lab. Every action goes through the window's own action path, so it lands in the
 * action log. Progress is saved as it is made; opening a lesson again replays the way to the step
 * the student was on (earlier tasks done by their solutions), so the lab matches the text.
 */
public final class LessonPlayer {
    private final LessonLibrary library;
    private final LabViewModel model;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final BooleanProperty demo = new SimpleBooleanProperty(this, "demo");
    private final IntegerProperty demoDelayMs = new SimpleIntegerProperty(this, "demoDelayMs", 800);
    private final List<StepState> states = new ArrayList<>();
    /** The tasks being watched, by the activity number they have in the step. */
    private final Map<TaskBlock, Integer> watched = new LinkedHashMap<>();
    /** Steps before this one are run through by themselves (tasks by their solutions): reopening a lesson. */
    private int catchUpTo;
    /** Bumped when what is running belongs to a lesson no longer open: its remaining work is dropped. */
    private int generation;

    public LessonPlayer(LessonLibrary library, LabViewModel model, I18n i18n) {
        this.library = library;
        this.model = model;
        this.i18n = i18n;
        i18n.localeProperty().addListener((obs, old, now) -> switchLanguage());
    }

    // ----- state -----

    public LessonLibrary library() {
        return library;
    }

    /** The open lesson in the window's language, or null. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public Lesson lesson() {
        return lesson.get();
    }

    /** The step on screen, from 0. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int step() {
        return step.get();
    }

    /** True while the lesson's own actions are running: Back and Next wait for them. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Changes whenever anything on the step changes (a task met, an answer shown), to redraw it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The teacher's demo mode: large text, presenter notes, steps on a key, actions one by one. */
    public BooleanProperty demoProperty() {
        return demo;
    }

    /** In demo mode, the pause before each of the lesson's actions, so the class sees them one by one. */
    public IntegerProperty demoDelayMsProperty() {
        return demoDelayMs;
    }

    StepState state() {
        return states.get(step.get());
    }

    public LessonProgress progress(String id) {
        return library.progress().lesson(id);
    }

    // ----- the student's moves -----

    /** Opens a lesson where the student left it (the lab is rebuilt to that point). */
    public void open(String id) {
        Lesson opened = library.course().lesson(id, language()).orElse(null);
        if (opened == null || opened.steps().isEmpty()) {
            return;
        }
        generation++;
        model.pause();
        states.clear();
        opened.steps().forEach(s -> states.add(new StepState()));
        lesson.set(opened);
        catchUpTo = Math.min(progress(id).step(), opened.steps().size() - 1);
        step.set(0);
        save(p -> p.atStep(catchUpTo));
        proceed();
    }

    public void close() {
        generation++;
        lesson.set(null);
        busy.set(false);
        watched.clear();
        model.watchTasks(List.of(), task -> { });
    }

    public boolean hasNext() {
        return lesson.get() != null && step.get() + 1 < lesson.get().steps().size();
    }

    public boolean hasBack() {
        return lesson.get() != null && step.get() > 0;
    }

    /** The next step (its activities run the first time it opens); on the last step, marks the lesson finished. */
    public void next() {
        if (lesson.get() == null || busy.get()) {
            return;
        }
        if (!hasNext()) {
            save(LessonProgress::finish);
            changed();
            return;
        }
        goTo(step.get() + 1);
    }

    /** The step before, as it was left: nothing runs again. */
    public void back() {
        if (hasBack() && !busy.get()) {
            goTo(step.get() - 1);
        }
    }

    private void goTo(int index) {
        step.set(index);
        save(p -> p.atStep(index));
        if (state().started()) {
            watchOpenTasks();
            changed();
        } else {
            proceed();
        }
    }

    /** "Run this": a lab block's actions again. */
    public void runLab(int activity) {
        if (!busy.get() && activityAt(activity) instanceof LabBlock lab) {
            busy.set(true);
            int running = generation;
            perform(lab.lines()).thenRun(() -> settle(running));
        }
    }

    public void showHint(int activity) {
        if (activityAt(activity) instanceof TaskBlock task && state().hints(activity) < task.hints().size()) {
            state().showHint(activity);
            changed();
        }
    }

    /** Performs a task's solution, as if the student had typed it; the watch ticks the task. */
    public void showSolution(int activity) {
        if (!busy.get() && activityAt(activity) instanceof TaskBlock task) {
            busy.set(true);
            int running = generation;
            perform(task.solutionLines()).thenRun(() -> settle(running));
        }
    }

    public void choose(int activity, int choice) {
        if (activityAt(activity) instanceof QuizBlock) {
            state().choose(activity, choice);
            save(p -> p.withQuizChoice(new BlockRef(step.get(), activity), choice));
            changed();
        }
    }

    /** The student's guess: the prediction's actions run, the lab answers, and the step goes on. */
    public void predict(int activity, String guess) {
        if (busy.get() || !(activityAt(activity) instanceof PredictBlock predict) || state().revealed(activity) != null
                || state().cursor() != activity) {
            return;
        }
        busy.set(true);
        int running = generation;
        reveal(predict, activity, guess.strip()).thenRun(() -> {
            if (running == generation) {
                state().pass(activity);
                proceed();
            }
        });
    }

    /** Forgets a lesson's progress (from the picker); the open lesson starts again from its beginning. */
    public void reset(String id) {
        try {
            library.progress().reset(id);
        } catch (IOException e) {
            model.report(i18n.get("lesson.saveFailed", e.getMessage()));
        }
        if (lesson.get() != null && lesson.get().id().equals(id)) {
            open(id);
        }
    }

    // ----- running a step -----

    private Block activityAt(int activity) {
        List<Block> activities = lesson.get() == null ? List.of() : lesson.get().step(step.get()).activities();
        return activity >= 0 && activity < activities.size() ? activities.get(activity) : null;
    }

    /** Runs the step's activities from its cursor until one waits for the student, or the step ends. */
    private void proceed() {
        Step current = lesson.get().step(step.get());
        StepState state = state();
        int activity = state.cursor();
        if (activity >= current.activities().size()) {
            if (step.get() < catchUpTo) {
                step.set(step.get() + 1);
                proceed();
            } else {
                rest();
            }
            return;
        }
        boolean catchingUp = step.get() < catchUpTo;
        BlockRef ref = new BlockRef(step.get(), activity);
        LessonProgress saved = progress(lesson.get().id());
        Block block = current.activities().get(activity);
        CompletionStage<Void> done;
        if (block instanceof LabBlock lab) {
            done = perform(lab.lines());
        } else if (block instanceof TaskBlock task && !state.isMet(activity)) {
            if (!catchingUp && !saved.tasksDone().contains(ref)) {
                rest();
                return;
            }
            done = perform(task.solutionLines()).thenRun(() -> state.meet(activity));
        } else if (block instanceof PredictBlock predict && state.revealed(activity) == null) {
            LessonProgress.Prediction guess = saved.predictions().get(ref);
            if (!catchingUp && guess == null) {
                rest();
                return;
            }
            done = reveal(predict, activity, guess == null ? "" : guess.guess());
        } else {
            if (block instanceof QuizBlock && saved.quizChoices().containsKey(ref)) {
                state.choose(activity, saved.quizChoices().get(ref));
            }
            done = CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        int running = generation;
        done.thenRun(() -> {
            if (running == generation) {
                state.pass(activity);
                changed();
                proceed();
            }
        });
    }

    /** After the student's own extra actions: the step goes on if they met what it waited for. */
    private void settle(int running) {
        if (running == generation) {
            proceed();
        }
    }

    /** The step waits for the student: its open tasks are watched. */
    private void rest() {
        busy.set(false);
        watchOpenTasks();
        changed();
    }

    /** Watches the step's tasks that are not met, up to the one it waits on. */
    private void watchOpenTasks() {
        watched.clear();
        List<Block> activities = lesson.get().step(step.get()).activities();
        for (int i = 0; i < Math.min(activities.size(), state().cursor() + 1); i++) {
            if (activities.get(i) instanceof TaskBlock task && !state().isMet(i)) {
                watched.put(task, i);
            }
        }
        int watching = generation;
        int watchingStep = step.get();
        model.watchTasks(List.copyOf(watched.keySet()), task -> {
            Integer activity = watched.get(task);
            if (watching == generation && watchingStep == step.get() && activity != null) {
                taskMet(activity);
            }
        });
    }

    private void taskMet(int activity) {
        if (!state().meet(activity)) {
            return;
        }
        save(p -> p.withTaskDone(new BlockRef(step.get(), activity)));
        if (state().cursor() == activity && !busy.get()) {
            state().pass(activity);
            proceed();
        } else {
            changed();
        }
    }

    private CompletionStage<Void> reveal(PredictBlock predict, int activity, String guess) {
        BlockRef ref = new BlockRef(step.get(), activity);
        StepState state = state();
        return perform(predict.actionLines()).thenCompose(done -> answer(predict)).thenAccept(answer -> {
            StepState.Revealed revealed = new StepState.Revealed(guess, answer);
            state.reveal(activity, revealed);
            if (!guess.isEmpty()) {
                save(p -> p.withPrediction(ref, guess, revealed.right()));
            }
        });
    }

    /** The lab's answer: a reply to a command performed like any action, or fields read off the lab. */
    private CompletionStage<Answer> answer(PredictBlock predict) {
        if (predict.answer() instanceof AnswerQuery.Reply reply) {
            return model.perform(new LabAction(reply.text()))
                    .thenApply(o -> o.accepted() ? Answer.ofReply(o.detail()) : Answer.none(o.detail(), o.wording()));
        }
        AnswerQuery.Fields fields = (AnswerQuery.Fields) predict.answer();
        return model.read(fields::read);
    }

    /** Performs lines one after another through the window's action path; in demo mode, one by one, visibly. */
    private CompletionStage<Void> perform(List<String> lines) {
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (String line : lines) {
            chain = chain.thenCompose(done -> pause()).thenCompose(done -> model.perform(new LabAction(line)))
                    .thenApply(outcome -> null);
        }
        return chain;
    }

    private CompletionStage<Void> pause() {
        if (!demo.get() || demoDelayMs.get() <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> waited = new CompletableFuture<>();
        PauseTransition wait = new PauseTransition(Duration.millis(demoDelayMs.get()));
        wait.setOnFinished(e -> waited.complete(null));
        wait.play();
        return waited;
    }

    // ----- language and progress -----

    /** The window's language changed: the same lesson, same step, same state, in the other language. */
    private void switchLanguage() {
        if (lesson.get() != null) {
            library.course().lesson(lesson.get().id(), language()).ifPresent(translated -> {
                lesson.set(translated);
                if (!busy.get()) {
                    watchOpenTasks();
                }
                changed();
            });
        }
    }

    private String language() {
        return library.languageFor(i18n.locale());
    }

    private void save(UnaryOperator<LessonProgress> change) {
        try {
            library.progress().update(lesson.get().id(), change);
        } catch (IOException e) {
            model.report(i18n.get("lesson.saveFailed", e.getMessage()));
        }
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
