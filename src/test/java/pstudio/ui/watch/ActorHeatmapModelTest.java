package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.ActorState;
import pstudio.engine.DispatchStatus;
import pstudio.engine.RunEvent;
import pstudio.parallelizer.ParallelizerEvent;

/** The heatmap's cells, from a scripted stream of lifecycle events and telemetry. */
class ActorHeatmapModelTest {
    private static final long MS = 1_000_000L;

    private final ActorHeatmapModel model = new ActorHeatmapModel();

    @Test
    void eachJobSchedulerIsAGridOfItsActorsUnderItsStorage() {
        ScriptedRun run = new ScriptedRun(model, 3);
        run.snapshot(16);
        HeatmapFrame frame = model.frame(0);
        assertEquals(1, frame.grids().size());
        SchedulerGrid grid = frame.grids().get(0);
        assertEquals(ScriptedRun.STORAGE, grid.storage());
        assertEquals("Job", grid.jobName());
        assertEquals(List.of("JobActor1", "JobActor2", "JobActor3"),
                grid.cells().stream().map(ActorCell::name).toList());
        assertTrue(grid.cells().stream().allMatch(c -> c.state() == ActorState.IDLE));
    }

    @Test
    void activityIsTheShareOfTheLastSecondSpentBusy() {
        ScriptedRun run = new ScriptedRun(model, 3);
        run.snapshot(16);
        for (int i = 1; i <= 75; i++) { // 1.2 s of snapshots
            run.actor(1, ActorState.DONE, 1, 1, 1, 1, i * 8 * MS, 0); // busy 8 ms of every 16
            run.actor(2, ActorState.BUSY, 1, 0, 1, 0, 0, 0); // one long batch: busyNanos grows only when it ends
            run.snapshot(16);
        }
        List<ActorCell> cells = model.frame(0).grids().get(0).cells();
        assertEquals(0.5, cells.get(0).activity(), 0.02);
        assertEquals(1.0, cells.get(1).activity(), 0.02);
        assertEquals(0.0, cells.get(2).activity(), 0.0);
        assertEquals(ActorState.BUSY, cells.get(1).state());

        for (int i = 0; i < 70; i++) { // it rests: its activity falls away within a second
            run.snapshot(16);
        }
        assertEquals(0.0, model.frame(0).grids().get(0).cells().get(0).activity(), 0.0);
    }

    @Test
    void progressIsThreadsDoneOverAssignedInTheDispatch() {
        ScriptedRun run = new ScriptedRun(model, 4);
        run.snapshot(16);
        run.dispatchStarted(5, "Work", 10, 2); // batches 1-2, 3-4, 5-6, 7-8, 9-10: actor 1 gets two
        run.actor(1, ActorState.BUSY, 2, 1, 4, 2, 0, 0);
        run.span(1, 5, 1, 2, false);
        run.actor(2, ActorState.BUSY, 1, 0, 2, 1, 0, 0); // one id of its batch done, the batch still running
        run.snapshot(16);
        HeatmapFrame frame = model.frame(0);
        assertEquals(5, frame.dispatchId(), "with none selected, the newest dispatch");
        assertEquals("Work", frame.dispatchName());
        assertTrue(frame.dispatchRunning());
        List<ActorCell> cells = frame.grids().get(0).cells();
        assertEquals(List.of(4L, 2L, 2L, 2L), cells.stream().map(ActorCell::dispatchAssigned).toList());
        assertEquals(0.5, cells.get(0).progress(), 1e-9);
        assertEquals(0.5, cells.get(1).progress(), 1e-9);
        assertEquals(0.0, cells.get(2).progress(), 1e-9);

        run.dispatchEnded(5, "Work", DispatchStatus.FINISHED, 10, 0, 0);
        assertTrue(model.frame(0).grids().get(0).cells().stream().allMatch(c -> c.progress() == 1.0));

        run.dispatchStarted(6, "Work", 2, 1); // two ids: actors 3 and 4 have no share
        run.snapshot(16);
        List<ActorCell> again = model.frame(0).grids().get(0).cells();
        assertEquals(0.0, again.get(0).progress(), 1e-9, "the new dispatch starts from nothing on actor 1");
        assertTrue(Double.isNaN(again.get(2).progress()));
        assertEquals(1.0, model.frame(5).grids().get(0).cells().get(2).progress(), 1e-9,
                "the selected dispatch, not the newest");
    }

    @Test
    void aFailedActorShowsItsErrorCountAndTheFirstLineOfItsLastError() {
        ScriptedRun run = new ScriptedRun(model, 3);
        run.dispatchStarted(5, "Work", 3, 1);
        run.threadFailed(5, 2, 2, "attempt to index nil with 'value'\nstack traceback: ...");
        run.actor(1, ActorState.DONE, 1, 1, 1, 1, 10 * MS, 0);
        run.actor(2, ActorState.FAILED, 1, 1, 1, 0, 10 * MS, 1);
        run.actor(3, ActorState.CANCELLED, 1, 0, 1, 0, 0, 0);
        run.snapshot(16);
        run.dispatchEnded(5, "Work", DispatchStatus.FAILED, 1, 1, 1);
        List<ActorCell> cells = model.frame(0).grids().get(0).cells();
        assertEquals(List.of(ActorState.DONE, ActorState.FAILED, ActorState.CANCELLED),
                cells.stream().map(ActorCell::state).toList());
        ActorCell failed = cells.get(1);
        assertEquals(1, failed.errors());
        assertEquals("attempt to index nil with 'value'", failed.lastError());
        assertEquals(ScriptedRun.JOB, failed.errorScript());
        assertEquals(11, failed.errorLine());
        assertTrue(failed.canGoToError());
        assertNull(cells.get(0).lastError());
        assertFalse(cells.get(0).canGoToError());
        assertEquals(0.0, failed.progress(), 1e-9, "its thread failed: nothing done");
    }

    @Test
    void aCrashChainMarksTheActorsItFailedIn() {
        ScriptedRun run = new ScriptedRun(model, 4);
        for (int actor = 1; actor <= 3; actor++) { // the job script's top-level code fails in three clones
            run.event(new RunEvent.ScriptErrored(0, 100 + actor, ScriptedRun.JOB, ScriptedRun.JOB, 4,
                    "bad top level"));
        }
        run.event(new ParallelizerEvent.CrashChain(0, 0, ScriptedRun.SCHEDULER, ScriptedRun.JOB, 4, "ScriptError",
                "bad top level", 4, List.of(new ParallelizerEvent.ChainLink(1, "JobActor1", 0),
                new ParallelizerEvent.ChainLink(2, "JobActor2", 0), new ParallelizerEvent.ChainLink(3, "JobActor3", 0)),
                "crash chain: bad top level"));
        run.snapshot(16);
        List<ActorCell> cells = model.frame(0).grids().get(0).cells();
        assertEquals(List.of(true, true, true, false), cells.stream().map(ActorCell::inCrashChain).toList());
        assertEquals(List.of(ActorState.FAILED, ActorState.FAILED, ActorState.FAILED, ActorState.IDLE),
                cells.stream().map(ActorCell::state).toList(), "failed though they never ran a batch");
        assertEquals("bad top level", cells.get(0).lastError());
        assertEquals(4, cells.get(0).errorLine());
        assertEquals(1, cells.get(0).errors());
    }

    @Test
    void destroyedActorsKeepHowTheyEndedAndANewRunStartsEmpty() {
        ScriptedRun run = new ScriptedRun(model, 2);
        run.actor(1, ActorState.DONE, 1, 1, 5, 5, 10 * MS, 0);
        run.snapshot(16);
        run.event(new RunEvent.ActorDestroyed(0, 1, ScriptedRun.SCHEDULER, 1, ScriptedRun.name(1)));
        run.event(new RunEvent.ActorDestroyed(0, 2, ScriptedRun.SCHEDULER, 2, ScriptedRun.name(2)));
        run.event(new ParallelizerEvent.SchedulerDestroyed(0, ScriptedRun.SCHEDULER, ScriptedRun.JOB, 2));
        HeatmapFrame frame = model.frame(0);
        assertTrue(frame.grids().get(0).destroyed());
        ActorCell first = frame.grids().get(0).cells().get(0);
        assertTrue(first.destroyed());
        assertEquals(ActorState.DONE, first.state());
        assertEquals(5, first.threadsDone());
        assertSame(frame, model.frame(0), "nothing changed: the same frame");

        model.runStarted(pstudio.ui.RunCommands.NONE);
        assertEquals(0, model.frame(0).actorCount());
    }
}
