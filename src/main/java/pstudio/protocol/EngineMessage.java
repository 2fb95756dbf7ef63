package pstudio.protocol;

import java.util.List;
import java.util.Map;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunState;
import pstudio.engine.RunTelemetry;
import pstudio.engine.TelemetrySnapshot;
import pstudio.engine.WorkSpan;
import pstudio.place.ImageChange;
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

    /** Pixels of EditableImage {@code id} changed: the rectangle that did, at most once a frame per image. */
    record ImageChanged(long id, ImageChange change) implements EngineMessage {
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

    /**
     * The scripts that start with the run have compiled and started (the runner's --timeout counts
     * from here); also sent when they could not compile, since nothing more waits for them.
     */
    record ScriptsStarted(long runNanos) implements EngineMessage {
    }

    /** The answer to {@link ClientCommand.ReportBusy}: the script lines running now, and whether the run is quiescent. */
    record Busy(List<String> locations, boolean quiescent) implements EngineMessage {
        public Busy {
            locations = List.copyOf(locations);
        }
    }

    /**
     * The run's figures for a report, sent after Stop just before {@link Ended}: the worker count and
     * the statistics as plain values (null, booleans, numbers, strings, lists and string-keyed maps).
     */
    record Statistics(int workers, Map<String, Object> report) implements EngineMessage {
        public Statistics {
            report = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(report)); // values may be null
        }
    }

    /** The run ended: by Stop, or because the engine could not go on ({@code problem} says why, or is null). */
    record Ended(boolean clean, String problem) implements EngineMessage {
    }
}
