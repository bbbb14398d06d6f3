package com.replicationlab.server;

import com.replicationlab.store.commands.DataCommands;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
