package pstudio.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line Stop leaves in the Output, as the person reads it. */
class StopSummaryTest {

    @Test
    void aStopInTheMiddleOfADispatchSaysWhereAndHowFarItGot() {
        assertEquals("stopped after 4.2 s; busy at ServerScriptService.Master.Job:6; dispatch 'Spin' cancelled,"
                        + " 2 of 256 threads done",
                StopSummary.of(4_237, List.of("ServerScriptService.Master.Job:6"), false,
                        List.of(new StopSummary.CutDispatch("Spin", 256, 2, 0))));
    }

    @Test
    void everyBusyLineAndEveryCutDispatchIsNamedAndFailuresAreCounted() {
        assertEquals("stopped after 0.3 s; busy at ServerScriptService.Master:3, ServerScriptService.Master.Job:9;"
                        + " dispatch 'A' cancelled, 0 of 10 threads done; dispatch 'B' cancelled, 5 of 8 threads done, 1 failed",
                StopSummary.of(250, List.of("ServerScriptService.Master:3", "ServerScriptService.Master.Job:9"), false,
                        List.of(new StopSummary.CutDispatch("A", 10, 0, 0), new StopSummary.CutDispatch("B", 8, 5, 1))));
    }

    @Test
    void anIdleRunSaysSoAndARunThatCouldNotBeAskedSaysOnlyItsTime() {
        assertEquals("stopped after 61.0 s; the scripts were idle", StopSummary.of(61_000, List.of(), true, List.of()));
        assertEquals("stopped after 0.0 s", StopSummary.of(20, List.of(), false, List.of()));
    }
}
