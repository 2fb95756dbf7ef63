package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code app/studio run} with RunService.Heartbeat: a place that animates N frames and disconnects
 * ends by itself, and {@code --set} turns the knobs its master reads from attributes.
 */
class RunnerHeartbeatTest {

    @Test
    void aPlaceThatAnimatesThenDisconnectsEndsCleanlyAndSetChangesItsAttributes() {
        RunnerInvocation plain = RunnerInvocation.run("heartbeat.place");
        assertEquals(RunCommand.CLEAN, plain.status(), plain.transcript());
        assertEquals(List.of("animation: 5 frames, running true"), plain.stdoutLines(), plain.transcript());

        RunnerInvocation set = RunnerInvocation.run("heartbeat.place", "--set", "Frames=0x3",
                "--set", "ServerScriptService.Master.Label=short run");
        assertEquals(RunCommand.CLEAN, set.status(), set.transcript());
        assertEquals(List.of("short run: 3 frames, running true"), set.stdoutLines(), set.transcript());
    }

    @Test
    void aHeartbeatHandlerThatThrowsIsReportedOnceAndTheRunEndsWithStatusOne() {
        RunnerInvocation r = RunnerInvocation.run("heartbeat.place", "--set", "Fail=true");
        assertEquals(RunCommand.SCRIPT_ERROR, r.status(), r.transcript());
        assertEquals(List.of("ERROR ServerScriptService.Master:7: frame 1 failed"
                + " (the Heartbeat handler was disconnected after this error)"), r.stderrLines(), r.transcript());
    }

    @Test
    void aSetThatNamesNoAttributeOrHasTheWrongTypeIsBadUsageThatSaysWhatThePlaceHas() {
        RunnerInvocation unknown = RunnerInvocation.run("heartbeat.place", "--set", "Size=64");
        assertEquals(RunCommand.BAD_INPUT, unknown.status(), unknown.transcript());
        assertEquals(List.of("error: --set Size: no instance in the place has an attribute Size; the place's"
                + " attributes are ServerScriptService.Master.Fail = false, ServerScriptService.Master.Frames = 5,"
                + " ServerScriptService.Master.Label = 'animation'"), unknown.stderrLines(), unknown.transcript());
        assertEquals("", unknown.stdout(), "nothing ran\n" + unknown.transcript());

        RunnerInvocation wrongType = RunnerInvocation.run("heartbeat.place", "--set", "Frames=many");
        assertEquals(RunCommand.BAD_INPUT, wrongType.status(), wrongType.transcript());
        assertEquals(List.of("error: --set Frames=many: Frames is a number, and 'many' is not one"),
                wrongType.stderrLines(), wrongType.transcript());
    }
}
