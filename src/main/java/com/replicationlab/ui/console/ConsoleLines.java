package com.replicationlab.ui.console;

import com.replicationlab.ui.session.LabAction;
import com.replicationlab.ui.session.LabActions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a console line. {@code NODE> command args} runs a command on that node; a line starting
 * with a verb of the lab's action language ({@code drop next master->replica-1}, {@code config
 * master min-replicas-to-write 2}, {@code crash replica-1} …) is that action; {@code advance} and
 * {@code step} run the clock; anything else is a command for the console's node. Every action is
 * made by {@link LabActions}, so it reads in the action log exactly as the window's buttons write it.
 */
final class ConsoleLines {
    /** Words that begin a lab action rather than a Redis command ("config" only when a node follows). */
    static final List<String> VERBS = List.of("config", "drop", "duplicate", "hold", "release", "deliver", "delay",
            "kill", "heal", "close", "crash", "restart", "promote", "advance", "step", "help");
    private static final Pattern PROMPT = Pattern.compile("^(\\S+)>\\s*(.*)$");
    private static final Pattern DIRECTION = Pattern.compile("^(\\S+)->(\\S+)$");
    private static final Pattern DURATION = Pattern.compile("^(\\d+(?:\\.\\d+)?)(ms|s)$");
    private static final Pattern PERCENT = Pattern.compile("^(\\d{1,3})%$");
    private static final long MAX_ADVANCE_MS = 3_600_000;
    private static final int MAX_STEPS = 1_000;

    private final Set<String> nodes;
    private final UnaryOperator<String> masterOf;

    /**
     * @param nodes the lab's node names now
     * @param masterOf the master a replica follows (null for a master), for one-ended link actions
     */
    ConsoleLines(Set<String> nodes, UnaryOperator<String> masterOf) {
        this.nodes = nodes;
        this.masterOf = masterOf;
    }

    ConsoleRequest read(String line, String currentNode) {
        Matcher prompt = PROMPT.matcher(line);
        if (prompt.matches() && nodes.contains(prompt.group(1))) {
            return command(prompt.group(1), prompt.group(2));
        }
        List<String> words;
        try {
            words = Arguments.split(line);
        } catch (IllegalArgumentException e) {
            return new ConsoleRequest.Problem("console.problem.quotes");
        }
        if (words.isEmpty()) {
            return new ConsoleRequest.Problem("console.problem.empty");
        }
        String verb = words.get(0);
        boolean configAction = verb.equals("config") && words.size() > 1 && nodes.contains(words.get(1));
        if (!VERBS.contains(verb) || verb.equals("config") && !configAction) {
            return command(currentNode, line);
        }
        try {
            return action(words);
        } catch (IllegalArgumentException e) {
            return new ConsoleRequest.Problem("console.problem.usage", e.getMessage());
        }
    }

    private static ConsoleRequest command(String node, String text) {
        List<String> args;
        try {
            args = Arguments.split(text);
        } catch (IllegalArgumentException e) {
            return new ConsoleRequest.Problem("console.problem.quotes");
        }
        if (args.isEmpty()) {
            return new ConsoleRequest.Problem("console.problem.empty");
        }
        return new ConsoleRequest.Act(LabActions.command(node, args));
    }

    /** A lab action; throws IllegalArgumentException with the right form when the words do not fit. */
    private ConsoleRequest action(List<String> w) {
        String verb = w.get(0);
        switch (verb) {
            case "help":
                return new ConsoleRequest.Help();
            case "config":
                need(w.size() == 4, "config NODE SETTING VALUE");
                return act(LabActions.config(w.get(1), w.get(2), w.get(3)));
            case "advance": {
                need(w.size() == 2, "advance 500ms");
                long ms = duration(w.get(1));
                need(ms > 0 && ms <= MAX_ADVANCE_MS, "advance 500ms (at most 3600s)");
                return new ConsoleRequest.Advance(ms);
            }
            case "step": {
                need(w.size() <= 2, "step [N]");
                int events = w.size() == 1 ? 1 : number(w.get(1), "step [N]");
                need(events >= 1 && events <= MAX_STEPS, "step [N] (1 to " + MAX_STEPS + ")");
                return new ConsoleRequest.Step(events);
            }
            case "crash", "restart", "promote": {
                need(w.size() == 2, verb + " NODE");
                String node = w.get(1);
                return act(switch (verb) {
                    case "crash" -> LabActions.crash(node);
                    case "restart" -> LabActions.restart(node);
                    default -> LabActions.promote(node);
                });
            }
            case "kill", "heal", "close":
                return link(w);
            case "release": {
                need(w.size() == 2, "release A->B");
                String[] ends = direction(w.get(1), "release A->B");
                return act(LabActions.release(ends[0], ends[1]));
            }
            case "delay": {
                need(w.size() == 3, "delay A->B 200ms");
                String[] ends = direction(w.get(1), "delay A->B 200ms");
                return act(LabActions.delay(ends[0], ends[1], duration(w.get(2))));
            }
            case "deliver":
                need(w.size() == 3 && w.get(1).equals("packet"), "deliver packet ID");
                return act(LabActions.deliverPacket(number(w.get(2), "deliver packet ID")));
            default:
                return fault(w);
        }
    }

    /** drop / duplicate / hold: {@code next A->B}, {@code packet ID}, and for drop {@code rate N% A->B}. */
    private ConsoleRequest fault(List<String> w) {
        String verb = w.get(0);
        String usage = verb + " next A->B | " + verb + " packet ID" + (verb.equals("drop") ? " | drop rate 30% A->B" : "");
        need(w.size() >= 3, usage);
        switch (w.get(1)) {
            case "next": {
                need(w.size() == 3, usage);
                String[] ends = direction(w.get(2), usage);
                return act(switch (verb) {
                    case "drop" -> LabActions.dropNext(ends[0], ends[1]);
                    case "duplicate" -> LabActions.duplicateNext(ends[0], ends[1]);
                    default -> LabActions.holdNext(ends[0], ends[1]);
                });
            }
            case "packet": {
                need(w.size() == 3, usage);
                long id = number(w.get(2), usage);
                return act(switch (verb) {
                    case "drop" -> LabActions.dropPacket(id);
                    case "duplicate" -> LabActions.duplicatePacket(id);
                    default -> LabActions.holdPacket(id);
                });
            }
            case "rate": {
                need(verb.equals("drop") && w.size() == 4, usage);
                Matcher percent = PERCENT.matcher(w.get(2));
                need(percent.matches() && Integer.parseInt(percent.group(1)) <= 100, usage);
                String[] ends = direction(w.get(3), usage);
                return act(LabActions.dropRate(ends[0], ends[1], Integer.parseInt(percent.group(1))));
            }
            default:
                throw new IllegalArgumentException(usage);
        }
    }

    /** {@code kill link A B}, or {@code kill link REPLICA} for the link to its master. */
    private ConsoleRequest link(List<String> w) {
        String verb = w.get(0);
        String usage = verb + " link REPLICA | " + verb + " link A B";
        need((w.size() == 3 || w.size() == 4) && w.get(1).equals("link"), usage);
        String a = w.get(2);
        String b = w.size() == 4 ? w.get(3) : masterOf.apply(a);
        need(b != null, usage);
        return act(switch (verb) {
            case "kill" -> LabActions.killLink(a, b);
            case "heal" -> LabActions.healLink(a, b);
            default -> LabActions.closeLink(a, b);
        });
    }

    private static ConsoleRequest act(LabAction action) {
        return new ConsoleRequest.Act(action);
    }

    private static String[] direction(String word, String usage) {
        Matcher direction = DIRECTION.matcher(word);
        need(direction.matches(), usage);
        return new String[] {direction.group(1), direction.group(2)};
    }

    private static long duration(String word) {
        Matcher duration = DURATION.matcher(word.toLowerCase(Locale.ROOT));
        need(duration.matches(), "a time such as 500ms or 2s");
        double value = Double.parseDouble(duration.group(1));
        double ms = duration.group(2).equals("s") ? value * 1000 : value;
        need(ms <= MAX_ADVANCE_MS, "a time of at most 3600s");
        return Math.round(ms);
    }

    private static int number(String word, String usage) {
        need(word.matches("\\d{1,9}"), usage);
        return Integer.parseInt(word);
    }

    private static void need(boolean holds, String usage) {
        if (!holds) {
            throw new IllegalArgumentException(usage);
        }
    }
}
