/**
 * The lab window (JavaFX).
 *
 * <p>{@link com.replicationlab.ui.LabViewModel} is the one model everything binds to: the newest
 * snapshot, the trace (bounded), the action journal, selection (a node, a packet), the clock
 * (playing, speed, interpolated virtual time) and the commands (play, step, step back, rewind,
 * reset, perform an action, open or save a scenario). It changes only on the UI thread, through
 * {@link com.replicationlab.ui.UiExecutor}, the one place that calls {@code Platform.runLater}.
 *
 * <p>To add a panel (backlog ring, lag charts, inspector, sequence diagram, console …): implement
 * {@link com.replicationlab.ui.panels.LabPanel} in a package of its own, build its view from the
 * {@link com.replicationlab.ui.panels.PanelContext} alone, take its words from the bundles in
 * {@code com/replicationlab/ui/i18n/}, style it with the themes' looked-up colours ({@code -rl-*}),
 * and list it in {@link com.replicationlab.ui.panels.Panels#all()}. Anything it does to the lab is
 * a {@link com.replicationlab.ui.session.LabAction} (a line of the action language) passed to
 * {@code perform}, so it lands in the action log and in saved scenarios.
 */
package com.replicationlab.ui;
