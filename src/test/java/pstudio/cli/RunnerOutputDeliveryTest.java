package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.json.JsonSlurper;
import java.io.BufferedReader;
import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The runner never loses output silently: a slow reader gets everything, a vanished one ends the run with status 4. */
class RunnerOutputDeliveryTest {
    @TempDir
    Path dir;

    /** A reader that takes nothing for a while, as {@code | (sleep 10; wc -l)} does, then everything. */
    private static OutputStream pausingFirst(OutputStream out, long millis) {
        return new FilterOutputStream(out) {
            private boolean paused;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (!paused) {
                    paused = true;
                    try {
                        Thread.sleep(millis);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                out.write(b, off, len);
            }
        };
    }

    /** A reader that takes the first {@code keep} bytes and goes away, as {@code | head -1} does. */
    private static OutputStream closingAfter(OutputStream out, int keep) {
        return new FilterOutputStream(out) {
            private int taken;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                // like a pipe whose reader took `keep` bytes and left: what fits is read, the rest fails
                int fits = Math.min(len, keep - taken);
                if (fits > 0) {
                    out.write(b, off, fits);
                    taken += fits;
                }
                if (fits < len) {
                    throw new IOException("Broken pipe");
                }
            }
        };
    }

    /**
     * 20,000 prints fit the engine's queue, so the run ends while the reader still pauses and the
     * runner must wait for it; 150,000 do not, so the script itself waits for the reader.
     */
    @ParameterizedTest(name = "{0} prints, the reader pausing {1} ms")
    @CsvSource({"20000, 8000", "150000, 6000"})
    void aReaderThatPausesGetsEveryPrintInOrderAndTheFinalWarning(int prints, long pauseMillis) {
        RunnerInvocation r = RunnerInvocation.readBy(out -> pausingFirst(out, pauseMillis),
                RunnerInvocation.runArgs("prints-" + prints + ".place"));
        assertEquals(RunCommand.CLEAN, r.status(), r.stderr());
        List<String> lines = r.stdoutLines();
        assertEquals(prints, lines.size(), "every print reaches stdout");
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("line " + (i + 1))) {
                throw new AssertionError("line " + (i + 1) + " is '" + lines.get(i) + "'");
            }
        }
        assertEquals(List.of("WARN ServerScriptService.Master:2: the end"), r.stderrLines());
    }

    @Test
    void everyPrintOf256ActorsInATightLoopIsWrittenOnce() {
        RunnerInvocation r = RunnerInvocation.run("chatty-actors.place");
        assertEquals(RunCommand.CLEAN, r.status(), r.stderr());
        List<String> lines = r.stdoutLines();
        assertEquals(256 * 1000, lines.size(), "256 actors x 1000 prints");
        assertEquals(256 * 1000, Collections.frequency(lines, "tick"));
        assertEquals(List.of("WARN ServerScriptService.Master:3: done"), r.stderrLines());
    }

    @Test
    @Timeout(60)
    @SuppressWarnings("unchecked")
    void aClosedStdoutEndsTheRunWithStatusFourAndTheReportCountsWhatWasNotWritten() throws IOException {
        Path report = dir.resolve("report.json");
        RunnerInvocation r = RunnerInvocation.readBy(out -> closingAfter(out, "line 0\n".length()),
                RunnerInvocation.runArgs("endless-print.place", "--timeout", "600", "--report", report.toString()));
        assertEquals(RunCommand.OUTPUT_LOST, r.status(), r.transcript());
        assertEquals(List.of("line 0"), r.stdoutLines());
        assertTrue(r.stderr().matches("(?s)error: stdout was closed before the run's output was all written, so the run"
                + " was stopped; ([\\d,]+ messages were|1 message was) not written\n"), r.stderr());
        Map<String, Object> json = (Map<String, Object>) new JsonSlurper().parse(Files.readString(report).toCharArray());
        assertEquals(4, json.get("exitStatus"));
        assertEquals(true, json.get("outputClosed"));
        assertEquals(false, json.get("timedOut"));
        assertTrue(((Number) json.get("outputLost")).longValue() >= 1, json.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCleanRunReportsThatNothingWasLost() throws IOException {
        Path report = dir.resolve("clean.json");
        RunnerInvocation r = RunnerInvocation.run("clean.place", "--report", report.toString());
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        Map<String, Object> json = (Map<String, Object>) new JsonSlurper().parse(Files.readString(report).toCharArray());
        assertEquals(false, json.get("outputClosed"));
        assertEquals(0, json.get("outputLost"));
    }

    @Test
    void theHelpNamesTheOutputLostStatus() {
        RunnerInvocation r = RunnerInvocation.of("run", "--help");
        assertEquals(0, r.status(), r.transcript());
        assertTrue(r.stdout().contains("4  output lost: stdout or stderr was closed (as by | head -1)"), r.stdout());
    }

    /**
     * {@code app/studio run PLACE EXTRA...} in a child JVM (the build's classes), with {@code jvmOption};
     * like app/studio, it allows the sandbox's SecurityManager.
     */
    private static Process studioRun(String jvmOption, String place, String... extra) throws IOException {
        String classpath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).trim();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", jvmOption, "-cp", classpath, "pstudio.Main"));
        command.addAll(List.of(RunnerInvocation.runArgs(place, extra)));
        return new ProcessBuilder(command).start();
    }

    /** A real pipe, as {@code app/studio run PLACE | head -1}: the child notices the closed pipe and ends. */
    @Test
    void aRealPipeThatIsClosedAfterOneLineEndsTheRunWithStatusFour() throws Exception {
        Process child = studioRun("-Dfile.encoding=UTF-8", "endless-print.place", "--timeout", "600");
        try {
            String first;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                first = out.readLine();
            }
            assertEquals("line 0", first);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the run goes on after its stdout was closed");
            String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(RunCommand.OUTPUT_LOST, child.exitValue(), stderr);
            assertTrue(stderr.contains("error: stdout was closed"), stderr);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void whatThePlatformCharsetCannotEncodeStillArrivesWholeInUtf8() throws Exception {
        Process child = studioRun("-Dfile.encoding=US-ASCII", "unicode.place");
        try {
            String stdout = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals(RunCommand.CLEAN, child.exitValue(), stderr);
            assertEquals("héllo ✓\n", stdout);
            assertEquals("WARN ServerScriptService.Master:2: größer\n", withoutJavaNotices(stderr));
        } finally {
            child.destroyForcibly();
        }
    }

    /** Java 17 to 23 print their own deprecation notice ({@code WARNING: ...}) when the sandbox is installed. */
    private static String withoutJavaNotices(String stderr) {
        return stderr.replaceAll("(?m)^WARNING: .*\n", "");
    }
}
