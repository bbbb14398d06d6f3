/**
 * Lessons: the course in {@code lessons/} — reading it, running it in a lab, checking it, and
 * remembering how far each student got. The format is described in {@code lessons/README.md}.
 *
 * <p>How the window uses it (everything that touches a lab runs on the lab thread):
 * <ul>
 *   <li>{@link com.replicationlab.lesson.Course#load} lists the lessons by language;
 *       {@link com.replicationlab.lesson.Lesson} holds steps, and each
 *       {@link com.replicationlab.lesson.Step} its blocks in order: {@link com.replicationlab.lesson.Prose}
 *       (Markdown to render), {@link com.replicationlab.lesson.LabBlock},
 *       {@link com.replicationlab.lesson.TaskBlock}, {@link com.replicationlab.lesson.QuizBlock},
 *       {@link com.replicationlab.lesson.PredictBlock} and {@link com.replicationlab.lesson.NotesBlock}
 *       (demo mode only; also {@link com.replicationlab.lesson.Step#notes()}).</li>
 *   <li>A lab block runs with {@link com.replicationlab.lesson.LabBlock#run}; a prediction, after the
 *       guess, with {@link com.replicationlab.lesson.PredictBlock#reveal}, whose
 *       {@link com.replicationlab.lesson.Answer#accepts} judges the guess; a quiz answer with
 *       {@link com.replicationlab.lesson.QuizBlock#isRight} and the choice's explanation.</li>
 *   <li>One {@link com.replicationlab.lesson.TaskWatch} per session, made with the session, ticks the
 *       tasks of the step on screen as the student acts; "show solution" is
 *       {@link com.replicationlab.lesson.TaskBlock#runSolution}.</li>
 *   <li>{@link com.replicationlab.lesson.LessonPath#before} gives the actions that rebuild the lab at
 *       the start of any step (resume, language switch, restart a step), to replay in a fresh session.</li>
 *   <li>{@link com.replicationlab.lesson.ProgressStore} keeps progress per user and lesson id, keyed by
 *       {@link com.replicationlab.lesson.BlockRef}, the same in every language.</li>
 * </ul>
 * The validator ({@link com.replicationlab.lesson.LessonValidator}, behind {@code run lessons/} and
 * {@code CourseTest}) takes the same way through every lesson, each task done by its solution.
 */
package com.replicationlab.lesson;
