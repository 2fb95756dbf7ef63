package pstudio.engine;

import java.util.List;

/** What a run reports to its listeners; immutable, delivered in batches in the order they happened. */
public sealed interface RunEvent {

    /** A message for the Output panel. */
    record Output(OutputMessage message) implements RunEvent {
    }

    /** The run moved to a new state. */
    record StateChanged(RunState state) implements RunEvent {
    }

    record ActorCreated(int actorId, String actorName) implements RunEvent {
    }

    record ActorDestroyed(int actorId) implements RunEvent {
    }

    /** An actor started running ids {@code firstId..lastId} of a dispatch on a worker thread. */
    record BatchStarted(int actorId, long dispatchId, int firstId, int lastId, String worker) implements RunEvent {
    }

    record BatchFinished(int actorId, long dispatchId, int firstId, int lastId, long durationNanos, String worker,
                         boolean failed) implements RunEvent {
    }

    record DispatchStarted(long dispatchId, String threadName, int threadCount, int batchSize,
                           int actorCount) implements RunEvent {
    }

    record DispatchEnded(long dispatchId, String threadName, DispatchStatus status, long wallNanos)
            implements RunEvent {
    }

    /** The same error in many actors of one dispatch; the dispatch was aborted. */
    record CrashChain(long dispatchId, String summary, List<String> failures) implements RunEvent {
        public CrashChain {
            failures = List.copyOf(failures);
        }
    }
}
