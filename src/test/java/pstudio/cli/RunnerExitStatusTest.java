package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code app/studio run}: what reaches stdout and stderr, and the exit status for each way a run can end. */
class RunnerExitStatusTest {

    @Test
    void aCleanRunPrintsToStdoutWarnsToStderrAndExitsZero() {
        RunnerInvocation r = RunnerInvocation.run("clean.place");
        assertEquals(RunCommand.CLEAN, r.status(), r.transcript());
        assertEquals(List.of("hello", "a 1 true"), r.stdoutLines(), r.transcript());
        assertEquals(List.of("WARN ServerScriptService.Master:3: careful"), r.stderrLines(), r.transcript());
    }

    @Test
    void aScriptErrorIsReportedInPlaceCoordinatesAndExitsOne() {
        RunnerInvocation r = RunnerInvocation.run("script-error.place");
        assertEquals(RunCommand.SCRIPT_ERROR, r.status(), r.transcript());
        assertEquals(List.of("before", "after"), r.stdoutLines(), "the other script still runs\n" + r.transcript());
        assertEquals("ERROR ServerScriptService.Master:2: boom", r.stderrLines().get(0), r.transcript());
    }

    @Test
    void aCompileErrorNamesScriptLineAndColumnAndTheOtherScriptsRun() {
        RunnerInvocation r = RunnerInvocation.run("compile-error.place");
        assertEquals(RunCommand.SCRIPT_ERROR, r.status(), r.transcript());
        assertEquals(List.of("good ran"), r.stdoutLines(), r.transcript());
        assertTrue(r.stderrLines().get(0).matches("ERROR ServerScriptService\\.Broken:\\d+: syntax error at column \\d+: .+"),
                r.transcript());
    }

    @Test
    void anEndlessLoopTimesOutWithStatusThreeAndSaysWhereItWasBusy() {
        RunnerInvocation r = RunnerInvocation.run("spin.place", "--timeout", "0.5");
        assertEquals(RunCommand.TIMED_OUT, r.status(), r.transcript());
        assertEquals(List.of("spinning"), r.stdoutLines(), r.transcript());
        assertTrue(r.stderr().contains("spin.place was still running after 0.5 s and was stopped (--timeout)"),
                r.transcript());
        assertTrue(r.stderr().contains("busy at ServerScriptService.Spin:2"), r.transcript());
    }

    @Test
    void aBadPlaceFileExitsTwoNamingTheFileLineAndReason() {
        RunnerInvocation r = RunnerInvocation.run("unknown-class.place");
        assertEquals(RunCommand.BAD_INPUT, r.status(), r.transcript());
        assertTrue(r.stderr().contains("unknown-class.place:4: unknown class 'Foldr'"), r.transcript());
        assertEquals("", r.stdout(), r.transcript());
    }

    @Test
    void aMissingPlaceFileExitsTwoNamingTheFile() {
        RunnerInvocation r = RunnerInvocation.of("run", "no-such-dir/absent.place");
        assertEquals(RunCommand.BAD_INPUT, r.status(), r.transcript());
        assertTrue(r.stderr().contains("absent.place"), r.transcript());
    }

    @Test
    void openingAMissingPlaceInTheStudioExitsTwoWithoutAWindow() {
        RunnerInvocation r = RunnerInvocation.of("no-such-dir/absent.place");
        assertEquals(2, r.status());
        assertEquals("error: no-such-dir/absent.place: no such place file\n", r.stderr());
        assertEquals("", r.stdout());
    }

    @Test
    void runWithoutAPlaceIsBadUsage() {
        RunnerInvocation r = RunnerInvocation.of("run");
        assertEquals(RunCommand.BAD_INPUT, r.status(), r.transcript());
        assertTrue(r.stderr().contains("PLACE"), r.transcript());
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        RunnerInvocation r = RunnerInvocation.run("clean.place", "--frobnicate");
        assertEquals(RunCommand.BAD_INPUT, r.status(), r.transcript());
        assertTrue(r.stderr().contains("--frobnicate"), r.transcript());
        assertEquals("", r.stdout(), "nothing ran");
    }

    @Test
    void zeroWorkersOrANonPositiveTimeoutIsBadUsage() {
        RunnerInvocation noWorkers = RunnerInvocation.of("run", RunnerInvocation.resource("clean.place").toString(),
                "--workers", "0");
        assertEquals(RunCommand.BAD_INPUT, noWorkers.status(), noWorkers.transcript());
        assertTrue(noWorkers.stderr().contains("--workers"), noWorkers.transcript());
        RunnerInvocation noTime = RunnerInvocation.run("clean.place", "--timeout", "0");
        assertEquals(RunCommand.BAD_INPUT, noTime.status(), noTime.transcript());
        assertTrue(noTime.stderr().contains("--timeout"), noTime.transcript());
    }

    @Test
    void aCrashChainExitsOneWithOneSummary() {
        RunnerInvocation r = RunnerInvocation.run("crash-chain.place");
        assertEquals(RunCommand.SCRIPT_ERROR, r.status(), r.transcript());
        assertEquals(1, r.stderrLines().stream().filter(l -> l.contains("crash chain:")).count(), r.transcript());
        assertEquals(List.of(), r.stdoutLines(), "the callback of an aborted dispatch never runs\n" + r.transcript());
    }
}
