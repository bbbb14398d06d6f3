package com.replicationlab.server;

import com.replicationlab.command.Command;
import com.replicationlab.server.commands.ServerCommands;
import com.replicationlab.store.commands.DataCommands;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

@DisplayName("The command table")
class CommandTableTest {

    @Test
    @DisplayName("finds a command by its name in any case, as Redis does")
    void anyCase() {
        CommandTable table = new CommandTable();
        table.registerAll(DataCommands.all());
        assertNotNull(table.lookup("set"));
        assertSame(table.lookup("set"), table.lookup("SET"));
        assertSame(table.lookup("set"), table.lookup("sEt"));
        assertNull(table.lookup("sett"));
    }

    @Test
    @DisplayName("finds every command of a node by the bytes of its name in lower, upper and mixed case")
    void everyNameAsBytes() {
        CommandTable table = nodeTable();
        assertEquals(DataCommands.all().size() + ServerCommands.all().size(), table.size());
        for (Command command : table.all()) {
            String name = command.name();
            assertSame(command, table.lookup(bytes(name)), name);
            assertSame(command, table.lookup(bytes(name.toUpperCase(Locale.ROOT))), name);
            assertSame(command, table.lookup(bytes(alternatingCase(name))), name);
            assertNull(table.lookup(bytes(name + "\u00e9")), name + "\u00e9");
        }
    }

    @Test
    @DisplayName("folds only the ASCII letters, as Redis's strcasecmp does")
    void asciiCaseOnly() {
        CommandTable table = nodeTable();
        assertNull(table.lookup(""));
        assertNull(table.lookup("GET\0"));
        // U+212A KELVIN SIGN lower-cases to 'k' in Java, but Redis knows no command "\u212AEYS".
        assertNull(table.lookup("\u212AEYS"));
        assertNull(table.lookup(new byte[] {'G', 'E', (byte) ('T' | 0x80)}));
        // '@' and '`' sit just below 'A' and after 'Z' + 32: not letters.
        assertNull(table.lookup("@ET"));
        assertNotNull(table.lookup("KEYS"));
    }

    private static CommandTable nodeTable() {
        CommandTable table = new CommandTable();
        table.registerAll(DataCommands.all());
        table.registerAll(ServerCommands.all());
        return table;
    }

    private static String alternatingCase(String name) {
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
        }
        return mixed.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
