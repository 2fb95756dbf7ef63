package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runner runs its place in an engine process: with the heap limit --memory gives it, and never outliving the runner. */
class RunnerEngineProcessTest {

    @Test
    void aRunThatNeedsMoreThanItsMemoryEndsWithTheEnginesSentenceAndStatusOne() {
        RunnerInvocation r = RunnerInvocation.run("hoard.place", "--memory", "96");
        assertEquals(RunCommand.SCRIPT_ERROR, r.status(), r.transcript());
        assertEquals(List.of("hoarding"), r.stdoutLines(), r.transcript());
        String last = r.stderrLines().get(r.stderrLines().size() - 1);
        assertTrue(last.startsWith("error: The run ran out of memory at ServerScriptService.Hoard:4"), r.transcript());
        assertTrue(last.contains("limit of 96 MB"), r.transcript());
    }

    @Test
    void tooLittleMemoryIsBadUsage() {
        RunnerInvocation r = RunnerInvocation.run("clean.place", "--memory", "16");
        assertEquals(RunCommand.BAD_INPUT, r.status(), r.transcript());
        assertTrue(r.stderr().contains("--memory"), r.transcript());
    }

    @Test
    void theHelpNamesTheMemoryOption() {
        RunnerInvocation r = RunnerInvocation.of("run", "--help");
        assertTrue(r.stdout().contains("--memory=MB"), r.stdout());
    }

    /** As when the runner is killed (kill -9, a closed terminal): its engine sees its stdin close and ends. */
    @Test
    void anEngineWhoseRunnerDiesEndsToo() throws Exception {
        String classpath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).trim();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "pstudio.Main"));
        command.addAll(List.of(RunnerInvocation.runArgs("endless-print.place", "--timeout", "600")));
        Process runner = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(runner.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("line 0", out.readLine(), "the run started");
                Optional<ProcessHandle> engine = runner.toHandle().children().findFirst();
                assertTrue(engine.isPresent(), "the run is in a child process");
                runner.destroyForcibly();
                assertTrue(runner.waitFor(30, TimeUnit.SECONDS));
                assertTrue(engine.get().onExit().get(60, TimeUnit.SECONDS) != null);
                assertFalse(engine.get().isAlive(), "the engine ended with its runner");
            }
        } finally {
            runner.destroyForcibly();
            runner.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }
}
