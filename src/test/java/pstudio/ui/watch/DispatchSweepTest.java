package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pstudio.ui.watch.ScriptedDispatches.MS;
import static pstudio.ui.watch.ScriptedDispatches.ended;
import static pstudio.ui.watch.ScriptedDispatches.started;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pstudio.engine.DispatchStatus;

class DispatchSweepTest {
    private final ScriptedDispatches.Commands commands = new ScriptedDispatches.Commands();
    private final DispatchHistory history = new DispatchHistory();

    @Test
    void batchSizesDoubleUpToEqual() {
        assertEquals(List.of(1, 2, 4, 8, 16, 25), DispatchSweep.batchSizes(100, 4));
        assertEquals(List.of(1), DispatchSweep.batchSizes(4, 8));
    }

    @Test
    void theSweepRunsEachBatchSizeInTurnAndMarksTheFastest() {
        // 64 threads on 8 actors: batch sizes 1, 2, 4, 8 twice each, then the serial batch of 64 twice.
        Map<Integer, Long> wall = Map.of(1, 90 * MS, 2, 50 * MS, 4, 30 * MS, 8, 40 * MS, 64, 200 * MS);
        history.runStarted(commands);
        commands.answerTo = history;
        history.onMessage(started(0, 7, 64, 8, 8, 0));
        history.onMessage(ended(1, 7, 1, 64, 0, DispatchStatus.FINISHED));
        DispatchSweep sweep = history.sweep(history.rows().get(0), 2);
        long at = 10 * MS;
        for (int run = 0; run < 10; run++) {
            int batch = commands.again.get(run)[1];
            long id = commands.nextId;
            history.onMessage(started(at, id, 64, batch, 8, 7));
            at += wall.get(batch) + (run % 2) * MS;
            history.onMessage(ended(at, id, wall.get(batch) + (run % 2) * MS, 64, 0, DispatchStatus.FINISHED));
        }
        assertEquals(List.of(1, 1, 2, 2, 4, 4, 8, 8, 64, 64), commands.again.stream().map(a -> a[1]).toList());
        DispatchSweep.Result result = sweep.result();
        assertEquals(DispatchSweep.State.DONE, result.state());
        assertEquals(4, result.best().batchSize());
        assertEquals(30 * MS, result.best().wallNanos(), "the fastest of its runs");
        assertEquals(200 * MS, result.serial().wallNanos());
        assertEquals(4, result.points().size());
    }

    @Test
    void cancellingASweepCancelsTheDispatchInFlightAndSendsNoMore() {
        history.runStarted(commands);
        commands.answerTo = history;
        history.onMessage(started(0, 7, 64, 8, 8, 0));
        DispatchSweep sweep = history.sweep(history.rows().get(0), 3);
        sweep.cancel();
        history.onMessage(started(1, commands.nextId, 64, 1, 8, 7));
        history.onMessage(ended(2, commands.nextId, 1, 64, 0, DispatchStatus.CANCELLED));
        assertEquals(List.of(commands.nextId), commands.cancelled);
        assertEquals(1, commands.again.size());
        assertEquals(DispatchSweep.State.CANCELLED, sweep.result().state());
    }
}
