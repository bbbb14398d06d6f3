package com.replicationlab.ui.session;

import com.replicationlab.lab.ClusterSpec;
import com.replicationlab.lab.Lab;
import com.replicationlab.lesson.Lesson;
import com.replicationlab.lesson.LessonParser;
import com.replicationlab.lesson.TaskBlock;
import com.replicationlab.ui.EventWords;
import com.replicationlab.ui.i18n.I18n;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The window's actions, performed through the action language")
class ScriptPerformerTest {
    private final Lab lab = Lab.create(ClusterSpec.defaults());
    private final ScriptPerformer performer = new ScriptPerformer();

    @Test
    @DisplayName("a command's reply comes back as redis-cli prints it: several lines, INFO raw")
    void repliesAsRedisCliPrintsThem() {
        performer.perform(lab, LabActions.command("master", List.of("RPUSH", "l", "a", "b")));
        ActionOutcome range = performer.perform(lab, LabActions.command("master", List.of("LRANGE", "l", "0", "-1")));
        assertEquals("1) \"a\"\n2) \"b\"", range.detail());
        ActionOutcome info = performer.perform(lab, LabActions.command("master", List.of("INFO", "replication")));
        assertTrue(info.detail().startsWith("# Replication\nrole:master\n"), info.detail());
    }

    @Test
    @DisplayName("the window says an advance, a refused cluster line and an expectation in its language; in English as scripts do")
    void wordedInTheWindowsLanguage() {
        I18n english = new I18n(Locale.ENGLISH);
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        ActionOutcome advanced = performer.perform(lab, new LabAction("advance 2025ms"));
        assertEquals("virtual time is 2.025 s", advanced.detail());
        assertEquals(advanced.detail(), detail(advanced, english));
        assertEquals("虚拟时间现在是 2.025 秒", detail(advanced, chinese));

        ActionOutcome cluster = performer.perform(lab, new LabAction("cluster replicas=1"));
        assertFalse(cluster.accepted());
        assertEquals(cluster.detail(), detail(cluster, english));
        assertTrue(detail(cluster, chinese).startsWith("cluster 行会新建一个实验室"), detail(cluster, chinese));

        ActionOutcome expected = performer.perform(lab, new LabAction("expect replica-1.master_link_status == \"up\""));
        assertEquals("replica-1.master_link_status is \"up\"", expected.detail());
        assertEquals(expected.detail(), detail(expected, english));
        assertEquals("replica-1.master_link_status 为 \"up\"", detail(expected, chinese));
    }

    private static String detail(ActionOutcome outcome, I18n i18n) {
        return EventWords.outcome(outcome.wording(), outcome.detail(), i18n);
    }

    @Test
    @DisplayName("a line the action language does not know is refused with the parser's words")
    void unknownLineRefused() {
        ActionOutcome outcome = performer.perform(lab, new LabAction("frobnicate master"));
        assertFalse(outcome.accepted());
        assertTrue(outcome.detail().contains("frobnicate"), outcome.detail());
    }

    @Test
    @DisplayName("after Reset (a new lab) the watched tasks are checked on the new lab")
    void tasksFollowAFreshLab() throws Exception {
        Lesson lesson = LessonParser.parse("reset.md", "reset", "en", """
                # Reset

                ## Step

                ```lab
                cluster replicas=1
                ```

                ```task
                Let the master send its first PING.
                expect master.offset == 14
                ```

                ```solution
                advance 1500ms
                ```
                """);
        TaskBlock task = (TaskBlock) lesson.step(0).activities().get(1);
        List<TaskBlock> met = new ArrayList<>();
        performer.copyLabsWith(current -> current);
        performer.watchTasks(lab, List.of(task), met::add);
        Lab fresh = Lab.create(ClusterSpec.defaults());
        fresh.advance(1500);
        performer.checkTasks(fresh);
        assertEquals(List.of(task), met);
    }
}
