package com.replicationlab.cli;

import com.replicationlab.testing.RealRedis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every benchmark at a tiny size, so none can rot; no timing is asserted (CI machines vary). */
@DisplayName("replication-lab bench, at tiny sizes")
class BenchSmokeTest {

    private static List<String> bench(String... args) {
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = commandLine.execute(all);
        assertEquals(0, status, () -> "exit status of bench " + String.join(" ", args) + "\n" + out + err);
        return out.toString().lines().toList();
    }

    /** The rows of the printed table under its header and rule. */
    private static List<String> rows(List<String> lines) {
        int rule = lines.indexOf(lines.stream().filter(l -> l.startsWith("|--")).findFirst().orElseThrow());
        return lines.subList(rule + 1, lines.size());
    }

    /** A base port with {@code count} free ports after it. */
    private static int freePorts(int count) throws IOException {
        for (int base = 28600; base < 28990 - count; base += count) {
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IOException("no free block of " + count + " ports");
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    @Test
    @DisplayName("lab speed reports deliveries of a master and 8 replicas and the overhead over direct keyspaces")
    void labSpeed() {
        List<String> lines = bench("lab", "--writes", "200", "--repeats", "1");
        assertTrue(lines.get(1).contains("overhead"), lines.toString());
        assertTrue(lines.get(1).contains("lab thread CPU ms") && lines.get(1).contains("lab MB allocated"), lines.toString());
        assertEquals(1, rows(lines).size());
        assertEquals(14, rows(lines).get(0).split("\\|").length, "thirteen columns: " + lines);
    }

    @Test
    @DisplayName("step back reports the time of one step back after the events asked for")
    void stepBack() {
        List<String> lines = bench("stepback", "--events", "300", "--repeats", "2");
        assertTrue(rows(lines).get(0).startsWith("| 300 "), lines.toString());
    }

    @Test
    @DisplayName("memory samples heap and resident size as the lab plays")
    void memory() {
        List<String> lines = bench("memory", "--virtual-seconds", "2", "--speed", "10", "--replicas", "2", "--samples", "2");
        assertTrue(rows(lines).size() >= 2, lines.toString());
    }

    @Test
    @DisplayName("window opens the real window (headless here), plays at each speed under writes and reports its frame times")
    void window() throws TimeoutException {
        // TestFX starts JavaFX, as it would for a GUI test, so the window tests after this one find it theirs.
        FxToolkit.registerPrimaryStage();
        List<String> lines = bench("window", "--replicas", "2", "--writes-per-second", "50", "--seconds", "1",
                "--warmup-seconds", "0");
        assertEquals(List.of("1x", "10x"), rows(lines).stream().filter(l -> l.startsWith("|"))
                .map(l -> l.split("\\|")[1].trim()).toList(), lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("launch to first frame: "), lines.toString());
    }

    @Test
    @DisplayName("launch opens the window (headless here) and reports when it was shown and drew its first frame")
    void launch() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        List<String> lines = bench("launch");
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("window shown: \\d+ ms, first frame: \\d+ ms .*, CPU time: \\d+ ms"), lines.toString());
    }

    @Test
    @DisplayName("full sync times a lab replica and a real one (needs redis-server)")
    void fullSync() throws IOException {
        RealRedis.assumeInstalled();
        List<String> lines = bench("sync", "--keys", "500", "--repeats", "1", "--port", Integer.toString(freePorts(12)));
        assertEquals(1, rows(lines).size(), lines.toString());
    }

    @Test
    @DisplayName("wire throughput runs redis-benchmark against both masters, with and without pipelining")
    void wire() throws IOException {
        RealRedis.assumeInstalled("redis-benchmark");
        List<String> lines = bench("wire", "-n", "2000", "-c", "5", "--tests", "set,get", "--repeats", "1",
                "--port", Integer.toString(freePorts(14)));
        assertEquals(List.of("SET", "GET", "SET", "GET"),
                rows(lines).stream().map(l -> l.split("\\|")[1].trim()).toList());
    }
}
