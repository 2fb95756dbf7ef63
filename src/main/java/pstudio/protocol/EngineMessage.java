package pstudio.protocol;

import java.util.List;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunState;
import pstudio.engine.RunTelemetry;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.place.Instance;

/**
 * What an engine process tells its client. Instances of the run's tree are named by ids that both
 * sides give in the same order: the place's instances depth first from 1, then each added subtree
 * depth first from the id its message carries.
 */
public sealed interface EngineMessage {

    /** The engine is started, warmed up and waits for a place; {@code sandboxed} if its SecurityManager is in place. */
    record Ready(long pid, boolean sandboxed) implements EngineMessage {
    }

    record Output(List<OutputMessage> messages) implements EngineMessage {
        public Output {
            messages = List.copyOf(messages);
        }
    }

    record StateChanged(RunState state, long runNanos) implements EngineMessage {
    }

    /** {@code subtree} (ids from {@code firstId}, depth first) became child {@code index} of {@code parentId}. */
    record InstanceAdded(long parentId, int index, long firstId, Instance subtree) implements EngineMessage {
    }

    /** A known instance moved under {@code parentId} at {@code index}. */
    record InstanceMoved(long id, long parentId, int index) implements EngineMessage {
    }

    /** A known instance left its parent (Parent = nil); it may come back. */
    record InstanceDetached(long id) implements EngineMessage {
    }

    record InstanceDestroyed(long id) implements EngineMessage {
    }

    /** A property changed; a rename is the property Name. */
    record PropertyChanged(long id, String property, Object value) implements EngineMessage {
    }

    /**
     * A lifecycle event of the run (a script, actor, scheduler, dispatch, failed thread or crash
     * chain), as the engine's or the Parallelizer's record; never dropped.
     */
    record Lifecycle(Record event) implements EngineMessage {
    }

    /**
     * A telemetry sample, up to 60 a second: exact counters, plus the spans recorded since the last
     * sample ({@code spansLost} of them were overwritten before they could be sent) and the worker
     * threads the spans' worker indexes name, and the engine's heap in use and its limit.
     */
    record Telemetry(TelemetrySnapshot snapshot, List<WorkSpan> spans, long spansLost, List<RunTelemetry.Worker> workers,
                     long heapUsedBytes, long heapLimitBytes) implements EngineMessage {
        public Telemetry {
            spans = List.copyOf(spans);
            workers = List.copyOf(workers);
        }
    }

    /** The answer to {@link ClientCommand.DispatchAgain}: the new dispatch's id, or why there is none. */
    record DispatchAgainResult(long dispatchId, long newDispatchId, String error) implements EngineMessage {
    }

    /** The run ended: by Stop, or because the engine could not go on ({@code problem} says why, or is null). */
    record Ended(boolean clean, String problem) implements EngineMessage {
    }
}
