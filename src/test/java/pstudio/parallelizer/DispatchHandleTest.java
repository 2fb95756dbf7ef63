package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.OutputMessage;

/** A dispatch handle tells the truth: Wait sees the callback, Cancel is visible at once, and late binding works. */
class DispatchHandleTest {

    @Test
    void waitReturnsOnlyAfterTheCallbackHasRun() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(8,
                "for (i in 1..30) {\n"
                + "    def called = false\n"
                + "    def h = JobScheduler.DispatchEquallyAsync('Id', 64, { r -> called = true })\n"
                + "    def status = h.Wait()\n"
                + "    print(status + ' ' + called)\n"
                + "}\n"), JobPlace.job("Id", "{ id, inst -> id }")).runToEnd();
        assertEquals(Collections.nCopies(30, "Finished true"), p.prints(), p.output());
    }

    @Test
    void statusReadsCancelledAsSoonAsCancelOrDestroyReturns() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "def h = JobScheduler.DispatchAsync('Slow', 400, 1, { r -> print('callback ran') })\n"
                + "h.Cancel()\n"
                + "print(h.Status)\n"
                + "def h2 = JobScheduler.DispatchAsync('Slow', 400, 1, { r -> print('callback ran') })\n"
                + "JobScheduler.Destroy()\n"
                + "print(h2.Status)\n"
                + "print(h2.Wait())\n"), JobPlace.job("Slow", "{ id, inst -> task.wait(0.01); id }")).runToEnd();
        assertEquals(List.of("Cancelled", "Cancelled", "Cancelled"), p.prints(), p.output());
    }

    @Test
    void aCancelAfterEveryResultExistsButBeforeTheCallbackRanWins() throws Exception {
        // the master keeps the serial thread until every result exists, then cancels before yielding
        JobPlace p = new JobPlace(JobPlace.master(4,
                "def t = SharedTable.new([done: 0])\n"
                + "def h = JobScheduler.DispatchEquallyAsync('Count', 8, { r -> print('callback ran') }, t)\n"
                + "while (t.done < 8) { }\n"
                + "h.Cancel()\n"
                + "print(h.Status + ' ' + h.Wait())\n"), JobPlace.job("Count", "{ id, t -> SharedTable.increment(t, 'done', 1); id }"))
                .runToEnd();
        assertEquals(List.of("Cancelled Cancelled"), p.prints(), p.output());
    }

    @Test
    void aJobScriptMayWaitBeforeItBindsItsThreads() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "def h = JobScheduler.DispatchEquallyAsync('Late', 8, { r -> print(r.toList().join(',')) })\n"
                + "print('dispatched')\n"
                + "task.wait(0.1)\n"
                + "Instance.new('Folder', workspace).Name = 'Config'\n"),
                "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "task.wait(0.05)\n"
                + "def config = workspace.WaitForChild('Config')\n"
                + "P.CreateThread(Actor, 'Late') { id, inst -> config.Name + id }\n").runToEnd();
        assertTrue(p.errors().isEmpty(), p.output());
        assertEquals(List.of("dispatched", "Config1,Config2,Config3,Config4,Config5,Config6,Config7,Config8"),
                p.prints(), p.output());
    }

    @Test
    void anUnknownThreadNameIsAnErrorOnlyOnceTheClonesHaveEnded() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(4,
                "def h = JobScheduler.DispatchEquallyAsync('Missing', 8, { r -> print('callback') })\n"
                + "print(h.Wait())\n"),
                "def Actor = script.GetActor()\n"
                + "if (!Actor) return\n"
                + "def P = require(game.ReplicatedStorage.Parallelizer)\n"
                + "task.wait(0.05)\n"
                + "P.CreateThread(Actor, 'Other') { id, inst -> id }\n").runToEnd();
        assertEquals(List.of("Failed"), p.prints(), p.output());
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertTrue(errors.get(0).text().startsWith("no actor of this job scheduler has a thread named 'Missing'"),
                errors.get(0).text());
        assertEquals("ServerScriptService.Master:3", errors.get(0).location(), "the error names the dispatch call");
    }
}
