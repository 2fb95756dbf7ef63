package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.DispatchStatus;
import pstudio.engine.OutputMessage;

/** One bug cloned into every actor trips the guard once, instead of flooding the output. */
class CrashChainTest {
    private static final String BUGGY_JOB = JobPlace.job("Root",
            "{ id, inst ->\n    def nth = inst.missing\n    id ** (1 / nth)\n}");

    @Test
    void theSameErrorInManyActorsIsSummarisedOnceAndAbortsTheDispatch() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(64,
                "def h = JobScheduler.DispatchAsync('Root', 64 * 50, 1, { r -> print('callback') }, [2])\n"
                + "print('status ' + h.Wait())\n"), BUGGY_JOB).runToEnd();
        assertEquals(List.of("status Failed"), p.prints(), p.output());
        List<OutputMessage> chains = p.errors().stream().filter(m -> m.text().startsWith("crash chain:")).toList();
        assertEquals(1, chains.size(), p.output());
        OutputMessage chain = chains.get(0);
        assertTrue(chain.text().matches("crash chain: .+ at ServerScriptService\\.Master\\.Job:6 in \\d+ of 64 actors "
                + "\\(first in JobActor\\d+, thread \\d+\\); the dispatch was aborted: \\d+ actors never ran.*"),
                chain.text());
        int failed = Integer.parseInt(chain.text().replaceAll(".* in (\\d+) of 64 actors.*", "$1"));
        int neverRan = Integer.parseInt(chain.text().replaceAll(".*aborted: (\\d+) actors never ran.*", "$1"));
        int stoppedEarly = chain.text().contains("stopped early")
                ? Integer.parseInt(chain.text().replaceAll(".*, (\\d+) stopped early.*", "$1")) : 0;
        assertTrue(failed + neverRan + stoppedEarly <= 64 && neverRan > 0, "the counts add up: " + chain.text());
        int n = Integer.parseInt(chain.text().replaceAll(".* in (\\d+) of 64 actors.*", "$1"));
        assertTrue(n >= 8, chain.text());
        assertEquals(n, chain.details().size(), "one detail line per failing actor");
        assertTrue(chain.details().get(0).matches("JobActor\\d+: thread \\d+"), chain.details().get(0));
        assertTrue(p.errors().size() <= 2, "at most the first error and the summary:\n" + p.output());
        assertEquals(1, p.events(ParallelizerEvent.CrashChain.class).size());
        assertEquals(DispatchStatus.FAILED, p.events(ParallelizerEvent.DispatchEnded.class).get(0).status());
        long threadsRun = p.batchSpans().size();
        assertTrue(threadsRun < 64 * 50, "batches not started when the chain tripped must be cancelled");
    }

    @Test
    void aScriptWithFewerActorsThanTheChainLengthTripsWhenAllOfThemFail() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(3,
                "JobScheduler.DispatchEquallyAsync('Root', 30, { r -> print('callback') }, [2])\n"), BUGGY_JOB)
                .runToEnd();
        List<OutputMessage> chains = p.errors().stream().filter(m -> m.text().startsWith("crash chain:")).toList();
        assertEquals(1, chains.size(), p.output());
        assertTrue(chains.get(0).text().contains("in 3 of 3 actors"), chains.get(0).text());
    }

    @Test
    void aSporadicErrorIsReportedButIsNoChain() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(16,
                "JobScheduler.DispatchAsync('Odd', 64, 1, { r -> print('callback') })\n"),
                JobPlace.job("Odd", "{ id, inst -> if (id % 16 == 5) error('bad id ' + id); id }")).runToEnd();
        assertTrue(p.errors().stream().noneMatch(m -> m.text().startsWith("crash chain")), p.output());
        assertEquals(1, p.errors().size(), "the repeats of one error are counted, not repeated:\n" + p.output());
        assertTrue(p.prints().isEmpty());
    }

    @Test
    void printingInATightLoopInEveryActorIsCollapsedAndCapped() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(256,
                "JobScheduler.DispatchEquallyAsync('Chatty', 256, { r -> print('done') })\n"),
                JobPlace.job("Chatty", "{ id, inst -> 1000.times { print('tick') }; id }")).runToEnd();
        List<OutputMessage> messages = p.messages();
        long printed = messages.stream().filter(m -> m.text().equals("tick")).mapToLong(OutputMessage::count).sum();
        assertEquals(256 * 1000, printed, "every tick is counted");
        assertTrue(messages.size() < 256 * 1000 / 10, "identical lines collapse: " + messages.size() + " entries");
        assertTrue(p.run.outputHistory().size() <= 10_000);
        assertEquals("done", p.prints().get(p.prints().size() - 1));
    }
}
