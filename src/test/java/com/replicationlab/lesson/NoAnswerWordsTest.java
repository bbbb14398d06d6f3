package com.replicationlab.lesson;

import com.replicationlab.lab.Wording;
import com.replicationlab.script.Session;
import com.replicationlab.ui.EventWords;
import com.replicationlab.ui.i18n.I18n;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@DisplayName("Why the lab had no answer to a prediction, in the window's language")
class NoAnswerWordsTest {
    private static final I18n CHINESE = new I18n(Locale.SIMPLIFIED_CHINESE);

    /** The answer to {@code answer: QUERY} after {@code crash replica-1}, on a lab of one replica. */
    private static Answer answerTo(String query) throws Exception {
        String text = """
                # Answers

                ## Only

                ```lab
                cluster replicas=1
                advance 500ms
                crash replica-1
                ```

                ```predict
                What is it?
                answer: %s
                why: {answer}
                ```
                """.formatted(query);
        Lesson lesson = LessonParser.parse("answers.md", "answers", "en", text);
        Session session = new Session();
        ((LabBlock) lesson.step(0).activities().get(0)).run(session);
        return ((PredictBlock) lesson.step(0).activities().get(1)).reveal(session).answer();
    }

    @Test
    @DisplayName("a field with no value: a node down")
    void noValue() throws Exception {
        Answer answer = answerTo("replica-1.offset");
        assertFalse(answer.available());
        assertEquals(new Wording("answerNoValue", "replica-1.offset"), answer.why());
        assertEquals("replica-1.offset 没有值", EventWords.outcome(answer.why(), answer.shown(), CHINESE));
    }

    @Test
    @DisplayName("a sum with a part that is not a number")
    void notANumber() throws Exception {
        Answer answer = answerTo("master.offset + master.role");
        assertEquals(new Wording("answerNotANumber", "master.role", "master"), answer.why());
        assertEquals("master.role 不是数字：master", EventWords.outcome(answer.why(), answer.shown(), CHINESE));
    }

    @Test
    @DisplayName("a command the lab refuses (its node is down) says so as the lab words it")
    void refusedCommand() throws Exception {
        Answer answer = answerTo("replica-1> GET k");
        assertFalse(answer.available());
        assertEquals("replica-1 已宕机", EventWords.outcome(answer.why(), answer.shown(), CHINESE));
    }
}
