package com.replicationlab.ui.panels;

import com.replicationlab.ui.actionlog.ActionLogPanel;
import com.replicationlab.ui.backlog.BacklogPanel;
import com.replicationlab.ui.clients.ClientsPanel;
import com.replicationlab.ui.console.ConsolePanel;
import com.replicationlab.ui.eventlog.EventLogPanel;
import com.replicationlab.ui.heartbeat.HeartbeatPanel;
import com.replicationlab.ui.inspector.InspectorPanel;
import com.replicationlab.ui.sequence.SequencePanel;

import java.util.List;

/** Every panel of the window, in tab order: add a panel here and the window shows it. */
public final class Panels {
    private Panels() {
    }

    public static List<LabPanel> all() {
        return List.of(new BacklogPanel(), new HeartbeatPanel(), new InspectorPanel(), new LegendPanel(),
                new EventLogPanel(), new SequencePanel(), new ConsolePanel(), new ClientsPanel(), new ActionLogPanel());
    }
}
