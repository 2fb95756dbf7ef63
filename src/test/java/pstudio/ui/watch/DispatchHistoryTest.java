package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pstudio.ui.watch.ScriptedDispatches.MS;
import static pstudio.ui.watch.ScriptedDispatches.ended;
import static pstudio.ui.watch.ScriptedDispatches.scheduler;
import static pstudio.ui.watch.ScriptedDispatches.started;
import static pstudio.ui.watch.ScriptedDispatches.telemetry;

import org.junit.jupiter.api.Test;
import pstudio.engine.DispatchStatus;
import pstudio.ui.RunCommands;

class DispatchHistoryTest {
    private final DispatchHistory history = new DispatchHistory();

    @Test
    void aRunningDispatchShowsItsProgressThreadsPerSecondAndUtilisationSoFar() {
        history.runStarted(RunCommands.NONE);
        history.onMessage(scheduler(1, "ServerScriptService.Master.Job", 4));
        history.onMessage(started(10 * MS, 7, 1000, 10, 4, 0));
        // 4 workers, 100 ms in, 250 threads done, batches busy for 40+60+100 ms.
        history.onMessage(telemetry(110 * MS, 7, 1000, 250, 4, 40 * MS, 60 * MS, 100 * MS));

        DispatchRow row = history.rows().get(0);
        assertEquals("running", row.status().label());
        assertEquals("ServerScriptService.Master.Job", row.scheduler());
        assertEquals("ServerScriptService.Master:12", row.caller());
        assertEquals(0.25, row.progress(), 1e-9);
        assertEquals(100 * MS, row.wallNanos());
        assertEquals(2500, row.threadsPerSecond(), 1e-6);
        assertEquals(200.0 / (100 * 4), row.utilisation(), 1e-9);
    }

    @Test
    void anEndedDispatchTakesTheEnginesWallTimeAndCounts() {
        history.runStarted(RunCommands.NONE);
        history.onMessage(started(0, 7, 1000, 10, 4, 0));
        history.onMessage(telemetry(50 * MS, 7, 1000, 400, 2, 50 * MS, 50 * MS));
        history.onMessage(ended(200 * MS, 7, 200 * MS, 990, 10, DispatchStatus.FAILED));
        history.onMessage(telemetry(900 * MS, 7, 1000, 990, 2));

        DispatchRow row = history.rows().get(0);
        assertEquals("failed", row.status().label());
        assertEquals(200 * MS, row.wallNanos(), "the wall time stops at the end");
        assertEquals(5000, row.threadsPerSecond(), 1e-6);
        assertEquals(100.0 / (200 * 2), row.utilisation(), 1e-9);
        assertEquals(1.0, row.progress(), 1e-9);
    }

    @Test
    void aCrashChainStaysTheStatusAndTheTableStaysAfterTheRunUntilTheNext() {
        history.runStarted(RunCommands.NONE);
        history.onMessage(started(0, 7, 64, 1, 64, 0));
        history.onMessage(new pstudio.protocol.EngineMessage.Lifecycle(new pstudio.parallelizer.ParallelizerEvent
                .CrashChain(5, 7, 1, "Job", 3, "error", "boom", 64, java.util.List.of(), "crash chain")));
        history.onMessage(ended(6, 7, 6, 0, 64, DispatchStatus.FAILED));
        history.runEnded();
        assertEquals("crash chain", history.rows().get(0).status().label());
        history.runStarted(RunCommands.NONE);
        assertEquals(0, history.rows().size());
    }

    @Test
    void aDispatchStillRunningWhenTheRunEndsIsCancelled() {
        history.runStarted(RunCommands.NONE);
        history.onMessage(started(0, 7, 64, 1, 64, 0));
        history.runEnded();
        assertEquals("cancelled", history.rows().get(0).status().label());
    }
}
