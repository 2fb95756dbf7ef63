package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.List;
import pstudio.engine.ActorState;
import pstudio.engine.DispatchStatus;
import pstudio.engine.RunEvent;
import pstudio.engine.SpanKind;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.parallelizer.ParallelizerEvent;
import pstudio.protocol.EngineMessage;
import pstudio.ui.RunCommands;
import pstudio.ui.RunObserver;

/**
 * A run told as the engine would tell it, message by message, to a {@link RunObserver}: one job
 * scheduler under ServerScriptService.Master whose actors are JobActor1.., actor ids 1.. in order.
 */
final class ScriptedRun {
    static final String STORAGE = "ServerScriptService.Master";
    static final String JOB = "ServerScriptService.Master.Job";
    static final long SCHEDULER = 7;

    private final RunObserver observer;
    private final int actorCount;
    private final TelemetrySnapshot.ActorSample[] samples;
    private final List<WorkSpan> spans = new ArrayList<>();
    private long now;

    ScriptedRun(RunObserver observer, int actorCount) {
        this.observer = observer;
        this.actorCount = actorCount;
        this.samples = new TelemetrySnapshot.ActorSample[actorCount];
        observer.runStarted(RunCommands.NONE);
        event(new ParallelizerEvent.SchedulerCreated(now, SCHEDULER, JOB, actorCount));
        for (int i = 1; i <= actorCount; i++) {
            event(new RunEvent.ScriptStarted(now, 100 + i, JOB, i));
            event(new RunEvent.ActorCreated(now, i, SCHEDULER, i, name(i)));
            samples[i - 1] = new TelemetrySnapshot.ActorSample(i, name(i), ActorState.IDLE, 0, 0, 0, 0, 0, 0);
        }
    }

    static String name(int actor) {
        return STORAGE + ".JobActor" + actor;
    }

    void event(Record event) {
        observer.onMessage(new EngineMessage.Lifecycle(event));
    }

    void dispatchStarted(long dispatchId, String threadName, int threads, int batchSize) {
        event(new ParallelizerEvent.DispatchStarted(now, dispatchId, SCHEDULER, threadName, threads, batchSize,
                actorCount, "ServerScriptService.Master", 3, 0));
    }

    void dispatchEnded(long dispatchId, String threadName, DispatchStatus status, long done, long failed, long cancelled) {
        event(new ParallelizerEvent.DispatchEnded(now, dispatchId, SCHEDULER, threadName, status, 1_000, done, failed,
                cancelled));
    }

    /** Actor {@code actor}'s counters in the next snapshot. */
    void actor(int actor, ActorState state, long batchesAssigned, long batchesDone, long threadsAssigned,
               long threadsDone, long busyNanos, long errors) {
        samples[actor - 1] = new TelemetrySnapshot.ActorSample(actor, name(actor), state, batchesAssigned,
                batchesDone, threadsAssigned, threadsDone, busyNanos, errors);
    }

    /** A batch span for the next snapshot. */
    void span(int actor, long dispatchId, int firstId, int lastId, boolean failed) {
        spans.add(new WorkSpan(0, actor, dispatchId, firstId, lastId, now, now, failed, SpanKind.BATCH));
    }

    void threadFailed(long dispatchId, int actor, int threadId, String message) {
        event(new ParallelizerEvent.ThreadFailed(now, dispatchId, actor, "JobActor" + actor, threadId, JOB, 11,
                "ScriptError", message));
    }

    /** Sends a snapshot {@code millis} after the last one, with the spans given since. */
    void snapshot(long millis) {
        now += millis * 1_000_000L;
        observer.onMessage(new EngineMessage.Telemetry(new TelemetrySnapshot(now, List.of(samples), 0, 0, 0, 0,
                List.of()), spans, 0, List.of(), 0, 0));
        spans.clear();
    }

    long nowNanos() {
        return now;
    }
}
