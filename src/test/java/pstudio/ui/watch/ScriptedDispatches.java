package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.List;
import pstudio.engine.DispatchStatus;
import pstudio.engine.RunTelemetry;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.DispatchProgress;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.protocol.EngineMessage;
import pstudio.ui.RunCommands;

/** Engine messages as a run would send them, and a command channel that records what was sent. */
final class ScriptedDispatches {
    static final long MS = 1_000_000L;

    static EngineMessage scheduler(long id, String jobScript, int actors) {
        return new EngineMessage.Lifecycle(new ParallelizerEvent.SchedulerCreated(0, id, jobScript, actors));
    }

    static EngineMessage started(long at, long id, int threads, int batch, int actors, long againOf) {
        return new EngineMessage.Lifecycle(new ParallelizerEvent.DispatchStarted(at, id, 1, "Work", threads, batch,
                actors, againOf == 0 ? "ServerScriptService.Master" : null, againOf == 0 ? 12 : 0, againOf));
    }

    static EngineMessage ended(long at, long id, long wall, long done, long failed, DispatchStatus status) {
        return new EngineMessage.Lifecycle(new ParallelizerEvent.DispatchEnded(at, id, 1, "Work", status, wall, done,
                failed, 0));
    }

    /** A sample at {@code at} with {@code done} of {@code total} done and one batch span per {@code busy} entry. */
    static EngineMessage telemetry(long at, long id, long total, long done, int workers, long... busy) {
        List<WorkSpan> spans = new ArrayList<>();
        for (int i = 0; i < busy.length; i++) {
            spans.add(new WorkSpan(i % workers, i, id, i, i, at - busy[i], at, false, SpanKind.BATCH));
        }
        spans.add(new WorkSpan(0, 0, -1, 0, 0, 0, at, false, SpanKind.MESSAGE));
        List<RunTelemetry.Worker> names = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            names.add(new RunTelemetry.Worker(w, "worker-" + w));
        }
        TelemetrySnapshot snapshot = new TelemetrySnapshot(at, List.of(), 0, 0, 0, 0,
                List.of(new DispatchProgress(id, 1, "Work", DispatchStatus.RUNNING, total, done, 0, 0)));
        return new EngineMessage.Telemetry(snapshot, spans, 0, names, 0, 0);
    }

    /** Records the commands; dispatch again answers with the next id at once, as the engine does. */
    static final class Commands implements RunCommands {
        final List<int[]> again = new ArrayList<>();
        final List<Long> cancelled = new ArrayList<>();
        long nextId = 100;
        DispatchHistory answerTo;

        @Override
        public void cancelDispatch(long dispatchId) {
            cancelled.add(dispatchId);
        }

        @Override
        public void dispatchAgain(long dispatchId, int threadCount, int batchSize) {
            again.add(new int[] {threadCount, batchSize});
            answerTo.onMessage(new EngineMessage.DispatchAgainResult(dispatchId, ++nextId, null));
        }

        @Override
        public void reportBusy() {
        }
    }

    private ScriptedDispatches() {
    }
}
