package pstudio.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.parallelizer.ParallelizerEvent;

/** How the studio words a crash chain, and which earlier Output line the chain's entry stands for. */
class CrashChainAlertTest {
    private static final String JOB = "ServerScriptService.Master.Job";

    static ParallelizerEvent.CrashChain chain(long dispatchId, int failedActors, int actorCount) {
        List<ParallelizerEvent.ChainLink> links = new ArrayList<>();
        for (int i = 1; i <= failedActors; i++) {
            links.add(new ParallelizerEvent.ChainLink(100 + i, "JobActor" + i, i));
        }
        return new ParallelizerEvent.CrashChain(5, dispatchId, 1, JOB, 6, "MissingPropertyException",
                "attempt to index nil with 'missing'", actorCount, links, "crash chain: ...");
    }

    @Test
    void aDispatchChainNamesTheErrorTheCountAndTheAbortedDispatch() {
        CrashChainAlert alert = CrashChainAlert.of(chain(3, 64, 64), "CalculateNthRoot");
        assertEquals("Crash chain caught: attempt to index nil with 'missing' in 64 of 64 actors \u2014 dispatch"
                + " CalculateNthRoot aborted", alert.text());
        assertEquals("Open Job:6", alert.openLabel());
        assertEquals(JOB, alert.script());
        assertEquals(6, alert.line());
    }

    @Test
    void theFailedActorsAreTheChainsOwnInActorOrder() {
        CrashChainAlert alert = CrashChainAlert.of(chain(3, 9, 256), "Spin");
        assertEquals(List.of(101, 102, 103, 104, 105, 106, 107, 108, 109), alert.failedActorIds());
        assertTrue(alert.text().contains(" in 9 of 256 actors "), alert.text());
    }

    @Test
    void aTopLevelChainSaysWhereInsteadOfADispatch() {
        CrashChainAlert alert = CrashChainAlert.of(chain(0, 256, 256), null);
        assertEquals("Crash chain caught: attempt to index nil with 'missing' in 256 of 256 actors \u2014 in the job"
                + " script's top-level code", alert.text());
    }

    @Test
    void itStandsForTheDispatchsReportOfItsFirstFailureOnly() {
        CrashChainAlert alert = CrashChainAlert.of(chain(3, 8, 64), "Root");
        assertTrue(alert.supersedes(error("attempt to index nil with 'missing' (thread 1, JobActor1)", JOB, 6)));
        assertFalse(alert.supersedes(error("attempt to index nil with 'missing' (thread 1, JobActor1)", JOB, 7)),
                "another line");
        assertFalse(alert.supersedes(error("bad id 5 (thread 5, JobActor5)", JOB, 6)), "another error");
        assertFalse(alert.supersedes(error("crash chain: attempt to index nil with 'missing' at " + JOB + ":6", JOB, 6)),
                "the chain's own summary");
        assertFalse(alert.supersedes(OutputMessage.of(OutputLevel.PRINT,
                "attempt to index nil with 'missing' (thread 1, JobActor1)", JOB, 6)), "a print");
        assertFalse(CrashChainAlert.of(chain(0, 8, 8), null)
                .supersedes(error("attempt to index nil with 'missing' (thread 1, JobActor1)", JOB, 6)),
                "a top-level chain reports nothing before its summary");
    }

    private static OutputMessage error(String text, String script, int line) {
        return OutputMessage.of(OutputLevel.ERROR, text, script, line);
    }
}
