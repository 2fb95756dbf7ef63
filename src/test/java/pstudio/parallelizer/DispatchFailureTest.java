package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pstudio.engine.DispatchStatus;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunEvent;
import pstudio.place.Actor;

/** Misuse is a clear, immediate error; a failing thread fails its dispatch, and says where. */
class DispatchFailureTest {

    @Test
    void aThreadNameNoActorBoundIsAnImmediateErrorThatNamesIt() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "JobScheduler.DispatchEquallyAsync('CalculateNthRot', 10, { r -> print('never') })\n"
                + "print('not reached')\n"),
                JobPlace.job("CalculateNthRoot", "{ id, inst -> id }")).runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().contains("'CalculateNthRot'"), errors.get(0).text());
        assertEquals("ServerScriptService.Master:3", errors.get(0).location());
        assertTrue(p.prints().isEmpty());
        assertTrue(p.events(ParallelizerEvent.DispatchStarted.class).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "P.CreateJobScheduler(script.Job, 0, script)|actorCount must be at least 1",
        "P.CreateJobScheduler(script.Job, 4, script).DispatchAsync('T', 10, 0, { r -> })|batchSize must be at least 1",
        "P.CreateJobScheduler(script.Job, 4, script).DispatchAsync('T', -1, 2, { r -> })|threadCount cannot be negative",
        "P.CreateJobScheduler(script.Job, 4, script).DispatchEquallyAsync('T', -5, { r -> })|threadCount cannot be negative",
        "P.CreateJobScheduler(script.Job, 2.5, script)|invalid argument #2 to 'CreateJobScheduler' (whole number expected, got number 2.5)",
        "P.CreateJobScheduler(script, 4, script)|invalid argument #1 to 'CreateJobScheduler' (Script expected, got ModuleScript ReplicatedStorage.Parallelizer)",
        "P.CreateJobScheduler(script.Job, 4, script).DispatchAsync('T', 10, 2, 'not a function')|invalid argument #4 to 'DispatchAsync' (function expected, got string 'not a function')",
        "P.CreateJobScheduler(script.Job, 4, script).DispatchAsync('T', '5', 2, { r -> })|invalid argument #2 to 'DispatchAsync' (whole number expected, got string '5')",
        "P.CreateJobScheduler(script.Job, 4, script).DispatchAsync(null, 5, 2, { r -> })|invalid argument #1 to 'DispatchAsync' (string expected, got nil)",
    })
    void badArgumentsAreClearErrors(String call, String message) throws Exception {
        String master = "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + (call.startsWith("P.CreateJobScheduler(script,") ? "script = game.ReplicatedStorage.Parallelizer\n" : "\n")
                + call + "\n";
        JobPlace p = new JobPlace(master, JobPlace.job("T", "{ id, inst -> id }")).runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().contains(message), errors.get(0).text());
        assertEquals("ServerScriptService.Master:3", errors.get(0).location());
    }

    @Test
    void aFailingThreadFailsItsDispatchAndIsReportedWithIdActorAndJobLine() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "def h = JobScheduler.DispatchAsync('Div', 40, 5, { r -> print('callback') })\n"
                + "print('status ' + h.Wait())\n"),
                JobPlace.job("Div", "{ id, inst ->\n    if (id == 13) error('thirteen is unlucky')\n    id\n}"))
                .runToEnd();
        assertEquals(List.of("status Failed"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        OutputMessage e = errors.get(0);
        assertEquals("ServerScriptService.Master.Job:5", e.location());
        assertEquals("thirteen is unlucky (thread 13, JobActor3)", e.text());
        assertEquals(DispatchStatus.FAILED, p.events(ParallelizerEvent.DispatchEnded.class).get(0).status());
        assertTrue(p.messages().stream().anyMatch(m -> m.level() == OutputLevel.WARN
                && m.text().contains("'Div' failed") && m.text().contains("callback was not called")), p.output());
    }

    @Test
    void destroyMidDispatchCancelsItRemovesTheActorsAndLaterCallsAreErrors() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(8,
                "def started = SharedTable.new([n: 0])\n"
                + "def h = JobScheduler.DispatchAsync('Slow', 400, 1, { r -> print('callback') }, [started])\n"
                + "while (started.n < 4) task.wait()\n"
                + "JobScheduler.Destroy()\n"
                + "print('status ' + h.Wait(5))\n"
                + "print('actors left ' + script.GetChildren().findAll { it.ClassName == 'Actor' }.size())\n"
                + "JobScheduler.DispatchEquallyAsync('Slow', 1, { r -> })\n"),
                JobPlace.job("Slow", "{ id, inst -> SharedTable.increment(inst[1], 'n', 1); Thread.sleep(20); id }"))
                .runToEnd();
        assertEquals(List.of("status Cancelled", "actors left 0"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().contains("destroyed"), errors.get(0).text());
        assertEquals(8, p.events(RunEvent.ActorDestroyed.class).size());
        long ran = p.batchSpans().size();
        assertTrue(ran < 400, "batches after Destroy should not run, but " + ran + " did");
        assertFalse(p.run.place().GetDescendants().stream().anyMatch(i -> i instanceof Actor));
    }

    @Test
    void cancelStopsTheDispatchAndSkipsTheCallback() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "def h = JobScheduler.DispatchAsync('Slow', 200, 1, { r -> print('callback') })\n"
                + "task.wait(0.05)\n"
                + "h.Cancel()\n"
                + "print(h.Wait(5) + ' ' + h.Status)\n"),
                JobPlace.job("Slow", "{ id, inst -> Thread.sleep(10); id }")).runToEnd();
        assertEquals(List.of("Cancelled Cancelled"), p.prints(), p.output());
    }

    @Test
    void anActorRunsOneBatchAtATime() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "def busy = SharedTable.new([a: 0, overlaps: 0])\n"
                + "def h1 = JobScheduler.DispatchAsync('Busy', 40, 1, { r -> }, [busy])\n"
                + "def h2 = JobScheduler.DispatchAsync('Busy', 40, 1, { r -> }, [busy])\n"
                + "h1.Wait(); h2.Wait()\n"
                + "print('overlaps ' + busy.overlaps)\n"),
                JobPlace.job("Busy", "{ id, inst ->\n"
                + "    def key = script.GetActor().Name\n"
                + "    if (SharedTable.increment(inst[1], key, 1) != 0) SharedTable.increment(inst[1], 'overlaps', 1)\n"
                + "    Thread.sleep(2)\n"
                + "    SharedTable.increment(inst[1], key, -1)\n"
                + "    id\n}")).runToEnd();
        assertEquals(List.of("overlaps 0"), p.prints(), p.output());
    }
}
