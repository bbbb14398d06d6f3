package com.replicationlab.ui;

import com.replicationlab.ui.i18n.I18n;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@DisplayName("The window's words")
class I18nTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/com/replicationlab/ui/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    @DisplayName("English and Simplified Chinese have exactly the same keys")
    void sameKeys() throws IOException {
        assertEquals(bundle("messages.properties").stringPropertyNames(),
                bundle("messages_zh_CN.properties").stringPropertyNames());
    }

    @Test
    @DisplayName("the language switches at run time, and bound text follows")
    void switchesAtRunTime() {
        I18n i18n = new I18n(Locale.ENGLISH);
        var play = i18n.text("clock.play");
        assertEquals("▶  Play", play.get());
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("▶  播放", play.get());
        assertEquals("t = 1.500 秒", i18n.get("clock.time", "1.500"));
        i18n.setLocale(Locale.ENGLISH);
        assertEquals("2 replicas", i18n.get("cluster.replicas.item", 2));
        assertEquals("1 replica", i18n.get("cluster.replicas.item", 1));
        assertEquals("connected · 1 key", i18n.get("node.replicaState", "connected", 1L));
        assertEquals("connected · 1,200 keys", i18n.get("node.replicaState", "connected", 1200L));
        assertEquals("2 replicas · no keys", i18n.get("node.goodReplicas", 2, 0L));
    }

    @Test
    @DisplayName("language tags map to the two languages; anything else is English")
    void parsesTags() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, I18n.parse("zh-CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, I18n.parse("zh_CN"));
        assertEquals(Locale.ENGLISH, I18n.parse("en"));
        assertEquals(Locale.ENGLISH, I18n.parse("fr"));
        assertNotEquals("⟨clock.play⟩", new I18n(Locale.forLanguageTag("fr")).get("clock.play"));
    }
}
