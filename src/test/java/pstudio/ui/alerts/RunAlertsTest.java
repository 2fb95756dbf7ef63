package pstudio.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.DispatchStatus;
import pstudio.engine.TelemetrySnapshot;
import pstudio.parallelizer.DispatchProgress;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.protocol.EngineMessage;

/** What a run's messages leave for the notification and for Stop's summary. */
class RunAlertsTest {

    @Test
    void aCrashChainWaitsWithItsDispatchsNameUntilTakenOnce() {
        RunAlerts alerts = new RunAlerts();
        alerts.onMessage(lifecycle(started(3, "CalculateNthRoot", 1024)));
        alerts.onMessage(lifecycle(CrashChainAlertTest.chain(3, 64, 64)));
        List<CrashChainAlert> caught = alerts.drainCrashChains();
        assertEquals(1, caught.size());
        assertTrue(caught.get(0).text().endsWith("dispatch CalculateNthRoot aborted"), caught.get(0).text());
        assertTrue(alerts.drainCrashChains().isEmpty());
    }

    @Test
    void theDispatchesStillRunningCarryTheirLatestProgress() {
        RunAlerts alerts = new RunAlerts();
        alerts.onMessage(lifecycle(started(1, "Quick", 10)));
        alerts.onMessage(lifecycle(started(2, "Spin", 256)));
        alerts.onMessage(lifecycle(started(3, "NotSampledYet", 8)));
        alerts.onMessage(lifecycle(new ParallelizerEvent.DispatchEnded(9, 1, 1, "Quick", DispatchStatus.FINISHED,
                100, 10, 0, 0)));
        alerts.onMessage(telemetry(new DispatchProgress(2, 1, "Spin", DispatchStatus.RUNNING, 256, 2, 1, 0)));
        assertEquals(List.of(new StopSummary.CutDispatch("Spin", 256, 2, 1),
                new StopSummary.CutDispatch("NotSampledYet", 8, 0, 0)), alerts.dispatchesInFlight());
    }

    private static ParallelizerEvent.DispatchStarted started(long id, String name, int threads) {
        return new ParallelizerEvent.DispatchStarted(1, id, 1, name, threads, 1, 4, "ServerScriptService.Master", 3, 0);
    }

    private static EngineMessage lifecycle(Record event) {
        return new EngineMessage.Lifecycle(event);
    }

    private static EngineMessage telemetry(DispatchProgress progress) {
        return new EngineMessage.Telemetry(new TelemetrySnapshot(1, List.of(), 0, 0, 0, 0, List.of(progress)),
                List.of(), 0, List.of(), 0, 0);
    }
}
