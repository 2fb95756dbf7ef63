package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.DispatchStatus;
import pstudio.engine.RunEvent;
import pstudio.engine.RunState;

/** Commands from outside the scripts: cancel a dispatch by id, dispatch one again with other sizes. */
class DispatchCommandsTest {

    @Test
    void cancelByIdEndsARunningDispatchAsItsHandlesCancelWould() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "def h = JobScheduler.DispatchAsync('Slow', 400, 1, { r -> print('callback') })\n"
                + "print('status ' + h.Wait())\n"),
                JobPlace.job("Slow", "{ id, inst -> Thread.sleep(10); id }"));
        p.start(2);
        long id = awaitStarted(p, 1).dispatchId();
        DispatchCommands commands = DispatchCommands.of(p.run);
        assertTrue(commands.cancel(id));
        assertTrue(p.run.awaitQuiescent(Duration.ofSeconds(30)), p.output());
        p.run.stop();
        assertEquals(List.of("status Cancelled"), p.prints(), p.output());
        ParallelizerEvent.DispatchEnded ended = p.events(ParallelizerEvent.DispatchEnded.class).get(0);
        assertEquals(DispatchStatus.CANCELLED, ended.status());
        assertTrue(ended.cancelled() > 0 && ended.done() + ended.cancelled() == 400, ended.toString());
        assertFalse(commands.cancel(id), "an ended dispatch is not in flight");
        assertFalse(commands.cancel(12345678), "no such dispatch");
    }

    @Test
    void dispatchAgainRepeatsTheThreadInstructionAndCallbackWithNewSizes() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(3,
                "JobScheduler.DispatchAsync('Times', 10, 2, { r -> print('sum ' + r.toList().sum() + ' of ' + r.size()) },"
                + " [3])\n"),
                JobPlace.job("Times", "{ id, inst -> id * inst[1] }"));
        p.start(2);
        assertTrue(p.run.awaitQuiescent(Duration.ofSeconds(30)), p.output());
        long first = awaitStarted(p, 1).dispatchId();

        DispatchCommands.Result again = DispatchCommands.of(p.run).dispatchAgain(first, 20, 3);
        assertTrue(again.ok(), again.error());
        ParallelizerEvent.DispatchStarted second = awaitStarted(p, 2);
        assertTrue(p.run.awaitQuiescent(Duration.ofSeconds(30)), p.output());
        p.run.stop();

        assertEquals(List.of("sum 165 of 10", "sum 630 of 20"), p.prints(), p.output());
        assertEquals(again.dispatchId(), second.dispatchId());
        assertEquals(first, second.againOf());
        assertEquals(List.of(20, 3, 3), List.of(second.threadCount(), second.batchSize(), second.actorCount()));
        assertEquals(2, p.events(ParallelizerEvent.DispatchEnded.class).stream()
                .filter(e -> e.status() == DispatchStatus.FINISHED).count());
        // the quiescent run ran again for the command, and became quiescent again after it
        assertEquals(List.of(RunState.RUNNING, RunState.QUIESCENT, RunState.RUNNING, RunState.QUIESCENT,
                RunState.STOPPED), p.events(RunEvent.StateChanged.class).stream().map(RunEvent.StateChanged::state)
                .toList());
    }

    @Test
    void dispatchAgainOnADestroyedSchedulerIsAnErrorThatSaysSo() throws Exception {
        JobPlace p = new JobPlace(JobPlace.master(2,
                "JobScheduler.DispatchAsync('T', 4, 2, { r -> print('once') }).Wait()\n"
                + "JobScheduler.Destroy()\n"),
                JobPlace.job("T", "{ id, inst -> id }"));
        p.start(2);
        assertTrue(p.run.awaitQuiescent(Duration.ofSeconds(30)), p.output());
        long first = awaitStarted(p, 1).dispatchId();
        DispatchCommands commands = DispatchCommands.of(p.run);
        DispatchCommands.Result again = commands.dispatchAgain(first, 4, 1);
        p.run.stop();
        assertFalse(again.ok());
        assertTrue(again.error().contains("was destroyed"), again.error());
        assertTrue(again.error().contains("ServerScriptService.Master.Job"), again.error());
        assertFalse(commands.dispatchAgain(first + 1000, 4, 1).ok(), "no such dispatch");
        assertEquals(List.of("once"), p.prints());
    }

    /** Waits until the {@code n}-th DispatchStarted event has arrived (events come on the publisher thread). */
    private static ParallelizerEvent.DispatchStarted awaitStarted(JobPlace p, int n) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            List<ParallelizerEvent.DispatchStarted> started = p.events(ParallelizerEvent.DispatchStarted.class);
            if (started.size() >= n) {
                return started.get(n - 1);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no dispatch started; output:\n" + p.output());
    }
}
