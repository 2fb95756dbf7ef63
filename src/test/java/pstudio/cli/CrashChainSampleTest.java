package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** samples/crash-chain.place: the deliberate bug in every clone is one crash-chain summary, and the dispatch fails. */
class CrashChainSampleTest {
    @Test
    void theBugClonedIntoEveryActorIsOneSummaryAndTheDispatchFails() {
        RunnerInvocation r = RunnerInvocation.of("run", "samples/crash-chain.place", "--workers", "2",
                "--set", "Actors=32", "--set", "Threads=1024");
        assertEquals(1, r.status(), "a script error: " + r.transcript());
        List<String> chains = r.stderr().lines().filter(l -> l.contains("crash chain:")).toList();
        assertEquals(1, chains.size(), r.stderr());
        assertTrue(chains.get(0).contains("attempt to perform arithmetic on a nil value at ServerScriptService.Master.Job:11"),
                chains.get(0));
        assertTrue(chains.get(0).contains("of 32 actors"), chains.get(0));
        assertTrue(r.stdout().startsWith("the dispatch ended Failed after "), r.stdout());
        assertTrue(r.stderr().lines().filter(l -> l.startsWith("ERROR")).count() <= 2,
                "at most the first failure and the summary, not one per actor: " + r.stderr());
    }
}
