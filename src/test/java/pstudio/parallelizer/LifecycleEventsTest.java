package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.DispatchStatus;
import pstudio.engine.RunEvent;
import pstudio.engine.RunState;
import pstudio.place.Script;

/** A run tells what happened to its scripts, schedulers, actors and dispatches as exact, stamped events. */
class LifecycleEventsTest {

    @Test
    void eachRunNumbersItsSchedulersAndDispatchesFromOne() throws Exception {
        String master = "JobScheduler.DispatchAsync('Id', 4, 1, { r -> }).Wait()\n"
                + "JobScheduler.DispatchAsync('Id', 4, 1, { r -> }).Wait()\n";
        for (int run = 1; run <= 2; run++) {
            JobPlace p = new JobPlace(JobPlace.master(2, master), JobPlace.job("Id", "{ id, inst -> id }")).runToEnd();
            assertEquals(List.of(1L), p.events(ParallelizerEvent.SchedulerCreated.class).stream()
                    .map(ParallelizerEvent.SchedulerCreated::schedulerId).toList(), "run " + run);
            assertEquals(List.of(1L, 2L), p.events(ParallelizerEvent.DispatchStarted.class).stream()
                    .map(ParallelizerEvent.DispatchStarted::dispatchId).toList(), "run " + run + " (an engine's"
                    + " warm-up runs before the user's: the user's first dispatch is still Dispatch 1)");
        }
    }

    @Test
    void schedulersActorsAndDispatchesAreReportedWithTheirIdsAndFields() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(3,
                "def h = JobScheduler.DispatchAsync('Div', 10, 2, { r -> print('callback') })\n"
                + "print('status ' + h.Wait())\n"
                + "JobScheduler.Destroy()\n"),
                JobPlace.job("Div", "{ id, inst ->\n    if (id == 7) error('seven is out')\n    id\n}")).runToEnd();
        assertEquals(List.of("status Failed"), p.prints(), p.output());

        ParallelizerEvent.SchedulerCreated scheduler = p.events(ParallelizerEvent.SchedulerCreated.class).get(0);
        assertEquals("ServerScriptService.Master.Job", scheduler.jobScript());
        assertEquals(3, scheduler.actorCount());
        List<RunEvent.ActorCreated> actors = p.events(RunEvent.ActorCreated.class);
        assertEquals(List.of(1, 2, 3), actors.stream().map(RunEvent.ActorCreated::index).toList());
        assertTrue(actors.stream().allMatch(a -> a.schedulerId() == scheduler.schedulerId()));
        assertEquals("ServerScriptService.Master.JobActor2", actors.get(1).actor());
        assertTrue(p.events.indexOf(scheduler) < p.events.indexOf(actors.get(0)), "the scheduler comes first");

        ParallelizerEvent.DispatchStarted started = p.events(ParallelizerEvent.DispatchStarted.class).get(0);
        assertEquals(scheduler.schedulerId(), started.schedulerId());
        assertEquals("Div", started.threadName());
        assertEquals(List.of(10, 2, 3), List.of(started.threadCount(), started.batchSize(), started.actorCount()));
        assertEquals("ServerScriptService.Master", started.script());
        assertEquals(3, started.line());

        ParallelizerEvent.ThreadFailed failed = p.events(ParallelizerEvent.ThreadFailed.class).get(0);
        assertEquals(started.dispatchId(), failed.dispatchId());
        assertEquals(7, failed.threadId());
        assertEquals("ServerScriptService.Master.Job", failed.script());
        assertEquals(5, failed.line());
        assertEquals("seven is out", failed.message());
        // ids 7-8 are batch 4, the second batch of JobActor1
        assertEquals(actors.get(0).actorId(), failed.actorId());

        ParallelizerEvent.DispatchEnded ended = p.events(ParallelizerEvent.DispatchEnded.class).get(0);
        assertEquals(started.dispatchId(), ended.dispatchId());
        assertEquals(DispatchStatus.FAILED, ended.status());
        assertEquals(1, ended.failed());
        assertEquals(10, ended.done() + ended.failed() + ended.cancelled());
        assertTrue(ended.done() >= 6, "the batches of the other actors ran: " + ended);
        assertTrue(ended.wallNanos() > 0 && ended.atNanos() >= started.atNanos());

        List<RunEvent.ActorDestroyed> destroyed = p.events(RunEvent.ActorDestroyed.class);
        assertEquals(actors.stream().map(RunEvent.ActorCreated::actorId).toList(),
                destroyed.stream().map(RunEvent.ActorDestroyed::actorId).toList());
        ParallelizerEvent.SchedulerDestroyed gone = p.events(ParallelizerEvent.SchedulerDestroyed.class).get(0);
        assertEquals(scheduler.schedulerId(), gone.schedulerId());
        assertTrue(p.events.indexOf(destroyed.get(2)) < p.events.indexOf(gone));
    }

    @Test
    void scriptsReportStartEndAndErrorsWithLineAndMessage() throws Exception {
        JobPlace p = new JobPlace("print('master')\n", JobPlace.job("T", "{ id, inst -> id }"));
        Script broken = new Script();
        broken.setName("Broken");
        broken.setSource("def x = 1\nerror('no config')\n");
        broken.setParent(p.place.GetService("ServerScriptService"));
        p.runToEnd();

        List<RunEvent.ScriptStarted> started = p.events(RunEvent.ScriptStarted.class);
        assertEquals(List.of("ServerScriptService.Broken", "ServerScriptService.Master"),
                started.stream().map(RunEvent.ScriptStarted::script).sorted().toList());
        RunEvent.ScriptErrored error = p.events(RunEvent.ScriptErrored.class).get(0);
        assertEquals("ServerScriptService.Broken", error.script());
        assertEquals("ServerScriptService.Broken", error.errorScript());
        assertEquals(2, error.line());
        assertEquals("no config", error.message());
        RunEvent.ScriptStarted master = started.stream().filter(s -> s.script().endsWith("Master")).findFirst()
                .orElseThrow();
        RunEvent.ScriptEnded ended = p.events(RunEvent.ScriptEnded.class).get(0);
        assertEquals(master.scriptId(), ended.scriptId());
        assertTrue(error.scriptId() != master.scriptId());

        List<RunState> states = p.events(RunEvent.StateChanged.class).stream().map(RunEvent.StateChanged::state)
                .toList();
        assertEquals(List.of(RunState.RUNNING, RunState.QUIESCENT, RunState.STOPPED), states);
        assertTrue(p.events.stream().allMatch(e -> e.atNanos() >= 0));
    }

    @Test
    void aCrashChainCarriesItsActorsAndThreadsAsData() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(8,
                "JobScheduler.DispatchEquallyAsync('Root', 8, { r -> print('callback') })\n"),
                JobPlace.job("Root", "{ id, inst ->\n    error('broken for ' + id)\n}")).runToEnd();
        ParallelizerEvent.CrashChain chain = p.events(ParallelizerEvent.CrashChain.class).get(0);
        assertEquals(p.events(ParallelizerEvent.DispatchStarted.class).get(0).dispatchId(), chain.dispatchId());
        assertEquals("ServerScriptService.Master.Job", chain.script());
        assertEquals(5, chain.line());
        assertEquals(8, chain.failures().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), chain.failures().stream()
                .map(ParallelizerEvent.ChainLink::threadId).sorted().toList());
        assertTrue(chain.failures().stream().allMatch(l -> l.actor().startsWith("JobActor") && l.actorId() > 0));
        assertTrue(chain.summary().startsWith("crash chain: "), chain.summary());
        assertEquals(8, p.events(ParallelizerEvent.ThreadFailed.class).size());
    }
}
